// A person's history: on the sample team (Ben's three-stage arc, feedback spans, actions) and on
// hand-made notes (the ranges, feedback still waiting from before the range).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { personTimeline } from '../../../src/core/pictures/personTimeline';
import { ctxOn, notesOf } from '../checks/builders';
import { assertHolds } from './locations';
import { sampleCtx, sampleRoot, sampleTeam } from './sampleTeam';
import { held } from './team';

const text = (file: string) => readFileSync(join(sampleRoot, file), 'utf8');

describe("a person's history", () => {
  const team = sampleTeam();
  const ben = team.index.notes('ben-hughes')!;

  it("draws Ben's topic as an arc: supportive, Socratic, plan, then the plan's review, resolved on 3 November", () => {
    const arc = personTimeline(ben, sampleCtx, '6m').topics.find((t) => t.topicId === 'early-warning-on-slips');
    assert.deepEqual(arc?.steps.map((s) => [s.date, s.stage, s.n, s.status]), [
      ['2026-09-08', 'supportive', 1, 'open'], ['2026-09-22', 'socratic', 2, 'open'], ['2026-10-06', 'plan', 3, 'open'], ['2026-11-03', 'review', 4, 'resolved'],
    ]);
    assert.equal(arc?.steps[2]?.reviewDate, '2026-11-03');
    assert.deepEqual(arc?.steps[3]?.review?.date, '2026-11-03');
    assert.match(arc?.steps[3]?.review?.outcome ?? '', /Plan closed/);
    assert.deepEqual(arc?.outcome, { status: 'resolved', date: '2026-11-03' });
    for (const s of arc?.steps ?? []) assertHolds(text, s.at, 'id', 'early-warning-on-slips');
  });

  it('holds the 1:1s, feedback as spans with their delay, and actions with agreed, due and done days, each at its line', () => {
    const t = personTimeline(ben, sampleCtx, '6m');
    assert.deepEqual(t.span, { from: '2026-08-24', to: '2026-11-27' });
    assert.equal(t.oneOnOnes.length, 14);
    for (const o of t.oneOnOnes) assertHolds(text, o.at, 'date', o.date);
    const late = t.feedback.find((f) => f.observed === '2026-11-12' && f.at.file === 'ben-hughes/feedback.yaml');
    assert.deepEqual(late && [late.kind, late.given, late.delay, late.at], ['positive', '2026-11-16', 4, { file: 'ben-hughes/feedback.yaml', line: 24 }]);
    for (const f of t.feedback) assertHolds(text, f.at, 'observed', f.observed);
    const guild = t.actions.filter((a) => a.created === '2026-11-10');
    assert.deepEqual(guild.map((a) => [a.owner, a.due, a.done, a.timing]), [['me', '2026-11-20', undefined, 'overdue'], ['them', '2026-11-24', '2026-11-23', 'on-time']]);
    for (const a of t.actions) assertHolds(text, a.at, 'text', a.text);
  });

  it('a shorter range holds less: three months start on 29 August', () => {
    const short = personTimeline(ben, sampleCtx, '3m');
    assert.deepEqual(short.span, { from: '2026-08-29', to: '2026-11-27' });
    assert.ok(!short.oneOnOnes.some((o) => o.date === '2026-08-25'));
    assert.equal(personTimeline(ben, sampleCtx, 'all').oneOnOnes[0]?.date, '2026-08-25');
  });

  it('keeps feedback not given yet though it was observed before the range, with its age; nothing when nothing was managed', () => {
    const notes = notesOf({
      'person.yaml': 'name: Pat\n',
      '2026-01-10.yaml': held('2026-01-10'),
      'feedback.yaml': 'feedback:\n  - { kind: corrective, observed: 2026-02-01, given: not-yet, behaviour: Skipped the review. }\n',
    });
    const t = personTimeline(notes, ctxOn('2026-11-27'), '3m');
    assert.deepEqual(t.feedback.map((f) => [f.observed, f.given, f.age]), [['2026-02-01', undefined, 299]]);
    assert.deepEqual(t.oneOnOnes, []);
    assert.equal(personTimeline(notes, ctxOn('2026-11-27'), 'all').oneOnOnes.length, 1);
    const later = notesOf({ 'person.yaml': 'name: Later\nsince: 2027-01-04\n' });
    assert.deepEqual(personTimeline(later, ctxOn('2026-11-27'), '1y'), { personId: 'p', name: 'Later', range: '1y', oneOnOnes: [], feedback: [], topics: [], actions: [] });
  });
});
