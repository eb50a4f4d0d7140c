import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { actionsOverdue } from '../../../src/core/checks/actions';
import { cadenceOverdue } from '../../../src/core/checks/cadence';
import { missedReview } from '../../../src/core/checks/escalation/missedReview';
import { feedbackNotGiven } from '../../../src/core/checks/feedbackImmediacy';
import { recognitionNoneRecent } from '../../../src/core/checks/recognition';
import type { Rule } from '../../../src/core/checks/rule';
import { feedbackStale } from '../../../src/core/checks/staleFeedback';
import { cadenceFacts, cadenceHover } from '../../../src/core/guidance/cadence';
import { loadNotesFile } from '../../../src/core/reading/loader';
import { TimeAway } from '../../../src/core/people/timeAway';
import { ctxOn, notesOf, only, run, textAt } from './builders';
import { COMPLETE, talk } from './escalationTalks';

// Parental leave over the turn of the year: 18 days away (20 to 31 December, 1 to 6 January).
const AWAY = 'away:\n  - from: 2026-12-20\n    until: 2027-01-06   # back on the 7th\n    reason: parental leave\n';
const person = (extra = '') => `name: Chen Wei\ncadence: weekly\nsince: 2026-06-01\n${extra}`;

/** The findings of `rule` on `files` (person.yaml with the time away) on `today`, and without it. */
function withAndWithout(rule: Rule, files: Record<string, string>, today: string) {
  return {
    away: run(rule, { ...files, 'person.yaml': person(AWAY) }, ctxOn(today)),
    present: run(rule, { ...files, 'person.yaml': person() }, ctxOn(today)),
  };
}

describe('time away', () => {
  describe('counting days', () => {
    const away = new TimeAway([{ from: '2026-12-20', until: '2027-01-06' }]);

    it('both ends are days away; the clock resumes the day after until', () => {
      assert.equal(away.awayOn('2026-12-19'), undefined);
      assert.equal(away.awayOn('2026-12-20')?.until, '2027-01-06');
      assert.equal(away.awayOn('2027-01-06')?.from, '2026-12-20');
      assert.equal(away.awayOn('2027-01-07'), undefined);
      assert.equal(away.daysAwayBetween('2026-12-19', '2027-01-07'), 18);
      assert.equal(away.countedDays('2026-12-19', '2027-01-07'), 1);
      assert.equal(away.countedDays('2026-12-01', '2026-12-10'), 9, 'no time away in between');
      assert.equal(away.countedDays('2027-01-07', '2026-12-01'), -37, 'backwards, as daysBetween');
    });

    it('counts a day in overlapping periods once', () => {
      const twice = new TimeAway([{ from: '2026-12-25', until: '2027-01-06' }, { from: '2026-12-20', until: '2026-12-31' }]);
      assert.equal(twice.daysAwayBetween('2026-12-01', '2027-02-01'), 18);
    });

    it('a window of n counted days reaches back past the days away in it', () => {
      assert.equal(away.countedDaysBefore('2027-01-10', 5), '2026-12-18');
      assert.equal(away.countedDays('2026-12-18', '2027-01-10'), 5);
      assert.equal(away.countedDaysBefore('2026-12-10', 5), '2026-12-05');
    });
  });

  describe('in person.yaml', () => {
    it('reads from, until and reason; overlapping periods are fine', () => {
      const loaded = loadNotesFile('p/person.yaml', person(`${AWAY}  - from: 2027-01-01\n    until: 2027-01-02\n`));
      assert.deepEqual(loaded.findings, []);
      assert.equal(loaded.kind === 'person' && loaded.data?.away?.[0]?.reason, 'parental leave');
    });

    it('until before from is an error on until', () => {
      const text = person('away:\n  - { from: 2027-01-06, until: 2026-12-20 }\n');
      const f = only(loadNotesFile('p/person.yaml', text).findings);
      assert.equal(f.severity, 'error');
      assert.equal(f.message, 'until (2026-12-20) is before from (2027-01-06)');
      assert.equal(textAt(text, f.range), '2026-12-20');
    });

    it('suggests the key that was meant', () => {
      const f = only(loadNotesFile('p/person.yaml', person('away:\n  - from: 2026-12-20\n    untill: 2027-01-06\n')).findings.filter((x) => x.code === 'format/unknown-key'));
      assert.match(f.message, /did you mean `until`\?/);
    });
  });

  describe('pauses the checks that count days', () => {
    it('cadence/overdue: quiet while away; the days away do not count toward the gap', () => {
      const files = { '2026-12-15.yaml': 'date: 2026-12-15\nnotes: Went through the holiday rota.\n' };
      const during = withAndWithout(cadenceOverdue, files, '2026-12-28');
      assert.deepEqual(during.away, []);
      assert.equal(during.present.length, 1, 'without the time away it fires');
      assert.deepEqual(withAndWithout(cadenceOverdue, files, '2027-01-12').away, [], '10 counted days');
      assert.equal(only(withAndWithout(cadenceOverdue, files, '2027-01-13').away).message,
        'Last 1:1 with Chen Wei was 11 days ago (2026-12-15, not counting 18 days away); the cadence is weekly');
    });

    it('the cadence hover counts as cadence/overdue does: paused while away, due dates moved by the days away', () => {
      const notes = notesOf({ 'person.yaml': person(AWAY), '2026-12-15.yaml': 'date: 2026-12-15\nnotes: Went through the holiday rota.\n' });
      const during = cadenceHover(cadenceFacts(notes, ctxOn('2026-12-28')), 'Chen', '2026-12-28', (id) => id);
      assert.match(during, /Chen is away until 2027-01-06 \(parental leave\): the rhythm pauses, and the days away do not count\. Next due 2027-01-09\./);
      assert.doesNotMatch(during, /\*\*overdue\*\*/);
      const facts = cadenceFacts(notes, ctxOn('2027-01-08'));
      assert.equal(facts.overdueFrom, '2027-01-13', 'the day cadence/overdue first fires');
      assert.match(cadenceHover(facts, 'Chen', '2027-01-08', (id) => id), /Next due 2027-01-09 \(in 1 day\); overdue from 2027-01-13\./);
    });

    it('recognition/none-recent: quiet while away; the window reaches back past the time away', () => {
      const files = {
        '2026-12-10.yaml': 'date: 2026-12-10\nfeedback:\n  - kind: positive\n    observed: 2026-12-09\n    behaviour: Wrote the migration runbook.\n',
        '2026-12-15.yaml': 'date: 2026-12-15\nnotes: Went through the holiday rota.\n',
        '2027-01-08.yaml': 'date: 2027-01-08\nnotes: Back from leave; caught up on the rota.\n',
      };
      assert.deepEqual(withAndWithout(recognitionNoneRecent, files, '2027-01-05').away, []);
      const back = withAndWithout(recognitionNoneRecent, files, '2027-01-27');
      assert.deepEqual(back.away, [], '48 days since, 30 of them counted');
      assert.equal(back.present.length, 1);
      assert.equal(only(withAndWithout(recognitionNoneRecent, files, '2027-01-28').away).message,
        'No positive feedback for Chen Wei in the last 30 days, not counting 18 days away (the last was given 49 days ago), though you met twice');
    });

    it('feedback/stale: quiet while away; the days away do not count toward its age', () => {
      const files = { 'feedback.yaml': 'feedback:\n  - kind: corrective\n    observed: 2026-12-10\n    given: 2026-12-10\n    behaviour: Merged with one approval.\n' };
      assert.deepEqual(withAndWithout(feedbackStale, files, '2027-01-06').away, []);
      const back = withAndWithout(feedbackStale, files, '2027-01-11');
      assert.deepEqual(back.away, [], '14 counted days');
      assert.equal(back.present.length, 1);
      assert.equal(only(withAndWithout(feedbackStale, files, '2027-01-12').away).message,
        'Corrective feedback given 15 days ago (2026-12-10, not counting 18 days away) and never followed up; has anything changed?');
    });

    it('feedback/not-given: quiet while away; it ages again from the day after until', () => {
      const files = { 'feedback.yaml': 'feedback:\n  - kind: positive\n    observed: 2026-12-18\n    given: not-yet\n    behaviour: Took the last on-call shift before the holidays.\n' };
      assert.deepEqual(withAndWithout(feedbackNotGiven, files, '2026-12-25').away, []);
      const back = only(withAndWithout(feedbackNotGiven, files, '2027-01-07').away);
      assert.equal(back.severity, 'hint');
      assert.equal(back.message, 'Positive feedback observed 2 days ago, not counting 18 days away, and not given yet; it loses value every day it waits');
      assert.equal(only(withAndWithout(feedbackNotGiven, files, '2027-01-07').present).severity, 'warning');
      assert.equal(only(withAndWithout(feedbackNotGiven, files, '2027-01-13').away).severity, 'warning', '8 counted days');
    });

    it('actions/overdue: the person\'s own items pause, the manager\'s do not', () => {
      const item = (owner: string) => ({ '2026-12-15.yaml': `date: 2026-12-15\nactions:\n  - text: Hand over the rota\n    owner: ${owner}\n    due: 2026-12-22\n` });
      assert.deepEqual(withAndWithout(actionsOverdue, item('them'), '2026-12-30').away, []);
      assert.equal(only(withAndWithout(actionsOverdue, item('them'), '2027-01-07').away).message,
        'Chen Wei\'s action "Hand over the rota" is 1 day overdue (due 2026-12-22, not counting 15 days away): follow up on it');
      assert.equal(only(withAndWithout(actionsOverdue, item('me'), '2026-12-30').away).severity, 'warning');
    });

    it('escalation/missed-review: a review date in the time away is missed once a day has passed since they came back', () => {
      const files = Object.fromEntries([talk('2026-11-20', 'plan', { body: COMPLETE.plan.replace('2026-12-31', '2026-12-22') })]);
      assert.deepEqual(withAndWithout(missedReview, files, '2027-01-06').away, []);
      assert.equal(withAndWithout(missedReview, files, '2027-01-06').present.length, 1);
      assert.equal(only(withAndWithout(missedReview, files, '2027-01-07').away).message,
        'The plan on review-latency was due for review on 2026-12-22 (1 day ago, not counting 15 days away), and no review is written since. '
          + 'Looked at: the plan entry of 2026-11-20; no conversation on the topic is written after it.');
    });
  });
});
