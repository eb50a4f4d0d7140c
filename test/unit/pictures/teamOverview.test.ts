// The team overview on hand-made notes: who is kept apart and why, and each state of a week.
import { strict as assert } from 'node:assert';
import { teamOverview } from '../../../src/core/pictures/teamOverview';
import type { OverviewRow } from '../../../src/core/pictures/pictureData';
import { ctxOn } from '../checks/builders';
import { held, teamOf, type TeamFiles } from './team';

const TODAY = '2026-11-27';
const ctx = ctxOn(TODAY);
const states = (row: OverviewRow | undefined) => row?.weeks.map((w) => `${w.to} ${w.state}`).slice(-6);

function overviewOf(files: TeamFiles) {
  return teamOverview(teamOf(files, ctx), ctx);
}

describe('the team overview on hand-made notes', () => {
  it('keeps people you no longer manage apart, saying why, and shows their weeks after until as ended', () => {
    const o = overviewOf({
      now: { 'person.yaml': 'name: Now Here\ncadence: weekly\n', '2026-11-20.yaml': held('2026-11-20') },
      gone: { 'person.yaml': 'name: Gone Away\ncadence: weekly\nuntil: 2026-11-10\n', '2026-11-02.yaml': held('2026-11-02') },
    });
    assert.deepEqual(o.rows.map((r) => r.personId), ['now']);
    assert.deepEqual(o.apart.map((r) => [r.personId, r.why]), [['gone', 'You no longer manage them: the last day was 2026-11-10.']]);
    assert.deepEqual(states(o.apart[0]), [
      '2026-10-23 before', '2026-10-30 before', '2026-11-06 held', '2026-11-13 not-due', '2026-11-20 ended', '2026-11-27 ended',
    ]);
  });

  it('counts a person without since from their first 1:1, and a person without any 1:1 as not started', () => {
    const o = overviewOf({
      first: { 'person.yaml': 'name: First Time\n', '2026-11-18.yaml': held('2026-11-18') },
      none: { 'person.yaml': 'name: No One\n' },
    });
    const row = (id: string) => o.rows.find((r) => r.personId === id);
    assert.deepEqual(states(row('first')), [
      '2026-10-23 before', '2026-10-30 before', '2026-11-06 before', '2026-11-13 before', '2026-11-20 held', '2026-11-27 not-due',
    ]);
    assert.ok(row('none')?.weeks.every((w) => w.state === 'before'));
    assert.equal(row('none')?.recognition, undefined);
  });

  it('misses a week once the last 1:1 is more than the cadence and its grace days ago; time away is away, and does not count', () => {
    const o = overviewOf({
      p: {
        'person.yaml': 'name: Pat\ncadence: weekly\nsince: 2026-09-01\naway:\n  - { from: 2026-11-02, until: 2026-11-06 }\n',
        '2026-10-26.yaml': held('2026-10-26'),
      },
    });
    // Weeks run Saturday to Friday. Nothing before 26 October since 1 September: missed. The week to 6 November
    // is all away. On 13 November, 18 days after the last 1:1, 13 count (5 were away): more than 7 + 3, missed.
    assert.deepEqual(states(o.rows[0]), [
      '2026-10-23 missed', '2026-10-30 held', '2026-11-06 away', '2026-11-13 missed', '2026-11-20 missed', '2026-11-27 missed',
    ]);
  });

  it('a held week lists every 1:1 of the week, a second one that day too', () => {
    const o = overviewOf({ p: { 'person.yaml': 'name: Pat\n', '2026-11-23.yaml': held('2026-11-23'), '2026-11-23b.yaml': held('2026-11-23') } });
    assert.deepEqual(o.rows[0]?.weeks[25]?.held.map((h) => [h.date, h.suffix, h.at.file, h.at.line]), [
      ['2026-11-23', '', 'p/2026-11-23.yaml', 1], ['2026-11-23', 'b', 'p/2026-11-23b.yaml', 1],
    ]);
  });

  it('leaves out feedback given after today (a plan) and a planned 1:1 (nothing written yet)', () => {
    const o = overviewOf({
      p: {
        'person.yaml': 'name: Pat\n',
        '2026-11-20.yaml': held('2026-11-20', 'feedback:', '  - { kind: positive, observed: 2026-11-19, behaviour: Shipped it. }'),
        '2026-11-30.yaml': 'date: 2026-11-30\nagenda: [a plan]\nfeedback:\n  - { kind: positive, observed: 2026-11-26, behaviour: Helped Ana. }\n',
        '2026-11-26.yaml': 'date: 2026-11-26\nagenda: [a plan]\n',
      },
    });
    const row = o.rows[0];
    assert.deepEqual(row?.feedback.map((m) => [m.state, m.date]), [['given', '2026-11-20']]);
    assert.equal(row?.weeks[25]?.state, 'not-due');
  });
});
