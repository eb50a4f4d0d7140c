// The escalation messages say what they counted: how many conversations, since when, and why a
// resolution did or did not start the count again (newEpisodeAfterDays).
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { missedReview } from '../../../src/core/checks/escalation/missedReview';
import { skippedStage } from '../../../src/core/checks/escalation/skippedStage';
import { stuckStage } from '../../../src/core/checks/escalation/stuckStage';
import { ctxOn, only, run } from './builders';
import { COMPLETE, talk, talks } from './escalationTalks';

const ctx = ctxOn('2026-12-01');

describe('escalation messages explain the count', () => {
  it('stuck-stage names how many conversations it counted, and since when', () => {
    const f = only(run(stuckStage, talks(talk('2026-01-05', 'supportive'), talk('2026-01-19', 'socratic'), talk('2026-02-02', 'socratic')), ctx));
    assert.equal(
      f.message,
      'The 3rd conversation on review-latency is socratic: from the 3rd conversation on, a written plan is due. '
        + 'Counted: the 2 conversations before it on this topic, since 2026-01-05.',
    );
    assert.equal(f.related?.length, 2);
    const second = only(run(stuckStage, talks(talk('2026-01-05', 'supportive'), talk('2026-01-19', 'supportive')), ctx));
    assert.match(second.message, / Counted: the conversation before it on this topic, on 2026-01-05\.$/);
  });

  it('a relapse within newEpisodeAfterDays says when it was resolved and why the count goes on', () => {
    const files = talks(
      talk('2026-01-05', 'supportive'),
      talk('2026-01-19', 'socratic', { status: 'resolved' }),
      talk('2026-03-02', 'supportive'),
    );
    const f = only(run(stuckStage, files, ctx));
    assert.equal(
      f.message,
      'The 3rd conversation on review-latency is supportive: from the 3rd conversation on, a written plan is due. '
        + 'Counted: the 2 conversations before it on this topic, since 2026-01-05. '
        + 'It was resolved on 2026-01-19 and came back 42 days later, within the 180 days that make it the same episode, so the count goes on.',
    );
    assert.deepEqual(f.related?.map((r) => r.message), [
      '1st conversation on review-latency: supportive',
      '2nd conversation on review-latency: socratic, resolved on 2026-01-19',
    ]);
  });

  it('the window is the setting: with 30 days, the same relapse starts a new episode and is quiet', () => {
    const files = talks(talk('2026-01-05', 'supportive'), talk('2026-01-19', 'socratic', { status: 'resolved' }), talk('2026-03-02', 'supportive'));
    assert.deepEqual(run(stuckStage, files, ctxOn('2026-12-01', { newEpisodeAfterDays: 30 })), []);
  });

  it('skipped-stage at a first conversation says nothing earlier is written, or why the count started again', () => {
    const alone = only(run(skippedStage, talks(talk('2026-01-05', 'plan')), ctx));
    assert.match(alone.message, /unless it is a conduct or safety exception\. No earlier conversation on it is written\.$/);
    const files = talks(talk('2025-01-06', 'supportive', { status: 'resolved' }), talk('2026-01-05', 'plan'));
    const restarted = only(run(skippedStage, files, ctx));
    assert.match(restarted.message, /^A formal plan at the 1st conversation on review-latency: /);
    assert.match(
      restarted.message,
      / It was resolved on 2025-01-06, 364 days before this one, more than the 180 that keep it one episode, so the count starts again here\.$/,
    );
  });

  it('missed-review names the conversations it looked in for a review', () => {
    const plan = talk('2026-02-10', 'plan', { body: COMPLETE.plan.replace('2026-12-31', '2026-03-10') });
    const after = [talk('2026-02-24', 'socratic'), talk('2026-03-09', 'socratic')];
    assert.match(
      only(run(missedReview, talks(plan, ...after), ctx)).message,
      / Looked at: the plan entry of 2026-02-10 and the 2 conversations on the topic after it, up to 2026-03-09\.$/,
    );
    const revised = talk('2026-03-10', 'plan', { body: `    review: { outcome: First plan met halfway. }\n${COMPLETE.plan.replace('2026-12-31', '2026-04-10')}` });
    assert.match(
      only(run(missedReview, talks(plan, revised), ctx)).message,
      /Looked at: the plan entry of 2026-03-10; no conversation on the topic is written after it\. The review on the plan entry is not dated after that 1:1, so it is the review of the plan before\.$/,
    );
  });
});
