// The fairness checks of the review summary: each fires on a case built for it and stays quiet on a
// balanced one.
import { strict as assert } from 'node:assert';
import { addDays } from '../../../src/core/dates';
import { fairnessChecks, type FairnessCheckId, type FairnessResult } from '../../../src/core/documents/review/fairness';
import { reviewScope } from '../../../src/core/documents/review/reviewScope';
import { writeReviewSummary } from '../../../src/core/documents/review/reviewSummary';
import type { ReviewPeriod } from '../../../src/core/documents/personDocument';
import { ctxOn, notesOf, type PersonFiles } from '../checks/builders';

const TODAY = '2026-11-30';
const PERIOD: ReviewPeriod = { from: '2026-06-01', to: '2026-11-30', includePrivate: false };
const ctx = ctxOn(TODAY);

function oneOnOne(date: string, extra = ''): string {
  return `date: ${date}\nnotes: Talked through the week.\n${extra}`;
}

const positive = (observed: string) =>
  `  - kind: positive\n    observed: ${observed}\n    situation: Team demo\n    behaviour: Showed the feature with real data.\n    impact: Sales could sell it the same day.\n`;

/** Weekly 1:1s from 1 June to the end of November, a positive item each month and one corrective item, given in a 1:1 and followed up. */
function balanced(): Record<string, string> {
  const files: Record<string, string> = { 'person.yaml': 'name: Pat Doe\ncadence: weekly\n' };
  for (let day = '2026-06-02'; day <= TODAY; day = addDays(day, 7)) {
    const month = day.slice(5, 7);
    const feedback = day.slice(8) <= '07' ? `feedback:\n${positive(day)}` : '';
    files[`${day}.yaml`] = oneOnOne(day, feedback);
    if (month === '08' && day.slice(8) > '07' && day.slice(8) <= '14') {
      files[`${day}.yaml`] = oneOnOne(day, [
        'feedback:',
        '  - kind: corrective',
        `    observed: ${day}`,
        '    behaviour: Merged without the second review.',
        '    followUp: { state: resolved, date: 2026-09-01 }',
        '',
      ].join('\n'));
    }
  }
  return files;
}

function results(files: PersonFiles, period = PERIOD): Map<FairnessCheckId, FairnessResult> {
  const notes = notesOf(files);
  return new Map(fairnessChecks(reviewScope({ notes, ctx }, period), notes, ctx).map((r) => [r.id, r]));
}

function check(files: PersonFiles, id: FairnessCheckId): FairnessResult {
  return results(files).get(id) as FairnessResult;
}

describe('review summary: fairness checks', () => {
  it('a balanced case: every check is quiet, and each says what it saw', () => {
    const all = results(balanced());
    for (const r of all.values()) assert.equal(r.fired, false, `${r.id}: ${r.saw}`);
    assert.match(all.get('recency')?.saw ?? '', /^\d+ of \d+ pieces of evidence come from the last quarter \(2026-10-17 to 2026-11-30\)\.$/);
    assert.equal(all.get('balance')?.saw, '6 positive and 1 corrective feedback items given: 6 positive for each corrective.');
    assert.equal(all.get('gaps')?.saw, 'Notes in every month of the period (6 months).');
    assert.equal(all.get('no-surprises')?.saw, 'The one corrective item was given, and came up in a 1:1.');
    const summary = writeReviewSummary({ notes: notesOf(balanced()), ctx }, PERIOD);
    assert.match(summary, /## Fairness checks\n\nNothing in the notes makes this period hard to review fairly\.\n/);
  });

  describe('recency', () => {
    it('fires when more than half of the evidence comes from the last quarter of the period', () => {
      const files = balanced();
      const items = Array.from({ length: 40 }, (_, i) => positive(addDays('2026-11-01', i % 20))).join('');
      files['feedback.yaml'] = `feedback:\n${items.replace(/    observed: (\S+)\n/g, '    observed: $1\n    given: $1\n')}`;
      const r = check(files, 'recency');
      assert.equal(r.fired, true);
      assert.match(r.saw, /^\d+ of \d+ pieces of evidence come from the last quarter \(2026-10-17 to 2026-11-30\)\. The review would lean on the last few weeks/);
      const [late, all] = (r.saw.match(/\d+/g) ?? []).map(Number) as [number, number];
      assert.ok(late * 2 > all, r.saw);
    });
    it('counts only the part of the period the person was managed in', () => {
      const files = { ...balanced(), 'person.yaml': 'name: Pat Doe\nsince: 2026-09-01\n' };
      assert.match(check(files, 'recency').saw, /last quarter \(2026-11-09 to 2026-11-30\)/);
    });
  });

  describe('balance', () => {
    it('fires with a note when there is no positive feedback at all', () => {
      const files: Record<string, string> = {};
      for (const [name, text] of Object.entries(balanced())) files[name] = text.replace(/kind: positive/g, 'kind: corrective');
      const r = check(files, 'balance');
      assert.equal(r.fired, true);
      assert.equal(r.saw, '0 positive and 7 corrective feedback items given: no positive feedback at all. What did they do well in these months?');
    });
    it('fires when corrective feedback outweighs positive, and says the ratio', () => {
      const files: Record<string, string> = {};
      let n = 0;
      for (const [name, text] of Object.entries(balanced())) files[name] = text.replace(/kind: positive/g, () => (n++ < 2 ? 'kind: positive' : 'kind: corrective'));
      const r = check(files, 'balance');
      assert.equal(r.fired, true);
      assert.equal(r.saw, '2 positive and 5 corrective feedback items given: 2.5 corrective for each positive. More corrective than positive: is that the whole picture?');
    });
    it('fires when no feedback was given at all', () => {
      const files: Record<string, string> = { 'person.yaml': 'name: Pat Doe\n' };
      for (let day = '2026-06-02'; day <= TODAY; day = addDays(day, 7)) files[`${day}.yaml`] = oneOnOne(day);
      assert.equal(check(files, 'balance').fired, true);
      assert.match(check(files, 'balance').saw, /^No feedback given in the period/);
    });
  });

  describe('gaps', () => {
    const withoutAugust = () => Object.fromEntries(Object.entries(balanced()).filter(([name]) => !name.startsWith('2026-08-')));
    it('fires for a calendar month with no notes at all', () => {
      const r = check(withoutAugust(), 'gaps');
      assert.equal(r.fired, true);
      assert.match(r.saw, /^No notes at all in August 2026\./);
    });
    it('a month the person was away for all of is no gap, and is said to be away', () => {
      const files = { ...withoutAugust(), 'person.yaml': 'name: Pat Doe\naway:\n  - { from: 2026-07-30, until: 2026-09-02, reason: sabbatical }\n' };
      const r = check(files, 'gaps');
      assert.equal(r.fired, false, r.saw);
      assert.equal(r.saw, 'Notes in every month of the period (5 months). Away all of August 2026: not a gap.');
    });
    it('a sliver of a month too short for one 1:1 at the cadence is no gap', () => {
      const files = balanced();
      const r = results(files, { ...PERIOD, from: '2026-05-28' }).get('gaps') as FairnessResult;
      assert.equal(r.fired, false, r.saw);
    });
  });

  describe('no surprises', () => {
    it('fires for corrective feedback never given, by date and line only, never its words', () => {
      const files = {
        ...balanced(),
        'feedback.yaml': 'feedback:\n  - kind: corrective\n    observed: 2026-11-20\n    given: not-yet\n    behaviour: Talked over Sam in the design review.\n',
      };
      const r = check(files, 'no-surprises');
      assert.equal(r.fired, true);
      assert.match(r.saw, /^One corrective item was never given \(the oldest waiting 10 days\): give it first/);
      assert.deepEqual(r.pointers, [{ label: 'observed 2026-11-20', target: 'p/feedback.yaml#L2' }]);
      const summary = writeReviewSummary({ notes: notesOf(files), ctx }, { ...PERIOD, includePrivate: true });
      assert.ok(!summary.includes('Talked over Sam'), summary);
      assert.match(summary, /\*\*No surprises: look again\.\*\* .* See \[observed 2026-11-20\]\(p\/feedback\.yaml#L2\)\./);
    });
    it('fires for corrective feedback given only outside 1:1s that never came up in one', () => {
      const given = 'feedback:\n  - kind: corrective\n    observed: 2026-10-20\n    given: 2026-10-20\n    behaviour: Merged without the second review.\n';
      const r = check({ ...balanced(), 'feedback.yaml': given }, 'no-surprises');
      assert.equal(r.fired, true);
      assert.match(r.saw, /^One corrective item was given only outside your 1:1s and never came up in one/);
      assert.deepEqual(r.pointers.map((p) => p.target), ['p/feedback.yaml#L2']);
    });
    it('is quiet when that feedback came up in a 1:1: its topic was talked about, or it was followed up on the day of one', () => {
      const base = 'feedback:\n  - kind: corrective\n    observed: 2026-10-20\n    given: 2026-10-20\n    behaviour: Merged without the second review.\n';
      const withTopic: Record<string, string> = { ...balanced(), 'feedback.yaml': `${base}    topic: review-rules\n` };
      withTopic['2026-10-27.yaml'] = oneOnOne('2026-10-27', 'topics:\n  - id: review-rules\n    stance: supportive\n    expectation: Two approvals on billing code, every time.\n');
      assert.equal(check(withTopic, 'no-surprises').fired, false, check(withTopic, 'no-surprises').saw);
      const followedUp = { ...balanced(), 'feedback.yaml': `${base}    followUp: { state: resolved, date: 2026-10-27 }\n` };
      assert.equal(check(followedUp, 'no-surprises').fired, false);
      const followedUpElsewhere = { ...balanced(), 'feedback.yaml': `${base}    followUp: { state: resolved, date: 2026-10-28 }\n` };
      assert.equal(check(followedUpElsewhere, 'no-surprises').fired, true);
    });
  });
});
