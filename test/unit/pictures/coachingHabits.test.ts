// The manager's coaching signals, each on hand-made notes where the answer is known: this quarter (the 13
// weeks to 27 November 2026, from 29 August) beside the 13 weeks before (30 May to 28 August).
import { strict as assert } from 'node:assert';
import { everyonesNotes } from '../../../src/core/checks/engine';
import { coachingHabits } from '../../../src/core/pictures/coachingHabits';
import type { HabitId, HabitSignal } from '../../../src/core/pictures/pictureData';
import { addDays } from '../../../src/core/dates';
import { ctxOn } from '../checks/builders';
import { held, teamOf, type TeamFiles } from './team';

const ctx = ctxOn('2026-11-27');

function signal(files: TeamFiles, id: HabitId): HabitSignal {
  const habits = coachingHabits(everyonesNotes(teamOf(files, ctx).index), ctx);
  assert.deepEqual([habits.thisQuarter, habits.lastQuarter], [{ from: '2026-08-29', to: '2026-11-27' }, { from: '2026-05-30', to: '2026-08-28' }]);
  const found = habits.signals.find((s) => s.id === id);
  assert.ok(found);
  return found;
}

/** [value, count, of] of each quarter, and the trend with whether it is good. */
function summary(s: HabitSignal) {
  return { now: [s.thisQuarter.value, s.thisQuarter.count, s.thisQuarter.of], before: [s.lastQuarter.value, s.lastQuarter.count, s.lastQuarter.of], trend: s.trend, good: s.good };
}

/** Weekly 1:1s from `first`, `count` of them, as files. */
function weekly(first: string, count: number, ...more: string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const date = addDays(first, 7 * i);
    files[`${date}.yaml`] = held(date, ...more);
  }
  return files;
}

const PERSON = 'name: Pat\ncadence: weekly\nsince: 2026-05-30\n';

describe('coaching habits', () => {
  it('1:1s kept against cadence: held against expected, a 1:1 more than the cadence asks not counted, time away not expected', () => {
    const s = signal({ p: { 'person.yaml': PERSON, ...weekly('2026-06-01', 6), ...weekly('2026-08-31', 13), '2026-09-01.yaml': held('2026-09-01') } }, 'cadence');
    assert.deepEqual(summary(s), { now: [1, 13, 13], before: [6 / 13, 6, 13], trend: 'up', good: true });
    assert.equal(s.thisQuarter.items.length, 14, 'every 1:1 held is an item behind it');
    assert.deepEqual(s.thisQuarter.items[0], { personId: 'p', date: '2026-08-31', label: '1:1 with Pat', at: { file: 'p/2026-08-31.yaml', line: 1 } });
    const away = signal({ p: { 'person.yaml': `${PERSON}away:\n  - { from: 2026-10-01, until: 2026-10-28 }\n`, ...weekly('2026-08-31', 4), ...weekly('2026-11-02', 4) } }, 'cadence');
    assert.deepEqual(away.thisQuarter.value, 8 / 9);
  });

  it('commitments kept on time: your actions due in the quarter, done by their day; one due today, or theirs, left out', () => {
    const actions = (...items: string[]) => ['actions:', ...items.map((i) => `  - ${i}`)];
    const s = signal({
      p: {
        'person.yaml': PERSON,
        '2026-06-10.yaml': held('2026-06-10', ...actions('{ text: Book the room, owner: me, due: 2026-06-12, done: 2026-06-12 }')),
        '2026-09-10.yaml': held('2026-09-10', ...actions(
          '{ text: Send the plan, owner: me, due: 2026-09-14, done: 2026-09-13 }',
          '{ text: Ask finance, owner: me, due: 2026-09-20, done: true }',
          '{ text: Review the RFC, owner: me, due: 2026-09-21, done: 2026-09-25 }',
          '{ text: Find a mentor, owner: me, due: 2026-10-01 }',
          '{ text: Call the vendor, owner: me, due: 2026-11-27 }',
          '{ text: Their own thing, owner: them, due: 2026-10-01 }',
        )),
      },
    }, 'commitments');
    assert.deepEqual(summary(s), { now: [0.5, 2, 4], before: [1, 1, 1], trend: 'down', good: false });
    assert.deepEqual(s.thisQuarter.items.map((i) => [i.label, i.at.line]), [
      ['On time: Send the plan', 4], ['On time: Ask finance', 5], ['Late: Review the RFC', 6], ['Overdue: Find a mentor', 7],
    ]);
  });

  it('recognition, the share of positive feedback and the median delay, over the feedback given in each quarter', () => {
    const item = (kind: string, observed: string, given: string) => `  - { kind: ${kind}, observed: ${observed}, given: ${given}, behaviour: Did a thing. }`;
    const files: TeamFiles = {
      p: {
        'person.yaml': PERSON,
        'feedback.yaml': ['feedback:',
          item('positive', '2026-06-01', '2026-06-04'),
          item('positive', '2026-09-01', '2026-09-01'),
          item('corrective', '2026-09-10', '2026-09-12'),
          item('positive', '2026-10-01', '2026-10-10'),
          item('corrective', '2026-11-02', '2026-11-03'),
          item('positive', '2026-11-20', 'not-yet'),
        ].join('\n') + '\n',
      },
    };
    assert.deepEqual(summary(signal(files, 'recognition')), { now: [2, 2, undefined], before: [1, 1, undefined], trend: 'up', good: true });
    assert.deepEqual(summary(signal(files, 'positive-share')), { now: [0.5, 2, 4], before: [1, 1, 1], trend: 'down', good: false });
    const delay = signal(files, 'feedback-delay');
    assert.deepEqual(summary(delay), { now: [1.5, 4, undefined], before: [3, 1, undefined], trend: 'down', good: true });
    assert.deepEqual(delay.thisQuarter.items.map((i) => [i.label, i.at.line]), [
      ['0 days, Pat: Did a thing.', 3], ['2 days, Pat: Did a thing.', 4], ['9 days, Pat: Did a thing.', 5], ['1 day, Pat: Did a thing.', 6],
    ]);
    const none = signal({ p: { 'person.yaml': PERSON } }, 'feedback-delay');
    assert.deepEqual(summary(none), { now: [undefined, 0, undefined], before: [undefined, 0, undefined], trend: 'none', good: undefined });
  });

  it('two-way conversations: Socratic talks that write down their view, out of all Socratic talks', () => {
    const talk = (id: string, view?: string) => [
      'topics:', `  - id: ${id}`, '    stance: socratic', '    questions: [What got in the way?]', ...(view ? [`    theirView: ${view}`] : []),
    ];
    const s = signal({
      p: {
        'person.yaml': PERSON,
        '2026-09-07.yaml': held('2026-09-07', ...talk('slow-reviews', 'I wait for the whole queue.')),
        '2026-09-14.yaml': held('2026-09-14', ...talk('late-tickets')),
        '2026-09-21.yaml': held('2026-09-21', 'topics:', '  - { id: other, stance: supportive, expectation: Reply within a day. }'),
      },
    }, 'two-way');
    assert.deepEqual(summary(s), { now: [0.5, 1, 2], before: [undefined, 0, 0], trend: 'none', good: undefined });
    assert.deepEqual(s.thisQuarter.items.map((i) => [i.label, i.at.file, i.at.line]), [
      ['Their view written: Pat, slow-reviews', 'p/2026-09-07.yaml', 7], ['No view written: Pat, late-tickets', 'p/2026-09-14.yaml', 4],
    ]);
  });

  it('barriers that recur across people: the same barrier line for three people in a quarter counts; for two it does not', () => {
    const barrier = (date: string, line: string) => held(date, 'topics:', '  - id: slow-deploys', '    stance: socratic', '    questions: [What slows you down?]', `    barriers: [${line}]`);
    const person = (name: string) => `name: ${name}\nsince: 2026-05-30\n`;
    const s = signal({
      a: { 'person.yaml': person('Ana'), '2026-07-01.yaml': barrier('2026-07-01', 'No staging environment'), '2026-10-01.yaml': barrier('2026-10-01', 'No staging environment!') },
      b: { 'person.yaml': person('Bo'), '2026-07-02.yaml': barrier('2026-07-02', 'no staging  environment'), '2026-10-02.yaml': barrier('2026-10-02', 'No staging environment') },
      c: { 'person.yaml': person('Cy'), '2026-10-03.yaml': barrier('2026-10-03', 'No Staging Environment') },
    }, 'recurring-barriers');
    assert.deepEqual(summary(s), { now: [1, 1, undefined], before: [0, 0, undefined], trend: 'up', good: false });
    assert.deepEqual(s.thisQuarter.items.map((i) => [i.personId, i.at.file, i.at.line]), [['c', 'c/2026-10-03.yaml', 7], ['b', 'b/2026-10-02.yaml', 7], ['a', 'a/2026-10-01.yaml', 7]]);
    assert.deepEqual(s.lastQuarter.items, []);
  });
});
