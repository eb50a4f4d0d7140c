import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { parse } from 'yaml';
import { withDefaults } from '../../src/core/checks/settings';
import { loadNotesFile } from '../../src/core/reading/loader';
import { NotesIndex } from '../../src/core/people/notesIndex';
import type { PersonNotes } from '../../src/core/people/personNotes';
import { carryOver, newOneOnOneText } from '../../src/core/templates/newOneOnOne';
import { expectedStanceIn } from '../../src/core/templates/topicStance';

const ctx = { today: '2026-03-16', settings: withDefaults() };

const FILES: Record<string, string> = {
  'sam/person.yaml': 'name: Sam Lee\nprofessional: true\n',
  'sam/2026-03-02.yaml': `date: 2026-03-02
feedback:
  - kind: corrective
    observed: 2026-03-01
    behaviour: Merged without a review
  - kind: corrective
    observed: 2026-02-27
    behaviour: "Deploy on a Friday: no rollback plan"
    followUp: { state: resolved, date: 2026-03-02 }
  - kind: positive
    observed: 2026-03-02
    behaviour: Mentored the new hire
topics:
  - id: reviews
    title: Review turnaround
    stance: supportive
    expectation: First response within a working day
  - id: estimates
    stance: supportive
    status: resolved
actions:
  - text: Book a pairing slot
    owner: me
    due: 2026-03-05
  - text: Share the checklist
    owner: them
    done: 2026-03-04
`,
  'sam/2026-03-09.yaml': `date: 2026-03-09
topics:
  - id: reviews
    stance: socratic
    questions: What got in the way?
  - id: on-call
    stance: supportive
    status: improving
actions:
  - text: Read the incident guide
    owner: them
    done: false
`,
  'sam/feedback.yaml': `feedback:
  - kind: positive
    observed: 2026-03-12
    given: not-yet
    behaviour: Calm incident call
  - kind: corrective
    observed: 2026-03-10
    given: 2026-03-10
    behaviour: Skipped the stand-up notes
    followUp: { state: improving, date: 2026-03-13 }
`,
};

function notesOf(files: Record<string, string>, person = 'sam'): PersonNotes {
  const index = NotesIndex.fromLoaded(Object.entries(files).map(([f, t]) => loadNotesFile(f, t)));
  for (const f of index.files()) assert.deepEqual(index.loaded(f)?.findings, [], `fixture ${f} loads clean`);
  const notes = index.notes(person);
  assert.ok(notes);
  return notes;
}

describe('templates: a new 1:1 from a person\'s notes', () => {
  const notes = notesOf(FILES);
  const text = newOneOnOneText(notes, '2026-03-16', ctx);

  it('loads with zero findings under its own name', () => {
    const loaded = loadNotesFile('sam/2026-03-16.yaml', text);
    assert.deepEqual(loaded.findings, [], text);
    assert.ok(loaded.kind === 'oneOnOne');
    assert.equal(loaded.data?.date, '2026-03-16');
  });

  it('carries over exactly the open topics, at the stance the model expects next', () => {
    const data = parse(text);
    assert.deepEqual(data.topics.map((t: { id: string; stance: string }) => [t.id, t.stance]), [['reviews', 'plan'], ['on-call', 'socratic']]);
    assert.match(text, /- id: reviews {3}# Review turnaround/);
    assert.match(text, /stance: plan {3}# 3rd conversation on this topic/);
  });

  it("writes the expected stance's keys, the three Es and, for a professional, the shared purpose first", () => {
    const data = parse(text);
    const plan = data.topics[0];
    assert.deepEqual(Object.keys(plan), ['id', 'stance', 'sharedPurpose', 'goals', 'measures', 'support', 'timeline', 'reviewDate', 'review', 'explanation', 'encouragement', 'empowerment', 'status']);
    assert.equal(plan.status, 'open');
    assert.deepEqual(Object.keys(data.topics[1]).slice(2, 8), ['sharedPurpose', 'questions', 'barriers', 'rootCause', 'theirView', 'support']);
  });

  it('lists feedback to give, corrective feedback awaiting follow-up and open actions on the agenda, pointing at where they were written', () => {
    assert.deepEqual((loadNotesFile('sam/2026-03-16.yaml', text).data as { agenda: string[] }).agenda, [
      'Give positive feedback observed 2026-03-12 (feedback.yaml): Calm incident call',
      'Follow up on feedback given 2026-03-02 (2026-03-02.yaml): Merged without a review',
      'Follow up on feedback given 2026-03-10 (feedback.yaml): Skipped the stand-up notes',
      'Open action for me, due 2026-03-05 (2026-03-02.yaml): Book a pairing slot',
      'Open action for them (2026-03-09.yaml): Read the incident guide',
    ]);
    const c = carryOver(notes, ctx);
    assert.deepEqual([c.toGive.length, c.followUps.length, c.actions.length, c.topics.length], [1, 2, 2, 2]);
  });

  it('counts as a planned 1:1 until written: no conversation, no 1:1 held, and the same stances carried over again', () => {
    const withIt = notesOf({ ...FILES, 'sam/2026-03-16.yaml': text });
    assert.deepEqual(withIt.topicThreads.map((t) => [t.topicId, t.conversations.length]), notes.topicThreads.map((t) => [t.topicId, t.conversations.length]));
    assert.equal(withIt.unwritten.conversations.length, 2);
    assert.equal(withIt.oneOnOnes.find((o) => o.date === '2026-03-16')?.written, false);
    assert.equal(newOneOnOneText(withIt, '2026-03-16', ctx), text);
  });

  it('writes a placeholder for what is to be written, and puts no title placeholder where a name belongs', () => {
    assert.match(text, /^notes: \|\n {2}<what you could share with them>$/m);
    assert.match(text, /^ {4}goals:\n {6}- <one specific goal, observable by both of you>$/m);
    assert.doesNotMatch(text, /title:/);
  });

  it('after a plan, the next conversation continues the plan with room for its review', () => {
    const files = { 'kim/person.yaml': 'name: Kim\n', 'kim/2026-01-05.yaml': 'date: 2026-01-05\ntopics:\n  - id: tests\n    stance: plan\n    goals: Cover exports\n    reviewDate: 2026-02-02\n' };
    const out = newOneOnOneText(notesOf(files, 'kim'), '2026-02-02', ctx);
    assert.deepEqual(loadNotesFile('kim/2026-02-02.yaml', out).findings, []);
    const topic = parse(out).topics[0];
    assert.deepEqual(Object.keys(topic), ['id', 'stance', 'review', 'explanation', 'encouragement', 'empowerment', 'status']);
    assert.match(out, /the plan continues/);
    assert.doesNotMatch(out, /^ {2}- "?(Give|Follow|Open)/m);
  });

  it('a person with nothing open gets an empty, valid 1:1', () => {
    const out = newOneOnOneText(notesOf({ 'new/person.yaml': 'name: "Zoë: new"\n' }, 'new'), '2026-03-16', ctx);
    const loaded = loadNotesFile('new/2026-03-16.yaml', out);
    assert.deepEqual(loaded.findings, []);
    assert.ok(loaded.kind === 'oneOnOne');
    assert.deepEqual([loaded.data?.agenda, loaded.data?.topics, loaded.data?.actions], [[], [], []]);
  });

  it('quotes carried-over texts that YAML would otherwise misread', () => {
    const files = { 'q/2026-01-05.yaml': 'date: 2026-01-05\nactions:\n  - text: "#1 priority: ship it"\n    owner: me\n' };
    const out = newOneOnOneText(notesOf(files, 'q'), '2026-01-06', ctx);
    const agenda = (loadNotesFile('q/2026-01-06.yaml', out).data as { agenda: string[] }).agenda;
    assert.deepEqual(agenda, ['Open action for me (2026-01-05.yaml): #1 priority: ship it']);
    assert.match(out, /^ {2}- 'Open action for me \(2026-01-05\.yaml\): #1 priority: ship it'$/m);
  });
});

describe('templates: the stance expected for a topic in a given 1:1', () => {
  const notes = notesOf(FILES);
  const settings = withDefaults();
  it('counts only conversations before that 1:1', () => {
    assert.equal(expectedStanceIn(notes, 'reviews', { date: '2026-03-02', suffix: '' }, settings), 'supportive');
    assert.equal(expectedStanceIn(notes, 'reviews', { date: '2026-03-09', suffix: '' }, settings), 'socratic');
    assert.equal(expectedStanceIn(notes, 'reviews', { date: '2026-03-09', suffix: 'b' }, settings), 'plan');
    assert.equal(expectedStanceIn(notes, 'new-topic', { date: '2026-03-16', suffix: '' }, settings), 'supportive');
    assert.equal(expectedStanceIn(undefined, 'reviews', { date: '2026-03-16', suffix: '' }, settings), 'supportive');
  });
  it('a topic resolved long ago starts over; resolved recently, the count goes on', () => {
    assert.equal(expectedStanceIn(notes, 'estimates', { date: '2026-03-09', suffix: '' }, settings), 'socratic');
    assert.equal(expectedStanceIn(notes, 'estimates', { date: '2026-12-01', suffix: '' }, settings), 'supportive');
  });
});
