import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { vagueExpectation, vaguePointer } from '../../../src/core/checks/escalation/vagueExpectation';
import { ctxOn, only, run, textAt } from './builders';
import { talk, talks } from './escalationTalks';

describe('escalation/vague-expectation', () => {
  it('flags an expectation that only points at a document, naming it', () => {
    const vague: [string, string][] = [
      ['Review turnaround as described in the Engineer I level of the career ladder (see the "Collaboration" row).', 'the career ladder'],
      ['See the career ladder.', 'the career ladder'],
      ['As per role.', 'the role'],
      ['Per the job description.', 'the job description'],
      ['Meet the expectations for your level in the level guide.', 'the level guide'],
      ['Follow the code review policy.', 'the policy'],
      ['Check the expectations doc', 'the expectations doc'],
      ['Everything in the engineering handbook', 'the handbook'],
      ['Faster reviews, per the Career-Ladder', 'the career ladder'],
    ];
    for (const [text, pointer] of vague) assert.equal(vaguePointer(text), pointer, text);
  });

  it('does not flag an expectation that says what good looks like, even when it also cites a document', () => {
    const clear = [
      'What good looks like: reviews within a day, as the career ladder also says',
      'A first response on any review request within one working day.',
      'Reviews within one working day per the career ladder',
      'Hand-offs follow the on-call policy: a written summary of what was tried, posted in the incident channel.',
      'Estimates name their assumptions and a range, not a single date.',
    ];
    for (const text of clear) assert.equal(vaguePointer(text), undefined, text);
  });

  it('matches whole words only', () => {
    assert.equal(vaguePointer('See the policyholder list'), undefined);
    assert.equal(vaguePointer('Policies'), 'the policies');
  });

  it('puts the finding on the expectation value, for any stance', () => {
    const files = talks(talk('2026-01-05', 'socratic', { body: '    expectation: "See the career ladder"\n    questions: [What helps?]' }));
    const f = only(run(vagueExpectation, files, ctxOn('2026-02-01')));
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(files['2026-01-05.yaml']!, f.range), '"See the career ladder"');
    assert.equal(f.message, 'The expectation on review-latency points at the career ladder instead of saying what good looks like');
  });

  it('is quiet without an expectation, and for a clear one', () => {
    assert.deepEqual(run(vagueExpectation, talks(talk('2026-01-05', 'socratic')), ctxOn('2026-02-01')), []);
    assert.deepEqual(run(vagueExpectation, talks(talk('2026-01-05', 'supportive')), ctxOn('2026-02-01')), []);
  });
});
