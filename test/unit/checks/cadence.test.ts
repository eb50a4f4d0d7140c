import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { addDays } from '../../../src/core/dates';
import { cadenceOverdue } from '../../../src/core/checks/cadence';
import { ctxOn, only, run, textAt } from './builders';

const today = '2026-11-27';
const ctx = ctxOn(today);

function lastMet(age: number, person = 'name: Chen Wei\ncadence: weekly\n'): Record<string, string> {
  const date = addDays(today, -age);
  return { 'person.yaml': person, '2026-08-27.yaml': 'date: 2026-08-27\nnotes: Met.\n', [`${date}.yaml`]: `date: ${date}\nnotes: Met.\n` };
}

describe('cadence/overdue', () => {
  it('weekly: quiet at 10 days, a warning at 11, on person.yaml with the last 1:1 related', () => {
    assert.deepEqual(run(cadenceOverdue, lastMet(10), ctx), []);
    const files = lastMet(11);
    const f = only(run(cadenceOverdue, files, ctx));
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, 'Last 1:1 with Chen Wei was 11 days ago (2026-11-16); the cadence is weekly');
    assert.equal(f.file, 'p/person.yaml');
    assert.equal(textAt(files['person.yaml'] as string, f.range), 'name');
    assert.deepEqual(f.related, [{ file: 'p/2026-11-16.yaml', range: { start: { line: 0, character: 6 }, end: { line: 0, character: 16 } }, message: 'Last 1:1, 2026-11-16' }]);
  });

  it('reads the person\'s cadence, else the default setting', () => {
    assert.deepEqual(run(cadenceOverdue, lastMet(17, 'name: A\ncadence: biweekly\n'), ctx), []);
    assert.match(only(run(cadenceOverdue, lastMet(18, 'name: A\ncadence: biweekly\n'), ctx)).message, /the cadence is biweekly$/);
    assert.deepEqual(run(cadenceOverdue, lastMet(33, 'name: A\ncadence: monthly\n'), ctx), []);
    assert.deepEqual(run(cadenceOverdue, lastMet(8, 'name: A\ncadence: 5\n'), ctx), []);
    assert.match(only(run(cadenceOverdue, lastMet(9, 'name: A\ncadence: 5\n'), ctx)).message, /the cadence is every 5 days$/);
    assert.equal(run(cadenceOverdue, lastMet(11, 'name: A\n'), ctx).length, 1, 'weekly by default');
    assert.deepEqual(run(cadenceOverdue, lastMet(11, 'name: A\n'), ctxOn(today, { defaultCadence: 'biweekly' })), []);
    assert.deepEqual(run(cadenceOverdue, lastMet(11), ctxOn(today, { cadenceGraceDays: 4 })), []);
  });

  it('needs a 1:1 so far, ignores planned ones, and stops after until', () => {
    assert.deepEqual(run(cadenceOverdue, { 'person.yaml': 'name: New\n' }, ctx), []);
    const planned = { ...lastMet(20), '2026-12-01.yaml': 'date: 2026-12-01\nnotes: To talk about the offsite.\n' };
    assert.match(only(run(cadenceOverdue, planned, ctx)).message, /was 20 days ago/);
    const prepared = {
      ...lastMet(20),
      [`${today}.yaml`]: `date: ${today}\nagenda: [the offsite]\nnotes: |\n  <what you could share with them>\ntopics:\n  - id: reviews\n    stance: socratic\n    questions:\n      - <the open questions you asked>\n`,
    };
    assert.match(only(run(cadenceOverdue, prepared, ctx)).message, /was 20 days ago/, 'a file of today with only an agenda and placeholders is not held');
    const held = { ...prepared, [`${today}.yaml`]: `date: ${today}\ntopics:\n  - id: reviews\n    stance: socratic\n    questions: [What got in the way?]\n` };
    assert.deepEqual(run(cadenceOverdue, held, ctx), [], 'one written entry makes it held');
    assert.deepEqual(run(cadenceOverdue, lastMet(40, `name: Gone\nuntil: ${addDays(today, -1)}\n`), ctx), []);
    assert.equal(run(cadenceOverdue, lastMet(40, `name: Leaving\nuntil: ${today}\n`), ctx).length, 1);
  });

  it('anchors on the newest 1:1 when there is no person.yaml', () => {
    const files = lastMet(12);
    delete files['person.yaml'];
    const f = only(run(cadenceOverdue, files, ctx));
    assert.equal(f.file, 'p/2026-11-15.yaml');
    assert.match(f.message, /^Last 1:1 with p was 12 days ago/);
  });
});
