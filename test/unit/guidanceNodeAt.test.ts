import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { guidanceNodeAt } from '../../src/core/guidance/nodeAt';
import { loadNotesFile } from '../../src/core/reading/loader';

const oneOnOne = loadNotesFile('p/2026-03-01.yaml', [
  'date: 2026-03-01',
  'feedback:',
  '  - kind: positive',
  '    observed: 2026-02-27',
  '    given: 2026-02-28   # on the spot',
  '    behaviour: x',
  '    followUp: { state: open, date: 2026-03-01 }',
  'topics:',
  '  - id: a',
  '    stance: supportive',
  '  - id: b',
  '    stance:',
].join('\n'));

const at = (line: number, character: number, loaded = oneOnOne) => guidanceNodeAt(loaded, { line, character });

describe('guidance: the node under a position', () => {
  it('finds a stance by its key or its value, with the entry it belongs to', () => {
    assert.deepEqual(at(9, 14), { kind: 'stance', entryPath: 'topics.0', range: { start: { line: 9, character: 12 }, end: { line: 9, character: 22 } } });
    assert.equal(at(9, 5)?.kind, 'stance');
    assert.deepEqual(at(11, 6) && { kind: at(11, 6)?.kind, entryPath: (at(11, 6) as { entryPath: string }).entryPath }, { kind: 'stance', entryPath: 'topics.1' });
    assert.deepEqual(at(8, 9), { kind: 'topicId', entryPath: 'topics.0', range: { start: { line: 8, character: 8 }, end: { line: 8, character: 9 } } }, 'a topic id: what was agreed last time');
  });

  it('finds a feedback item by its dates and follow-up, not by its other keys or comments', () => {
    assert.deepEqual([3, 4, 6].map((line) => at(line, 16)?.kind), ['feedback', 'feedback', 'feedback']);
    assert.equal((at(6, 36) as { entryPath: string }).entryPath, 'feedback.0');
    assert.equal(at(5, 6), undefined);
    assert.equal(at(4, 26), undefined, 'the comment after a date');
  });

  it('finds cadence only in person.yaml, and nothing past the end of the file', () => {
    const person = loadNotesFile('p/person.yaml', 'name: Ada\ncadence: weekly\n');
    assert.equal(at(1, 3, person)?.kind, 'cadence');
    assert.equal(at(0, 3, person), undefined);
    assert.equal(at(40, 0), undefined);
    const logged = loadNotesFile('p/feedback.yaml', 'feedback:\n  - kind: positive\n    observed: 2026-02-27\n    given: not-yet\n    behaviour: x\n');
    assert.equal(at(3, 12, logged)?.kind, 'feedback');
  });
});
