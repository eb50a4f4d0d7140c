import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { lastAgreed, lastAgreedHover } from '../../src/core/guidance/lastAgreed';
import { notesOf, type PersonFiles } from './checks/builders';

const today = '2026-03-01';
const person = 'name: Lin Park\n';

const files: PersonFiles = {
  'person.yaml': person,
  '2026-02-01.yaml': [
    'date: 2026-02-01',
    'topics:',
    '  - id: review-depth',
    '    title: Review depth',
    '    stance: supportive',
    '    expectation: Every migration gets a second reader before merge.',
    '    support: [Pairing with Sam on the next two]',
    'actions:',
    '  - { text: Book the pairing sessions, owner: me, due: 2026-02-03, done: 2026-02-02 }',
  ].join('\n'),
  '2026-02-08.yaml': [
    'date: 2026-02-08',
    'topics:',
    '  - id: other-topic',
    '    stance: supportive',
    '  - id: review-depth',
    '    stance: socratic',
    '    questions: [What gets in the way of a second reader?]',
    'actions:',
    '  - { text: "Write the *review* checklist", owner: them, due: 2026-02-20 }',
    '  - { text: Ask the platform team for a reviewer rota, owner: me }',
  ].join('\n'),
  '2026-02-15.yaml': 'date: 2026-02-15\ntopics:\n  - id: review-depth\n    stance: plan\n',
};

describe('guidance: what was agreed last time on a topic', () => {
  it('takes the latest expectation and support written before, and the commitments of the previous 1:1', () => {
    const agreed = lastAgreed(notesOf(files), 'p/2026-02-15.yaml', 'topics.0');
    assert.ok(agreed);
    assert.equal(agreed.previous?.date, '2026-02-08');
    assert.deepEqual({ ...agreed.expectation, entry: agreed.expectation?.entry.file }, { text: 'Every migration gets a second reader before merge.', date: '2026-02-01', entry: 'p/2026-02-01.yaml' });
    assert.deepEqual({ ...agreed.support, entry: agreed.support?.entry.file }, { items: ['Pairing with Sam on the next two'], date: '2026-02-01', entry: 'p/2026-02-01.yaml' });
    assert.deepEqual(agreed.commitments.map((a) => a.item.text), ['Write the *review* checklist', 'Ask the platform team for a reviewer rota']);
  });

  it('says it in the hover: when, the expectation, the support and each commitment with its state', () => {
    const agreed = lastAgreed(notesOf(files), 'p/2026-02-15.yaml', 'topics.0');
    assert.ok(agreed);
    assert.equal(lastAgreedHover(agreed, 'Lin Park', today), [
      '**Agreed last time on Review depth**: the 2nd conversation, 2026-02-08, socratic.',
      'Expectation (written 2026-02-01): Every migration gets a second reader before merge.',
      'Support (written 2026-02-01): Pairing with Sam on the next two',
      'Commitments in that 1:1:\n- Lin: Write the \\*review\\* checklist (open, was due 2026-02-20)\n- You: Ask the platform team for a reviewer rota (open)',
    ].join('\n\n'));
  });

  it('finds the entry by its place in the file (a second topic of the same 1:1) and says when nothing came before', () => {
    const notes = notesOf(files);
    const second = lastAgreed(notes, 'p/2026-02-08.yaml', 'topics.1');
    assert.equal(second?.previous?.date, '2026-02-01');
    assert.deepEqual(second?.commitments.map((a) => a.item.done), ['2026-02-02']);
    const first = lastAgreed(notes, 'p/2026-02-08.yaml', 'topics.0');
    assert.ok(first && !first.previous);
    assert.match(lastAgreedHover(first, 'Lin Park', today), /^\*\*First conversation on other-topic\*\*: nothing was agreed on it before/);
    assert.equal(lastAgreed(notes, 'p/2026-02-08.yaml', 'topics.5'), undefined);
  });
});
