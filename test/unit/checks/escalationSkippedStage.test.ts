import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { addDays } from '../../../src/core/dates';
import { skippedStage } from '../../../src/core/checks/escalation/skippedStage';
import { applyFix, ctxOn, only, run, textAt } from './builders';
import { COMPLETE, talk, talks } from './escalationTalks';

const ctx = ctxOn('2026-06-01');
const sup = talk('2026-01-05', 'supportive');
const soc = talk('2026-01-19', 'socratic');
const EXCEPTION = '    exception: { kind: conduct, reason: Belittled a colleague in a retro. }';
const REVIEW = '    review: { outcome: All goals met. }';

describe('escalation/skipped-stage', () => {
  it('flags a plan at the 1st conversation, on its stance value, with both fixes', () => {
    const files = talks(talk('2026-01-05', 'plan'));
    const f = only(run(skippedStage, files, ctx));
    assert.equal(f.severity, 'warning');
    assert.equal(f.file, 'p/2026-01-05.yaml');
    assert.equal(textAt(files['2026-01-05.yaml']!, f.range), 'plan');
    assert.match(f.message, /formal plan at the 1st conversation on review-latency.*supportive/);
    assert.deepEqual(f.fixes?.map((x) => x.title), ['Change the stance to supportive', 'Mark it as a conduct exception (then write the reason)']);
  });

  it('flags a plan at the 2nd conversation, pointing at the 1st', () => {
    const files = talks(sup, talk('2026-01-19', 'plan'));
    const f = only(run(skippedStage, files, ctx));
    assert.equal(f.file, 'p/2026-01-19.yaml');
    assert.match(f.message, /2nd conversation.*socratic/);
    assert.deepEqual(f.related?.map((r) => [r.file, r.message, textAt(files['2026-01-05.yaml']!, r.range)]), [
      ['p/2026-01-05.yaml', '1st conversation on review-latency: supportive', 'supportive'],
    ]);
  });

  it('flags Socratic questions at the 1st conversation', () => {
    const f = only(run(skippedStage, talks(talk('2026-01-05', 'socratic')), ctx));
    assert.match(f.message, /Socratic conversation at the 1st.*supportive/);
  });

  it('is quiet when the stages come in order, and for a plan at the 3rd or 4th conversation', () => {
    assert.deepEqual(run(skippedStage, talks(sup, soc, talk('2026-02-02', 'plan'), talk('2026-02-16', 'plan')), ctx), []);
    assert.deepEqual(run(skippedStage, talks(sup, talk('2026-01-19', 'supportive')), ctx), []);
  });

  it('lets a conduct exception with a reason skip stages, for its review and later plans of the episode too', () => {
    const plan = talk('2026-01-05', 'plan', { body: `${EXCEPTION}\n${COMPLETE.plan}` });
    assert.deepEqual(run(skippedStage, talks(plan), ctx), []);
    assert.deepEqual(run(skippedStage, talks(plan, talk('2026-02-02', 'plan', { body: REVIEW, status: 'resolved' })), ctx), []);
    assert.deepEqual(run(skippedStage, talks(plan, talk('2026-02-02', 'plan')), ctx), []);
    assert.deepEqual(run(skippedStage, talks(talk('2026-01-05', 'socratic', { body: EXCEPTION.replace('conduct', 'safety') })), ctx), []);
  });

  it('an exception covers its own episode only: the topic back 181 days after resolution starts over', () => {
    const resolved = talk('2026-01-05', 'plan', { body: EXCEPTION, status: 'resolved' });
    assert.deepEqual(run(skippedStage, talks(resolved, talk(addDays('2026-01-05', 180), 'plan')), ctx), []);
    const f = only(run(skippedStage, talks(resolved, talk(addDays('2026-01-05', 181), 'plan')), ctx));
    assert.match(f.message, /at the 1st conversation/);
  });

  it('a review entry is never a skipped stage', () => {
    assert.deepEqual(run(skippedStage, talks(sup, talk('2026-01-19', 'plan', { body: REVIEW })), ctx), []);
  });

  it('changing the stance fixes it, keeping the comments', () => {
    const files = talks(sup, talk('2026-01-19', 'plan'));
    const fixed = applyFix(files, run(skippedStage, files, ctx)[0]!.fixes![0]!);
    assert.match(fixed['2026-01-19.yaml']!, /# the topic of this 1:1\n {2}- id: review-latency\n {4}stance: socratic\n/);
    assert.deepEqual(run(skippedStage, fixed, ctx), []);
  });

  it('the exception fix adds a conduct exception under the stance; it counts once its reason is written', () => {
    const files = talks(talk('2026-01-05', 'plan'));
    const fixed = applyFix(files, run(skippedStage, files, ctx)[0]!.fixes![1]!);
    const text = fixed['2026-01-05.yaml']!;
    assert.match(text, /stance: plan\n {4}exception: \{ kind: conduct, reason: <why this cannot wait for the usual stages> \}\n {4}goals:/);
    assert.equal(run(skippedStage, fixed, ctx).length, 1, 'the placeholder reason is not a reason');
    const written = { '2026-01-05.yaml': text.replace(/<why[^>]*>/, 'Shouted at a colleague in the retro') };
    assert.deepEqual(run(skippedStage, written, ctx), []);
  });

  it('offers no exception fix when exception is already written, even empty', () => {
    const f = only(run(skippedStage, talks(talk('2026-01-05', 'socratic', { body: '    exception:\n    questions: [What helps?]' })), ctx));
    assert.deepEqual(f.fixes?.map((x) => x.title), ['Change the stance to supportive']);
  });

  it('is silent when turned off', () => {
    assert.deepEqual(run(skippedStage, talks(talk('2026-01-05', 'plan')), ctxOn('2026-06-01', { severities: { 'escalation/skipped-stage': 'off' } })), []);
  });
});
