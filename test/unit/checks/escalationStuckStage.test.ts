import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { addDays } from '../../../src/core/dates';
import { stuckStage } from '../../../src/core/checks/escalation/stuckStage';
import { applyFix, ctxOn, only, run, textAt } from './builders';
import { talk, talks } from './escalationTalks';

const ctx = ctxOn('2026-06-01');
const sup = talk('2026-01-05', 'supportive');
const soc = talk('2026-01-19', 'socratic');

describe('escalation/stuck-stage', () => {
  it('flags a 2nd conversation that is supportive again, on its stance, with the way to socratic', () => {
    const files = talks(sup, talk('2026-01-19', 'supportive'));
    const f = only(run(stuckStage, files, ctx));
    assert.equal(f.severity, 'warning');
    assert.equal(f.file, 'p/2026-01-19.yaml');
    assert.equal(textAt(files['2026-01-19.yaml']!, f.range), 'supportive');
    assert.match(f.message, /2nd conversation on review-latency is supportive: .*Socratic/);
    assert.deepEqual(f.related?.map((r) => r.message), ['1st conversation on review-latency: supportive']);
    assert.deepEqual(f.fixes?.map((x) => x.title), ['Change the stance to socratic']);
  });

  it('flags a 3rd or later conversation without a plan', () => {
    assert.match(only(run(stuckStage, talks(sup, soc, talk('2026-02-02', 'socratic')), ctx)).message, /3rd conversation .* socratic: .*written plan/);
    assert.match(only(run(stuckStage, talks(sup, soc, talk('2026-02-02', 'plan'), talk('2026-02-16', 'supportive')), ctx)).message, /4th conversation/);
  });

  it('is quiet when the stages move on', () => {
    assert.deepEqual(run(stuckStage, talks(sup), ctx), []);
    assert.deepEqual(run(stuckStage, talks(sup, soc), ctx), []);
    assert.deepEqual(run(stuckStage, talks(sup, soc, talk('2026-02-02', 'plan'), talk('2026-02-16', 'plan', { body: '    review: { outcome: Met. }' })), ctx), []);
  });

  it('counts on past a resolution 180 days back, and starts over after 181', () => {
    const resolved = talk('2026-01-05', 'supportive', { status: 'resolved' });
    assert.equal(run(stuckStage, talks(resolved, talk(addDays('2026-01-05', 180), 'supportive')), ctx).length, 1);
    assert.deepEqual(run(stuckStage, talks(resolved, talk(addDays('2026-01-05', 181), 'supportive')), ctx), []);
  });

  it('keeps each topic to its own count', () => {
    const other = talk('2026-01-19', 'supportive', { topic: 'estimates' });
    assert.deepEqual(run(stuckStage, talks(sup, other), ctx), []);
  });

  it('changing the stance fixes it', () => {
    const files = talks(sup, soc, talk('2026-02-02', 'socratic'));
    const fixed = applyFix(files, only(run(stuckStage, files, ctx)).fixes![0]!);
    assert.match(fixed['2026-02-02.yaml']!, /# the topic of this 1:1\n.*\n {4}stance: plan\n/);
    assert.deepEqual(run(stuckStage, fixed, ctx), []);
  });
});
