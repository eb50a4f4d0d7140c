// `one-on-one-coach brief <person>` on the sample team: Markdown on stdout, and a usage error for a
// person who is not there.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { describe, it } from 'mocha';
import { main } from '../../../src/cli';

// out/test/unit/documents/ → project root
const sample = join(__dirname, '..', '..', '..', '..', 'examples', 'notes');

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, { cwd: sample, stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, today: () => '2026-11-27' });
  return { code, out, err };
}

describe('command line: brief', function () {
  // Each run reads the whole sample team.
  this.timeout(20_000);

  it('prints the briefing as Markdown and exits 0', () => {
    const { code, out, err } = run(['brief', 'ben-hughes']);
    assert.equal(code, 0, err);
    assert.equal(err, '');
    assert.match(out, /^# Prepare: 1:1 with Ben Hughes\n/);
    assert.match(out, /\n## What you owe them\n\n\*\*Your open actions, overdue first\*\*\n\n- Get Ben a slot/);
    assert.equal(run(['brief', 'Ben Hughes', '.', '--today', '2026-11-27']).out, out, 'by name too, and --today as for check');
  });

  it('is listed in the help', () => {
    assert.match(run(['--help']).out, /one-on-one-coach brief <person> \[folder\]\n/);
  });

  it('a person who is not there is a usage error that names the people', () => {
    const { code, out, err } = run(['brief', 'dana']);
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.match(err, /brief: no person "dana" in the notes folder; the people are amara-okafor, ben-hughes, chen-wei, dana-kowalski/);
  });

  it('takes no period: --from is for review only', () => {
    const { code, err } = run(['brief', 'ben-hughes', '--from', '2026-01-01']);
    assert.equal(code, 2);
    assert.match(err, /--from is for review only/);
  });
});
