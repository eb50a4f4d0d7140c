import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import type { Range } from '../../src/core/findings';
import { fieldRange } from '../../src/core/people/located';
import { NotesIndex } from '../../src/core/people/notesIndex';
import { indexSnapshot } from './indexSnapshot';

const person = (name: string) => `name: ${name}\nrole: Engineer\n`;

const march4 = `date: 2026-03-04
feedback:
  - kind: corrective
    observed: 2026-03-02
    behaviour: Merged without review.
    topic: review-discipline
topics:
  - id: review-discipline
    stance: socratic
    questions: What got in the way?
    theirView: The queue was long.
actions:
  - text: Share the branch rules
    owner: me
`;

const march11 = `date: 2026-03-11
topics:
  - id: review-discipline
    stance: plan
    goals: [One approving review before every merge]
  - id: estimates
    stance: supportive
    expectation: Estimates name their assumptions.
`;

const feb25 = `date: 2026-02-25
topics:
  - id: review-discipline
    title: Review discipline
    stance: supportive
    expectation: One approving review before merge.
`;

const feedbackLog = `feedback:
  - kind: positive
    observed: 2026-03-01
    given: 2026-03-01
    behaviour: Explained the trade-offs with numbers.
  - kind: positive
    observed: 2026-03-09
    given: not-yet
    behaviour: Paired with each new engineer on their first deploy.
`;

/** The text a range covers. */
function textAt(text: string, range: Range): string {
  const lines = text.split('\n');
  if (range.start.line !== range.end.line) throw new Error('multi-line range');
  return (lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
}

function indexOf(files: Record<string, string>): NotesIndex {
  const index = new NotesIndex();
  for (const [file, text] of Object.entries(files)) index.update(file, text);
  return index;
}

describe('NotesIndex', () => {
  it('adds, changes and removes a 1:1, re-deriving that person only', () => {
    const index = indexOf({ 'ada/person.yaml': person('Ada Lee'), 'bo/person.yaml': person('Bo Chen'), 'ada/2026-03-04.yaml': march4 });
    const boBefore = index.notes('bo');
    assert.deepEqual(index.oneOnOnes('ada').map((o) => o.file), ['ada/2026-03-04.yaml']);
    assert.equal(index.actions('ada').length, 1);

    index.update('ada/2026-03-11.yaml', march11);
    assert.deepEqual(index.oneOnOnes('ada').map((o) => o.date), ['2026-03-04', '2026-03-11']);
    assert.equal(index.notes('bo'), boBefore, 'another person is not re-derived');

    index.update('ada/2026-03-04.yaml', march4.replace(/actions:[\s\S]*$/, ''));
    assert.equal(index.actions('ada').length, 0);

    index.remove('ada/2026-03-11.yaml');
    assert.deepEqual(index.oneOnOnes('ada').map((o) => o.date), ['2026-03-04']);
    assert.deepEqual(index.topicThreads('ada').map((t) => t.topicId), ['review-discipline']);
    assert.deepEqual(index.files(), ['ada/2026-03-04.yaml', 'ada/person.yaml', 'bo/person.yaml']);
  });

  it('threads the conversations on a topic in 1:1 order, and re-orders when an earlier 1:1 arrives', () => {
    const index = indexOf({ 'ada/2026-03-11.yaml': march11, 'ada/2026-03-04.yaml': march4 });
    const thread = () => index.topicThreads('ada').find((t) => t.topicId === 'review-discipline');
    assert.deepEqual(thread()?.conversations.map((c) => [c.date, c.stance]), [['2026-03-04', 'socratic'], ['2026-03-11', 'plan']]);

    index.update('ada/2026-02-25.yaml', feb25);
    assert.deepEqual(thread()?.conversations.map((c) => [c.date, c.stance, c.status]), [
      ['2026-02-25', 'supportive', 'open'], ['2026-03-04', 'socratic', 'open'], ['2026-03-11', 'plan', 'open'],
    ]);
    assert.equal(thread()?.title, 'Review discipline');
    assert.deepEqual(index.topicThreads('ada').map((t) => t.topicId), ['review-discipline', 'estimates']);
  });

  it('orders threads that start in the same 1:1 by topic id', () => {
    const index = indexOf({ 'ada/2026-03-11.yaml': march11.replace('id: review-discipline', 'id: zebra') });
    assert.deepEqual(index.topicThreads('ada').map((t) => t.topicId), ['estimates', 'zebra']);
  });

  it('collects feedback from 1:1s and feedback.yaml, with given defaulting to the 1:1 date', () => {
    const index = indexOf({ 'ada/2026-03-04.yaml': march4, 'ada/feedback.yaml': feedbackLog });
    const feedback = index.feedback('ada');
    assert.deepEqual(feedback.map((f) => [f.file, f.path, f.item.observed, f.given, f.oneOnOne?.date]), [
      ['ada/feedback.yaml', 'feedback.0', '2026-03-01', '2026-03-01', undefined],
      ['ada/2026-03-04.yaml', 'feedback.0', '2026-03-02', '2026-03-04', '2026-03-04'],
      ['ada/feedback.yaml', 'feedback.1', '2026-03-09', undefined, undefined],
    ]);
  });

  it('gives a folder without person.yaml a minimal person, and one info finding on its first file that names the folder', () => {
    const index = indexOf({ 'Zoë Martin/2026-03-11.yaml': march4.replace('2026-03-04', '2026-03-11'), 'Zoë Martin/2026-03-04.yaml': march4 });
    assert.deepEqual(index.people().map((p) => [p.id, p.name, p.data, p.source]), [['Zoë Martin', 'Zoë Martin', undefined, undefined]]);
    assert.deepEqual(index.findings().map((f) => [f.code, f.severity, f.file]), [['layout/no-person-file', 'info', 'Zoë Martin/2026-03-04.yaml']]);
    assert.match(index.findings()[0]?.message ?? '', /The folder Zoë Martin has notes but no person\.yaml/);
    index.update('Zoë Martin/person.yaml', 'name: Zoë Martin\n');
    assert.deepEqual(index.findings(), []);
  });

  it('orders two 1:1s on the same day by suffix, with their actions in that order', () => {
    const second = `date: 2026-03-04\nactions:\n  - text: second\n    owner: them\n`;
    const index = indexOf({ 'ada/2026-03-04b.yaml': second, 'ada/2026-03-04.yaml': march4 });
    assert.deepEqual(index.oneOnOnes('ada').map((o) => [o.date, o.suffix]), [['2026-03-04', ''], ['2026-03-04', 'b']]);
    assert.deepEqual(index.actions('ada').map((a) => [a.suffix, a.item.text]), [['', 'Share the branch rules'], ['b', 'second']]);
  });

  it('points entries and their fields at the text they came from', () => {
    const index = indexOf({ 'ada/2026-03-04.yaml': march4 });
    const conversation = index.topicThreads('ada')[0]?.conversations[0];
    assert.ok(conversation);
    assert.equal(conversation.range.start.line, 7);
    assert.equal(textAt(march4, fieldRange(conversation, 'stance')), 'socratic');
    assert.equal(textAt(march4, fieldRange(conversation, 'stance:key')), 'stance');
    assert.deepEqual(fieldRange(conversation, 'expectation'), conversation.range, 'a missing field falls back to the entry');
    const feedback = index.feedback('ada')[0];
    assert.ok(feedback);
    assert.equal(textAt(march4, fieldRange(feedback, 'observed')), '2026-03-02');
  });

  it('keeps a 1:1 that does not validate, with its findings, and no entries from it', () => {
    const index = indexOf({ 'ada/2026-03-04.yaml': 'date: 2026-03-04\nagnda: typo\n' });
    assert.deepEqual(index.oneOnOnes('ada').map((o) => [o.date, o.data]), [['2026-03-04', undefined]]);
    assert.ok(index.findings().length > 0);
    assert.ok(index.findings().every((f) => f.file === 'ada/2026-03-04.yaml'));
  });

  it('drops a person when their last file is removed; ignores unknown files', () => {
    const index = indexOf({ 'ada/person.yaml': person('Ada Lee'), 'bo/2026-03-04.yaml': march4 });
    index.remove('bo/2026-03-04.yaml');
    index.remove('nobody/person.yaml');
    assert.deepEqual(index.people().map((p) => p.id), ['ada']);
    assert.equal(index.person('bo'), undefined);
    assert.deepEqual(index.oneOnOnes('bo'), []);
  });

  it('takes a loaded file as it is (updateLoaded) with the same result as update', () => {
    const files = { 'ada/person.yaml': person('Ada Lee'), 'ada/2026-03-04.yaml': march4, 'ada/feedback.yaml': feedbackLog };
    const loadedOnce = indexOf(files);
    const fed = NotesIndex.fromLoaded(loadedOnce.files().map((f) => loadedOnce.loaded(f)!));
    assert.deepEqual(indexSnapshot(fed), indexSnapshot(loadedOnce));
  });

  it('is deterministic: the same files in any order give the same index', () => {
    const files: [string, string][] = [
      ['ada/person.yaml', person('Ada Lee')], ['ada/2026-03-04.yaml', march4], ['ada/2026-03-11.yaml', march11],
      ['ada/2026-02-25.yaml', feb25], ['ada/feedback.yaml', feedbackLog], ['bo/2026-03-04.yaml', march4],
      ['bo/2026-03-04b.yaml', march4], ['cy/person.yaml', 'name: [broken'],
    ];
    const expected = indexSnapshot(indexOf(Object.fromEntries(files)));
    let seed = 7;
    for (let round = 0; round < 8; round++) {
      const shuffled = [...files];
      for (let i = shuffled.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        const j = seed % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      const index = new NotesIndex();
      for (const [file, text] of shuffled) index.update(file, text);
      // Churn that ends where it started: a removal and re-adding of one file.
      index.remove(shuffled[0]![0]);
      index.update(shuffled[0]![0], shuffled[0]![1]);
      assert.deepEqual(indexSnapshot(index), expected);
    }
  });
});
