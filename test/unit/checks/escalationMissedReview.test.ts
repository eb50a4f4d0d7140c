import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { missedReview } from '../../../src/core/checks/escalation/missedReview';
import { ctxOn, only, run, textAt } from './builders';
import { COMPLETE, talk, talks } from './escalationTalks';

const DUE = '2026-03-10';
const plan = talk('2026-02-10', 'plan', { body: COMPLETE.plan.replace('2026-12-31', DUE) });
const REVIEW = '    review: { outcome: Two of three goals met; we keep going. }';

describe('escalation/missed-review', () => {
  it('flags the review date the day after it passed, on the date itself', () => {
    const files = talks(plan);
    const f = only(run(missedReview, files, ctxOn('2026-03-11')));
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(files['2026-02-10.yaml']!, f.range), DUE);
    assert.equal(f.message, 'The plan on review-latency was due for review on 2026-03-10 (1 day ago), and no review is written since');
  });

  it('waits on the review day itself and before it', () => {
    assert.deepEqual(run(missedReview, talks(plan), ctxOn(DUE)), []);
    assert.deepEqual(run(missedReview, talks(plan), ctxOn('2026-03-09')), []);
  });

  it('counts days past due', () => {
    assert.match(only(run(missedReview, talks(plan), ctxOn('2026-03-14'))).message, /\(4 days ago\)/);
  });

  it('is satisfied by a review in a later conversation, even one that keeps the topic open', () => {
    assert.deepEqual(run(missedReview, talks(plan, talk('2026-03-10', 'plan', { body: REVIEW, status: 'improving' })), ctxOn('2026-04-01')), []);
  });

  it('still flags a topic that is improving but unreviewed', () => {
    const improving = talk('2026-02-10', 'plan', { body: COMPLETE.plan.replace('2026-12-31', DUE), status: 'improving' });
    assert.equal(run(missedReview, talks(improving), ctxOn('2026-04-01')).length, 1);
  });

  it('leaves a resolved topic alone', () => {
    assert.deepEqual(run(missedReview, talks(plan, talk('2026-03-01', 'socratic', { status: 'resolved' })), ctxOn('2026-04-01')), []);
  });

  it('looks at the latest plan: a revised plan with a new review date replaces the old one', () => {
    const revised = talk('2026-03-10', 'plan', { body: `${REVIEW}\n${COMPLETE.plan.replace('2026-12-31', '2026-04-10')}` });
    assert.deepEqual(run(missedReview, talks(plan, revised), ctxOn('2026-04-10')), []);
    const f = only(run(missedReview, talks(plan, revised), ctxOn('2026-04-11')));
    assert.equal(f.file, 'p/2026-03-10.yaml');
  });

  it('a conversation after the plan that holds no review does not count as one', () => {
    assert.equal(run(missedReview, talks(plan, talk('2026-03-12', 'socratic')), ctxOn('2026-04-01')).length, 1);
  });

  it('a plan without a review date is for empty-stage, not here', () => {
    assert.deepEqual(run(missedReview, talks(talk('2026-02-10', 'plan', { body: '    goals: [One]' })), ctxOn('2027-01-01')), []);
  });
});
