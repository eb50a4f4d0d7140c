// Golden Markdown: each document about one person, for one person of the sample team, as the command
// line prints it on the sample day. `npm run golden` writes the files again from the current code;
// review the diff before committing it.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../src/cli';
import { PERSON_COMMANDS } from '../../../src/cli/personCommands';

// out/test/unit/documents/ → project root
const root = join(__dirname, '..', '..', '..', '..');
const goldenDir = join(root, 'test', 'unit', 'documents', 'golden');
const sample = join(root, 'examples', 'notes');
/** The day the sample notes are written for (see examples/notes/README.md). */
const SAMPLE_DAY = '2026-11-27';
const update = process.env.UPDATE_GOLDEN === '1';

/** One golden document: the command and its arguments after the command name. */
export const GOLDEN_CASES: readonly { readonly command: string; readonly args: readonly string[] }[] = [
  { command: 'agenda', args: ['ben-hughes'] },
  { command: 'review', args: ['ben-hughes', '--from', '2026-06-01', '--to', '2026-11-27'] },
  { command: 'brief', args: ['dana-kowalski'] },
];

function run(command: string, args: readonly string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = main([command, ...args, '--today', SAMPLE_DAY], { cwd: sample, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

describe('golden Markdown for the sample team', () => {
  it('every document command has a golden case', () => {
    assert.deepEqual([...new Set(GOLDEN_CASES.map((c) => c.command))].sort(), Object.keys(PERSON_COMMANDS).sort());
  });
  for (const { command, args } of GOLDEN_CASES) {
    const name = `${command}-${args.join('-').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.md`;
    it(`${command} ${args.join(' ')}: test/unit/documents/golden/${name}`, () => {
      const { status, stdout, stderr } = run(command, args);
      assert.equal(status, 0, stderr);
      const file = join(goldenDir, name);
      if (update) {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(file, stdout);
      }
      assert.ok(existsSync(file), `${name} is missing: run npm run golden`);
      assert.equal(stdout, readFileSync(file, 'utf8'), `${name} differs: run npm run golden and review the diff`);
    });
  }
});
