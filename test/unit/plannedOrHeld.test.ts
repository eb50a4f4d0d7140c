// Planned versus held (personNotes.ts): what makes an entry a conversation, and a 1:1 a meeting held.
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { checkPerson } from '../../src/core/checks/engine';
import { heldOneOnOnes, isWritten } from '../../src/core/people/personNotes';
import { ctxOn, notesOf } from './checks/builders';

/** Whether a topic entry with these keys (after `id` and `stance`) counts as a conversation. */
function counts(keys: string, stance = 'supportive'): boolean {
  const notes = notesOf({ '2026-11-20.yaml': `date: 2026-11-20\nnotes: Met.\ntopics:\n  - id: t\n    stance: ${stance}\n${keys}` });
  assert.equal(notes.topicThreads.length + notes.unwritten.conversations.length, 1);
  return notes.topicThreads.length === 1;
}

describe('planned versus held', () => {
  it('an id, a stance, a title, status open, comments, empty keys and placeholders are not a conversation', () => {
    assert.equal(counts(''), false);
    assert.equal(counts('    title: Review turnaround   # named, not held\n    status: open\n'), false);
    assert.equal(counts('    # we will talk about it\n    expectation:\n    support: []\n    questions:\n      - <a question to clarify the situation>\n'), false);
    assert.equal(counts('    gap: <the gap you assume (knowledge, skill or unclear-expectation)>\n    reviewDate: <the day you review the plan, YYYY-MM-DD>\n', 'plan'), false);
    assert.equal(counts('    exception: { kind: conduct, reason: <why this cannot wait for the usual stages> }\n', 'plan'), false);
    assert.equal(counts('    review: { outcome: <what the review found> }\n', 'plan'), false);
    assert.equal(counts('    theirView: |\n      <their view, in their own words>\n', 'socratic'), false);
  });

  it('any one thing really written is: a key of the stance, the three Es, notes, a gap, a status other than open', () => {
    assert.equal(counts('    expectation: A first response within a day.\n'), true);
    assert.equal(counts('    explanation: Waiting blocks the team.\n'), true);
    assert.equal(counts('    notes: Short, she was ill.\n'), true);
    assert.equal(counts('    gap: skill\n'), true);
    assert.equal(counts('    status: resolved\n'), true);
    assert.equal(counts('    review: { outcome: Goals met. }\n', 'plan'), true);
    assert.equal(counts('    exception: { kind: safety, reason: Disabled the deploy check twice. }\n', 'plan'), true);
    assert.equal(counts('    questions:\n      - <a question to clarify the situation>\n      - What got in the way?\n', 'socratic'), true);
  });

  it('feedback and action items count once their behaviour or text is more than a placeholder', () => {
    const feedback = (behaviour: string) => ({ item: { kind: 'positive' as const, observed: '2026-11-20', behaviour, support: [] } });
    assert.equal(isWritten(feedback('<what they did>')), false);
    assert.equal(isWritten(feedback('Ran the demo.')), true);
    assert.equal(isWritten({ item: { text: '<what will be done>', owner: 'me', done: false } }), false);
  });

  it('a 1:1 is held once it is dated today or earlier and holds notes, private notes or a written entry; an agenda alone is a plan', () => {
    const oneOnOne = (date: string, body: string) => [`${date}.yaml`, `date: ${date}\n${body}`] as const;
    const notes = notesOf(Object.fromEntries([
      oneOnOne('2026-11-02', 'private: Tired.\n'),
      oneOnOne('2026-11-09', 'agenda: [Offsite, Rota]\nnotes: |\n  <what you could share with them>\n'),
      oneOnOne('2026-11-16', 'actions:\n  - text: Book the room\n    owner: me\n'),
      oneOnOne('2026-11-23', 'topics:\n  - id: t\n    stance: supportive\n    status: open\n'),
      oneOnOne('2026-11-30', 'notes: Written ahead.\n'),
    ]));
    assert.deepEqual(heldOneOnOnes(notes, '2026-11-27').map((o) => o.date), ['2026-11-02', '2026-11-16']);
    assert.deepEqual(heldOneOnOnes(notes, '2026-11-30').map((o) => o.date), ['2026-11-02', '2026-11-16', '2026-11-30']);
  });

  it('a 1:1 prepared for today raises no finding about empty content, and moves no stage', () => {
    const files = {
      'person.yaml': 'name: Ana\ncadence: weekly\n',
      '2026-11-13.yaml': 'date: 2026-11-13\ntopics:\n  - id: t\n    stance: supportive\n    expectation: A first response within a day.\n    support: [Pairing]\n    explanation: Waiting blocks the team.\n',
      '2026-11-20.yaml': 'date: 2026-11-20\ntopics:\n  - id: t\n    stance: socratic\n    questions: [What got in the way?]\n    theirView: Too many requests at once.\n    encouragement: Your reviews are thorough.\n',
    };
    const before = checkPerson(notesOf(files), ctxOn('2026-11-27')).map((f) => f.code);
    const prepared = 'date: 2026-11-27\ntopics:\n  - id: t\n    stance: plan\n    goals:\n      - <one specific goal, observable by both of you>\n    measures:\n      - <how you will both see progress>\n    explanation: <why it matters, for the team, users or them>\n    status: open\n';
    const after = checkPerson(notesOf({ ...files, '2026-11-27.yaml': prepared, '2026-11-27b.yaml': prepared }), ctxOn('2026-11-27')).map((f) => f.code);
    assert.deepEqual(after, before);
    assert.deepEqual(after.filter((c) => /empty-stage|three-es|stuck|skipped/.test(c)), []);
  });
});
