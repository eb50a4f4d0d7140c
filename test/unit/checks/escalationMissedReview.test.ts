import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { REVIEW_PLACEHOLDER } from '../../../src/core/checks/escalation/episodes';
import { missedReview } from '../../../src/core/checks/escalation/missedReview';
import { readNotesText, type LineInsertion } from '../../../src/core/templates/placement';
import { reviewInsertion, reviewTarget } from '../../../src/core/templates/reviewEntry';
import { ctxOn, notesOf, only, run, textAt } from './builders';
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
    assert.equal(f.message, 'The plan on review-latency was due for review on 2026-03-10 (1 day ago), and no review is written since. '
      + 'Looked at: the plan entry of 2026-02-10; no conversation on the topic is written after it.');
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

  it('is satisfied by a review written on the plan entry itself, with the day it was held', () => {
    const reviewed = talk('2026-02-10', 'plan', { body: `${COMPLETE.plan.replace('2026-12-31', DUE)}\n    review: { outcome: Goals met., date: 2026-03-10 }` });
    assert.deepEqual(run(missedReview, talks(reviewed), ctxOn('2026-04-01')), []);
  });

  it('is satisfied by a review on the plan entry that takes the 1:1 date, or is dated that day, when it is the first plan', () => {
    const undated = talk('2026-02-10', 'plan', { body: `${COMPLETE.plan.replace('2026-12-31', DUE)}\n    review: { outcome: Goals met. }` });
    assert.deepEqual(run(missedReview, talks(undated), ctxOn('2026-04-01')), []);
    const sameDay = talk('2026-02-10', 'plan', { body: `${COMPLETE.plan.replace('2026-12-31', DUE)}\n    review: { outcome: Goals met., date: 2026-02-10 }` });
    assert.deepEqual(run(missedReview, talks(sameDay), ctxOn('2026-04-01')), []);
    const improving = talk('2026-02-10', 'plan', { body: `${COMPLETE.plan.replace('2026-12-31', DUE)}\n    review: { outcome: Better; we keep going. }`, status: 'improving' });
    assert.deepEqual(run(missedReview, talks(improving), ctxOn('2026-04-01')), []);
  });

  it('on a revised plan, a review not dated after its 1:1 is the review of the plan before, not of the new one', () => {
    const sameDay = talk('2026-03-10', 'plan', { body: `    review: { outcome: Two of three goals met; we keep going., date: 2026-03-10 }\n${COMPLETE.plan.replace('2026-12-31', '2026-04-10')}` });
    assert.equal(only(run(missedReview, talks(plan, sameDay), ctxOn('2026-04-11'))).file, 'p/2026-03-10.yaml');
    const later = talk('2026-03-10', 'plan', { body: `    review: { outcome: New goals met., date: 2026-04-09 }\n${COMPLETE.plan.replace('2026-12-31', '2026-04-10')}` });
    assert.deepEqual(run(missedReview, talks(plan, later), ctxOn('2026-04-11')), []);
  });

  it('does not take the placeholder outcome for a review', () => {
    const started = talk('2026-03-12', 'plan', { body: `    review:\n      outcome: ${REVIEW_PLACEHOLDER}` });
    assert.equal(run(missedReview, talks(plan, started), ctxOn('2026-04-01')).length, 1);
  });

  it('offers to add the review, as a command about the plan entry', () => {
    const f = only(run(missedReview, talks(plan), ctxOn('2026-03-11')));
    assert.deepEqual(f.fixes, [{ title: 'Add the review of this plan', edits: [], command: { kind: 'add-review', file: 'p/2026-02-10.yaml', path: 'topics.0' } }]);
  });
});

/** `text` with the insertion applied. */
function inserted(text: string, ins: LineInsertion | undefined): string {
  assert.ok(ins, 'something is inserted');
  const lines = text.split('\n');
  if (ins.newlineFirst) return `${text}\n${ins.lines.join('\n')}\n`;
  lines.splice(ins.line, 0, ...ins.lines);
  return lines.join('\n');
}

describe('adding the review of a plan', () => {
  const TODAY = '2026-03-20';
  const [planFile, planText] = plan;

  it('writes it on the plan entry, dated today, when there is no 1:1 today', () => {
    const files = talks(plan, talk('2026-03-12', 'socratic', { topic: 'other' }));
    const target = reviewTarget(notesOf(files), `p/${planFile}`, 'topics.0', TODAY);
    assert.deepEqual(target, { kind: 'on-plan', file: 'p/2026-02-10.yaml', path: 'topics.0', topicId: 'review-latency' });
    const text = inserted(planText, reviewInsertion(target!, readNotesText(planText, 'oneOnOne'), TODAY));
    assert.ok(text.startsWith(planText.trimEnd()), `only lines are added at the end of the entry:\n${text}`);
    assert.ok(text.endsWith(`    review:\n      outcome: ${REVIEW_PLACEHOLDER}\n      date: ${TODAY}\n`), text);
    assert.ok(text.includes('  # the topic of this 1:1'), 'comments stay');
    const written = { ...files, [planFile]: text.replace(REVIEW_PLACEHOLDER, 'Two goals met; plan closed.') };
    assert.deepEqual(run(missedReview, { ...files, [planFile]: text }, ctxOn(TODAY)).length, 1, 'the placeholder is not a review yet');
    assert.deepEqual(run(missedReview, written, ctxOn(TODAY)), [], 'the written review is');
  });

  it("writes it as a new plan entry in today's 1:1, at the end of its topics", () => {
    const today = talk(TODAY, 'supportive', { topic: 'other' });
    const files = talks(plan, today);
    const target = reviewTarget(notesOf(files), `p/${planFile}`, 'topics.0', TODAY);
    assert.deepEqual(target, { kind: 'today', file: `p/${TODAY}.yaml`, topicId: 'review-latency' });
    const text = inserted(today[1], reviewInsertion(target!, readNotesText(today[1], 'oneOnOne'), TODAY));
    assert.ok(text.endsWith(`  - id: review-latency\n    stance: plan\n    review:\n      outcome: ${REVIEW_PLACEHOLDER}\n`), text);
    const written = { ...files, [today[0]]: text.replace(REVIEW_PLACEHOLDER, 'Goals met.') };
    assert.deepEqual(run(missedReview, written, ctxOn(TODAY)), []);
  });

  it("adds a review to today's entry on the topic when the 1:1 already has one, and nothing when it has a review", () => {
    const today = talk(TODAY, 'plan', { body: '    notes: Talked it through.' });
    const target = reviewTarget(notesOf(talks(plan, today)), `p/${planFile}`, 'topics.0', TODAY);
    const text = inserted(today[1], reviewInsertion(target!, readNotesText(today[1], 'oneOnOne'), TODAY));
    assert.ok(text.endsWith(`    notes: Talked it through.\n    review:\n      outcome: ${REVIEW_PLACEHOLDER}\n`), text);
    assert.equal(reviewInsertion(target!, readNotesText(text, 'oneOnOne'), TODAY), undefined);
  });

  it('adds the topics list to a 1:1 of today that has none', () => {
    const today: [string, string] = [`${TODAY}.yaml`, `date: ${TODAY}\nagenda: [Roadmap]\n`];
    const target = reviewTarget(notesOf(talks(plan, today)), `p/${planFile}`, 'topics.0', TODAY);
    const text = inserted(today[1], reviewInsertion(target!, readNotesText(today[1], 'oneOnOne'), TODAY));
    assert.equal(text, `date: ${TODAY}\nagenda: [Roadmap]\ntopics:\n  - id: review-latency\n    stance: plan\n    review:\n      outcome: ${REVIEW_PLACEHOLDER}\n`);
  });

  it('finds no plan at a path that holds none', () => {
    assert.equal(reviewTarget(notesOf(talks(plan)), `p/${planFile}`, 'topics.3', TODAY), undefined);
  });
});
