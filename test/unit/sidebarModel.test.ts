import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import type { Finding } from '../../src/core/findings';
import {
  actionDescription, awaitingFollowUp, feedbackDescription, findingsOn, oneLine, openActions, openTopics, personDescription,
  recentOneOnOnes, relativeDay, topicDescription, worstSeverity,
} from '../../src/core/workspace/sidebarModel';
import { ctxOn, notesOf } from './checks/builders';

const today = '2026-03-20';
const ctx = ctxOn(today);
const person = 'name: Ada Lovelace\nrole: Staff engineer\n';

/** A 1:1 with the given body, else a line of notes (a 1:1 with nothing written is only planned). */
function oneOnOne(date: string, body = 'notes: Met.\n'): string {
  return `date: ${date}\n${body}`;
}

/** A topic conversation with something written in it. */
function topic(id: string, stance: string, status = 'open'): string {
  return `  - id: ${id}\n    stance: ${stance}\n    notes: Talked it through.\n    status: ${status}\n`;
}

describe('sidebar model', () => {
  it('says when: today, yesterday, n days ago, tomorrow, in n days', () => {
    assert.deepEqual(
      ['2026-03-20', '2026-03-19', '2026-03-16', '2026-03-21', '2026-03-23'].map((d) => relativeDay(d, today)),
      ['today', 'yesterday', '4 days ago', 'tomorrow', 'in 3 days'],
    );
  });

  it('describes a person by role and the last 1:1 held (a later file is not held yet)', () => {
    const notes = notesOf({ 'person.yaml': person, '2026-03-02.yaml': oneOnOne('2026-03-02'), '2026-03-16.yaml': oneOnOne('2026-03-16'), '2026-03-30.yaml': oneOnOne('2026-03-30') });
    assert.equal(personDescription(notes, today), 'last 1:1 4 days ago · Staff engineer');
    assert.equal(personDescription(notesOf({ 'person.yaml': 'name: Bo\n' }), today), 'no 1:1 yet');
    const prepared = notesOf({ 'person.yaml': person, '2026-03-16.yaml': oneOnOne('2026-03-16'), '2026-03-20.yaml': oneOnOne('2026-03-20', 'agenda: [Offsite]\n') });
    assert.equal(personDescription(prepared, today), 'last 1:1 4 days ago · Staff engineer', 'today\'s file with only an agenda is not held');
  });

  it('lists open topics with the stage the model expects next', () => {
    const notes = notesOf({
      'person.yaml': person,
      '2026-03-02.yaml': oneOnOne('2026-03-02', `topics:\n${topic('reviews', 'supportive')}${topic('estimates', 'supportive')}${topic('docs', 'supportive')}`),
      '2026-03-09.yaml': oneOnOne('2026-03-09', `topics:\n${topic('reviews', 'socratic')}${topic('docs', 'supportive', 'resolved')}`),
      '2026-03-16.yaml': oneOnOne('2026-03-16', `topics:\n${topic('reviews', 'socratic')}`),
    });
    const open = openTopics(notes, ctx);
    assert.deepEqual(open.map((t) => [t.thread.topicId, t.held, topicDescription(t, today), t.latest.date]), [
      ['estimates', 1, '2 of 3 · Socratic', '2026-03-02'],
      ['reviews', 3, '3 of 3 · Formal plan', '2026-03-16'],
    ]);
  });

  it('says where a written plan stands: review due on a date, overdue, missing, or held', () => {
    const plan = (id: string, extra: string) => `  - id: ${id}\n    stance: plan\n    goals: [Reviews answered within a day]\n${extra}`;
    const notes = notesOf({
      'person.yaml': person,
      '2026-02-02.yaml': oneOnOne('2026-02-02', `topics:\n${['due', 'late', 'undated', 'held'].map((id) => topic(id, 'supportive')).join('')}`),
      '2026-02-09.yaml': oneOnOne('2026-02-09', `topics:\n${['due', 'late', 'undated', 'held'].map((id) => topic(id, 'socratic')).join('')}`),
      '2026-02-16.yaml': oneOnOne('2026-02-16', `topics:\n${plan('due', '    reviewDate: 2026-04-01\n')}${plan('late', '    reviewDate: 2026-03-13\n')}${plan('undated', '')}${plan('held', '    reviewDate: 2026-03-09\n')}`),
      '2026-03-09.yaml': oneOnOne('2026-03-09', 'topics:\n  - id: held\n    stance: plan\n    review: { outcome: Two of three goals met }\n'),
    });
    assert.deepEqual(openTopics(notes, ctx).map((t) => [t.thread.topicId, topicDescription(t, today)]), [
      ['due', 'plan · review due 2026-04-01'],
      ['held', 'plan · reviewed, still open'],
      ['late', 'plan · review overdue'],
      ['undated', 'plan · no review date'],
    ]);
  });

  it('does not count a conversation prepared but not written: the stage and count stay as they were', () => {
    const files = {
      'person.yaml': person,
      '2026-03-02.yaml': oneOnOne('2026-03-02', `topics:\n${topic('reviews', 'supportive')}`),
      '2026-03-09.yaml': oneOnOne('2026-03-09', `topics:\n${topic('reviews', 'socratic')}`),
    };
    const before = openTopics(notesOf(files), ctx).map((t) => [t.held, topicDescription(t, today)]);
    const prepared = 'topics:\n  - id: reviews\n    title: <a readable name for the topic>\n    stance: plan   # 3rd conversation\n    goals:\n      - <one specific goal>\n    reviewDate: <when you review the plan (YYYY-MM-DD)>\n    status: open\n';
    const after = notesOf({ ...files, '2026-03-20.yaml': oneOnOne('2026-03-20', prepared), '2026-03-20b.yaml': oneOnOne('2026-03-20', prepared) });
    assert.deepEqual(openTopics(after, ctx).map((t) => [t.held, topicDescription(t, today)]), before);
    assert.deepEqual(before, [[2, '3 of 3 · Formal plan']]);
    assert.equal(openTopics(after, ctx)[0]?.thread.title, undefined, 'a placeholder title is no name');
  });

  it('keeps feedback awaiting follow-up: not given yet, or corrective and not resolved', () => {
    const item = (kind: string, observed: string, given: string, extra = '') =>
      `  - kind: ${kind}\n    observed: ${observed}\n    given: ${given}\n    behaviour: ${kind} on ${observed}\n${extra}`;
    const notes = notesOf({
      'person.yaml': person,
      'feedback.yaml': 'feedback:\n'
        + item('corrective', '2026-03-04', '2026-03-04')
        + item('positive', '2026-03-05', 'not-yet')
        + item('positive', '2026-03-06', '2026-03-06')
        + item('corrective', '2026-03-07', '2026-03-07', '    followUp: { state: resolved, date: 2026-03-14 }\n')
        + item('corrective', '2026-03-08', '2026-03-08', '    followUp: { state: improving, date: 2026-03-15 }\n'),
    });
    assert.deepEqual(awaitingFollowUp(notes).map((f) => feedbackDescription(f, today)), [
      'corrective · given 16 days ago',
      'positive · observed 15 days ago, not given yet',
      'corrective · given 12 days ago · improving 5 days ago',
    ]);
  });

  it('treats a later conversation that resolved the feedback topic as its follow-up', () => {
    const notes = notesOf({
      'person.yaml': person,
      'feedback.yaml': 'feedback:\n  - kind: corrective\n    observed: 2026-03-01\n    given: 2026-03-01\n    behaviour: x\n    topic: reviews\n',
      '2026-03-09.yaml': oneOnOne('2026-03-09', `topics:\n${topic('reviews', 'supportive', 'resolved')}`),
    });
    assert.deepEqual(awaitingFollowUp(notes), []);
  });

  it('shows the last five 1:1s newest first, and open actions with owner and due', () => {
    const files: Record<string, string> = { 'person.yaml': person };
    for (let d = 1; d <= 7; d++) files[`2026-03-0${d}.yaml`] = oneOnOne(`2026-03-0${d}`);
    files['2026-03-07.yaml'] = oneOnOne('2026-03-07', 'actions:\n  - text: Book the room\n    owner: me\n    due: 2026-03-17\n  - text: Draft the RFC\n    owner: them\n  - text: Done already\n    owner: me\n    done: 2026-03-08\n');
    const notes = notesOf(files);
    assert.deepEqual(recentOneOnOnes(notes).map((o) => o.date), ['2026-03-07', '2026-03-06', '2026-03-05', '2026-03-04', '2026-03-03']);
    assert.deepEqual(openActions(notes).map((a) => actionDescription(a, 'Ada Lovelace', today)), ['you · due 2026-03-17 (3 days ago)', 'Ada · no due date']);
  });

  it('finds the worst finding that starts inside an entry', () => {
    const notes = notesOf({ 'person.yaml': person, '2026-03-07.yaml': oneOnOne('2026-03-07', 'actions:\n  - text: A\n    owner: me\n  - text: B\n    owner: me\n') });
    const [first, second] = notes.actions;
    assert.ok(first && second);
    const at = (line: number, severity: Finding['severity']): Finding => ({
      code: 'x', severity, message: '', file: first.file, range: { start: { line, character: 4 }, end: { line, character: 6 } },
    });
    const findings = [at(2, 'hint'), at(3, 'warning'), at(4, 'error')];
    assert.equal(worstSeverity(findingsOn(first, findings)), 'warning');
    assert.equal(worstSeverity(findingsOn(second, findings)), 'error');
    assert.equal(worstSeverity([]), undefined);
  });

  it('cuts labels to one line', () => {
    assert.equal(oneLine('first line\nsecond'), 'first line');
    assert.equal(oneLine('x'.repeat(100), 10), `${'x'.repeat(9)}…`);
  });
});
