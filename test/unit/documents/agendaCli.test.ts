// `one-on-one-coach agenda <person> [folder]`: the shareable agenda on stdout, as the editor makes it.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { EXIT_OK, EXIT_USAGE, main, USAGE } from '../../../src/cli';
import { writeShareableAgenda } from '../../../src/core/documents/agenda/shareableAgenda';
import { checkNotesRoot } from '../../../src/core/workspace/checkFolder';
import { ctxOn } from '../checks/builders';

// out/test/unit/documents/ → project root
const sample = join(__dirname, '..', '..', '..', '..', 'examples', 'notes');
const SAMPLE_DAY = '2026-11-27';

function run(...args: string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = main(args, { cwd: sample, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

describe('one-on-one-coach agenda', () => {
  it('prints the agenda as Markdown and exits 0: the same text the core writes', () => {
    const { status, stdout, stderr } = run('agenda', 'amara-okafor', '--today', SAMPLE_DAY);
    assert.equal(status, EXIT_OK, stderr);
    assert.match(stdout, /^# Our next 1:1\n\nHi Amara, /);
    assert.match(stdout, /\n## Open actions\n/);
    const ctx = ctxOn(SAMPLE_DAY);
    const notes = checkNotesRoot(join(sample, 'one-on-ones'), ctx, []).index.notes('amara-okafor');
    assert.ok(notes);
    assert.equal(stdout, writeShareableAgenda({ notes, ctx }));
  });

  it('finds the person by name too', () => {
    const { status, stdout } = run('agenda', 'Dana Kowalski', '--today', SAMPLE_DAY);
    assert.equal(status, EXIT_OK);
    assert.match(stdout, /Hi Dana,/);
  });

  it('a person not in the notes is a usage error (exit 2) that names the people', () => {
    const { status, stdout, stderr } = run('agenda', 'dana', '--today', SAMPLE_DAY);
    assert.equal(status, EXIT_USAGE);
    assert.equal(stdout, '');
    assert.match(stderr, /agenda: no person "dana" in the notes folder; the people are amara-okafor, ben-hughes, chen-wei, dana-kowalski/);
  });

  it('no person, or a period, is a usage error (exit 2)', () => {
    assert.equal(run('agenda').status, EXIT_USAGE);
    const period = run('agenda', 'ben-hughes', '--from', '2026-01-01');
    assert.equal(period.status, EXIT_USAGE);
    assert.match(period.stderr, /--from is for review only/);
  });

  it('the help lists it', () => {
    assert.match(USAGE, /one-on-one-coach agenda <person> \[folder\]\n/);
    assert.match(USAGE, /agenda {2}the next 1:1's agenda, to send the person: nothing private/);
  });
});
