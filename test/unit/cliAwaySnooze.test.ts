import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'mocha';
import { main } from '../../src/cli';

const scratch = mkdtempSync(join(tmpdir(), 'one-on-one-cli-away-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A notes folder with Chen, last met on 2026-12-15 and holding one stale corrective item, and `person` extra lines. */
function notes(name: string, person: string): string {
  const folder = join(scratch, name);
  const files: Record<string, string> = {
    'one-on-ones/chen/person.yaml': `name: Chen Wei\ncadence: weekly\n${person}`,
    'one-on-ones/chen/2026-12-15.yaml': 'date: 2026-12-15\nnotes: Fine.\n',
    'one-on-ones/chen/feedback.yaml': 'feedback:\n  - kind: corrective\n    observed: 2026-12-14\n    given: 2026-12-14\n    behaviour: Merged with one approval.\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

function rulesFound(folder: string, today: string): { code: number; rules: string[] } {
  let out = '';
  const code = main(['check', '--format', 'json', '--fail-on', 'warning', '--today', today], { cwd: folder, stdout: (t) => { out += t; }, stderr: () => undefined });
  return { code, rules: (JSON.parse(out) as { rule: string }[]).map((f) => f.rule).sort() };
}

describe('command line: time away and snoozes', () => {
  it('without either, the overdue 1:1 and the stale feedback are found', () => {
    assert.deepEqual(rulesFound(notes('plain', ''), '2027-01-08'), { code: 1, rules: ['cadence/overdue', 'feedback/stale'] });
  });

  it('time away in person.yaml pauses both, as in the editor', () => {
    const folder = notes('away', 'away:\n  - { from: 2026-12-20, until: 2027-01-06, reason: parental leave }\n');
    assert.deepEqual(rulesFound(folder, '2027-01-01'), { code: 0, rules: [] }, 'while away');
    assert.deepEqual(rulesFound(folder, '2027-01-08'), { code: 0, rules: [] }, 'back, and the days away do not count');
    assert.deepEqual(rulesFound(folder, '2027-01-20').rules, ['cadence/overdue', 'feedback/stale']);
  });

  it('a snooze in person.yaml drops its finding until the day after until, then hints that it ended', () => {
    const folder = notes('snooze', 'snooze:\n  - check: feedback/stale\n    until: 2027-01-10\n    about: feedback.yaml 2026-12-14\n');
    assert.deepEqual(rulesFound(folder, '2027-01-10').rules, ['cadence/overdue']);
    assert.deepEqual(rulesFound(folder, '2027-01-11').rules, ['cadence/overdue', 'feedback/stale', 'snooze/ended']);
  });
});
