import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { addDays } from '../../../src/core/dates';
import { recognitionImbalance, recognitionNoneRecent } from '../../../src/core/checks/recognition';
import { ctxOn, only, run, textAt } from './builders';

const today = '2026-11-27';
const ctx = ctxOn(today);
const ago = (n: number) => addDays(today, -n);

/** A 1:1 `age` days ago, holding the given feedback and topic lines (else a line of notes: a 1:1 held). */
function oneOnOne(age: number, body = 'notes: Met.\n'): [string, string] {
  return [`${ago(age)}.yaml`, `date: ${ago(age)}\n${body}`];
}

const feedbackItem = (kind: string, observedAgo: number) => `  - kind: ${kind}\n    observed: ${ago(observedAgo)}\n    behaviour: Something.\n`;
const topic = (id: string) => `  - id: ${id}\n    stance: supportive\n    explanation: Why.\n`;

function files(...oneOnOnes: [string, string][]): Record<string, string> {
  return { 'person.yaml': 'name: Chen Wei\nsince: 2026-06-01\n', ...Object.fromEntries(oneOnOnes) };
}

describe('recognition/none-recent', () => {
  it('is quiet when the last positive feedback was given 30 days ago, and warns at 31, on person.yaml', () => {
    assert.deepEqual(run(recognitionNoneRecent, files(oneOnOne(30, `feedback:\n${feedbackItem('positive', 30)}`), oneOnOne(3)), ctx), []);
    const notes = files(oneOnOne(31, `feedback:\n${feedbackItem('positive', 31)}`), oneOnOne(10), oneOnOne(3));
    const f = only(run(recognitionNoneRecent, notes, ctx));
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, 'No positive feedback for Chen Wei in the last 30 days (the last was given 31 days ago), though you met twice');
    assert.equal(f.file, 'p/person.yaml');
    assert.equal(textAt(notes['person.yaml'] as string, f.range), 'name');
    assert.deepEqual(f.related?.map((r) => [r.file, r.range.start.line, r.message]), [[`p/${ago(31)}.yaml`, 2, `Last positive feedback, given ${ago(31)}`]]);
  });

  it('counts feedback on the day it was given, and not-yet not at all', () => {
    const givenLate = files(oneOnOne(5, `feedback:\n  - kind: positive\n    observed: ${ago(40)}\n    given: ${ago(29)}\n    behaviour: x\n`));
    assert.deepEqual(run(recognitionNoneRecent, givenLate, ctx), []);
    const pending = { ...files(oneOnOne(5)), 'feedback.yaml': `feedback:\n  - kind: positive\n    observed: ${ago(2)}\n    given: not-yet\n    behaviour: x\n` };
    assert.match(only(run(recognitionNoneRecent, pending, ctx)).message, /\(none recorded\), though you met once$/);
  });

  it('corrective feedback is no recognition', () => {
    assert.equal(run(recognitionNoneRecent, files(oneOnOne(5, `feedback:\n${feedbackItem('corrective', 5)}`)), ctx).length, 1);
  });

  it('needs a 1:1 in the window', () => {
    assert.deepEqual(run(recognitionNoneRecent, files(oneOnOne(31)), ctx), []);
    assert.equal(run(recognitionNoneRecent, files(oneOnOne(30)), ctx).length, 1);
  });

  it('waits until you have managed the person for the whole window', () => {
    const newcomer = (since: string) => ({ ...files(oneOnOne(2)), 'person.yaml': `name: New Person\nsince: ${since}\n` });
    assert.deepEqual(run(recognitionNoneRecent, newcomer(ago(30)), ctx), []);
    assert.equal(run(recognitionNoneRecent, newcomer(ago(31)), ctx).length, 1);
    const noSince = { 'person.yaml': 'name: New Person\n', ...Object.fromEntries([oneOnOne(30), oneOnOne(2)]) };
    assert.deepEqual(run(recognitionNoneRecent, noSince, ctx), [], 'first 1:1 30 days ago');
    assert.equal(run(recognitionNoneRecent, { ...noSince, ...Object.fromEntries([oneOnOne(31)]) }, ctx).length, 1);
  });

  it('leaves people you no longer manage alone', () => {
    const left = { ...files(oneOnOne(5)), 'person.yaml': `name: Gone\nsince: 2026-01-01\nuntil: ${ago(1)}\n` };
    assert.deepEqual(run(recognitionNoneRecent, left, ctx), []);
    assert.equal(run(recognitionNoneRecent, { ...left, 'person.yaml': `name: Gone\nsince: 2026-01-01\nuntil: ${today}\n` }, ctx).length, 1);
  });

  it('follows recognitionDays', () => {
    const notes = files(oneOnOne(40, `feedback:\n${feedbackItem('positive', 40)}`), oneOnOne(3));
    assert.deepEqual(run(recognitionNoneRecent, notes, ctxOn(today, { recognitionDays: 45 })), []);
  });
});

describe('recognition/imbalance', () => {
  const corrections = (n: number, from = 10) => Array.from({ length: n }, (_, i) => oneOnOne(from + i * 7, `topics:\n${topic(`topic-${i}`)}`));

  it('is a hint at 3 corrections and no positive feedback in 90 days, on person.yaml', () => {
    const f = only(run(recognitionImbalance, files(...corrections(3)), ctx));
    assert.equal(f.severity, 'hint');
    assert.equal(f.file, 'p/person.yaml');
    assert.equal(f.message, 'In the last 90 days Chen Wei received 3 corrections and 0 pieces of positive feedback; do they hear what to keep doing?');
    assert.deepEqual(run(recognitionImbalance, files(...corrections(2)), ctx), [], 'two are not enough');
  });

  it('needs three corrections for each piece of positive feedback', () => {
    const positive = oneOnOne(5, `feedback:\n${feedbackItem('positive', 5)}`);
    assert.equal(run(recognitionImbalance, files(...corrections(3), positive), ctx).length, 1);
    const twoPositive = oneOnOne(6, `feedback:\n${feedbackItem('positive', 6)}`);
    assert.deepEqual(run(recognitionImbalance, files(...corrections(5), positive, twoPositive), ctx), []);
    assert.equal(run(recognitionImbalance, files(...corrections(6), positive, twoPositive), ctx).length, 1);
  });

  it('counts 90 days back, by the day feedback was given', () => {
    assert.equal(run(recognitionImbalance, files(...corrections(3, 76)), ctx).length, 1, 'the oldest 90 days ago');
    assert.deepEqual(run(recognitionImbalance, files(...corrections(3, 77)), ctx), [], 'the oldest 91 days ago');
  });

  it('counts corrective feedback and topic conversations, once when a 1:1 holds both on one topic', () => {
    const both = (age: number, id: string) => oneOnOne(age, `feedback:\n${feedbackItem('corrective', age)}    topic: ${id}\ntopics:\n${topic(id)}`);
    assert.deepEqual(run(recognitionImbalance, files(both(5, 'a'), both(12, 'b')), ctx), []);
    const loose = oneOnOne(20, `feedback:\n${feedbackItem('corrective', 20)}`);
    assert.equal(run(recognitionImbalance, files(both(5, 'a'), both(12, 'b'), loose), ctx).length, 1);
  });

  it('does not count the review of a plan', () => {
    const review = oneOnOne(3, 'topics:\n  - id: topic-0\n    stance: plan\n    review: { outcome: Goals met. }\n    status: resolved\n');
    assert.deepEqual(run(recognitionImbalance, files(...corrections(2), review), ctx), []);
  });

  it('is never more than a hint unless the settings say so', () => {
    assert.equal(recognitionImbalance.defaultSeverity, 'hint');
    assert.equal(only(run(recognitionImbalance, files(...corrections(3)), ctxOn(today, { severities: { 'recognition/imbalance': 'info' } }))).severity, 'info');
  });
});
