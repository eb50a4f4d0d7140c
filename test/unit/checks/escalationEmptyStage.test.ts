import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { emptyStage } from '../../../src/core/checks/escalation/emptyStage';
import { applyFix, ctxOn, only, run, textAt } from './builders';
import { COMPLETE, talk, talks } from './escalationTalks';

const ctx = ctxOn('2026-06-01');

/** The stance's complete keys without `key`. */
function without(stance: keyof typeof COMPLETE, ...keys: string[]): string {
  return COMPLETE[stance].split('\n').filter((l) => !keys.some((k) => l.startsWith(`    ${k}:`))).join('\n');
}

describe('escalation/empty-stage', () => {
  it('is quiet for every stance written out', () => {
    for (const stance of ['supportive', 'socratic', 'plan'] as const) {
      assert.deepEqual(run(emptyStage, talks(talk('2026-01-05', stance)), ctx), [], stance);
    }
  });

  it('names exactly what each stance is missing, on the stance value', () => {
    const cases: [keyof typeof COMPLETE, string[], RegExp][] = [
      ['supportive', ['expectation'], /^A supportive conversation on review-latency without expectation \(what good looks like\)$/],
      ['supportive', ['support'], /without support \(the support you offer\)$/],
      ['supportive', ['expectation', 'support'], /without expectation \(what good looks like\) and support/],
      ['socratic', ['theirView'], /^A Socratic conversation on review-latency without theirView \(their view, in their words\)$/],
      ['socratic', ['questions'], /without questions \(the open questions you asked\)$/],
      ['plan', ['goals'], /^A plan on review-latency without goals \(specific goals\)$/],
      ['plan', ['measures', 'support', 'reviewDate'], /without measures \(.*\), support \(.*\) and reviewDate \(when the plan is reviewed\)$/],
    ];
    for (const [stance, keys, message] of cases) {
      // Something else is written, or the entry would be only planned (see the test below).
      const files = talks(talk('2026-01-05', stance, { body: `${without(stance, ...keys)}\n    notes: Talked it through.` }));
      const f = only(run(emptyStage, files, ctx));
      assert.match(f.message, message);
      assert.equal(textAt(files['2026-01-05.yaml']!, f.range), stance);
      assert.deepEqual(f.fixes?.map((x) => x.title), [`Add ${keys.join(', ')}`]);
    }
  });

  it('counts a key written empty, a placeholder, or an empty list, as missing; only keys not written at all are added', () => {
    const body = '    questions: [<the open questions you asked>]\n    theirView:\n    rootCause: Nobody sees the queue.';
    const f = only(run(emptyStage, talks(talk('2026-01-05', 'socratic', { body })), ctx));
    assert.match(f.message, /without questions .* and theirView/);
    assert.deepEqual(f.fixes, undefined);
  });

  it('says nothing about an entry with nothing written in it: it is planned, not held', () => {
    const planned = '    questions:\n      - <the open questions you asked>\n    theirView: |\n      <their view, in their own words>\n    explanation: <why it matters>';
    assert.deepEqual(run(emptyStage, talks(talk('2026-01-05', 'supportive'), talk('2026-01-12', 'socratic', { body: planned })), ctx), []);
  });

  it('leaves the review of a plan alone', () => {
    const files = talks(talk('2026-01-05', 'plan'), talk('2026-02-05', 'plan', { body: '    review: { outcome: Goals met. }', status: 'resolved' }));
    assert.deepEqual(run(emptyStage, files, ctx), []);
  });

  it('adds the missing keys after the entry, at its indentation; filled in, the finding goes', () => {
    const files = talks(talk('2026-01-05', 'socratic', { body: without('socratic', 'theirView'), status: 'open' }));
    const fixed = applyFix(files, only(run(emptyStage, files, ctx)).fixes![0]!);
    const text = fixed['2026-01-05.yaml']!;
    assert.match(text, /# the topic of this 1:1\n[^]*\n {4}status: open\n {4}theirView:\n$/);
    assert.equal(run(emptyStage, fixed, ctx).length, 1, 'an empty skeleton is still empty');
    const filled = { '2026-01-05.yaml': text.replace('theirView:', 'theirView: The queue is invisible.') };
    assert.deepEqual(run(emptyStage, filled, ctx), []);
  });

  it('inserts between entries, and at the end of a file without a final line break', () => {
    const between = {
      '2026-01-05.yaml': [
        'date: 2026-01-05',
        'topics:',
        '  - id: a',
        '    stance: plan',
        '    goals: [One]   # the only goal',
        '  - id: b',
        '    stance: supportive',
        '    expectation: A first response within a day.',
        '    support: Pairing',
      ].join('\n'),
    };
    const f = only(run(emptyStage, between, ctx));
    const fixed = applyFix(between, f.fixes![0]!);
    assert.match(fixed['2026-01-05.yaml']!, /goals: \[One\] {3}# the only goal\n {4}measures:\n {4}support:\n {4}reviewDate:\n {2}- id: b/);

    const last = { '2026-01-05.yaml': 'date: 2026-01-05\ntopics:\n  - id: a\n    stance: socratic\n    questions: What helps?' };
    const end = applyFix(last, only(run(emptyStage, last, ctx)).fixes![0]!);
    assert.equal(end['2026-01-05.yaml'], 'date: 2026-01-05\ntopics:\n  - id: a\n    stance: socratic\n    questions: What helps?\n    theirView:');
  });

  it('offers no insertion into a flow-map entry', () => {
    const f = only(run(emptyStage, { '2026-01-05.yaml': 'date: 2026-01-05\ntopics:\n  - { id: a, stance: socratic, questions: [Why?] }\n' }, ctx));
    assert.deepEqual(f.fixes, undefined);
  });
});
