import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { addDays } from '../../../src/core/dates';
import { feedbackStale } from '../../../src/core/checks/staleFeedback';
import { applyFix, ctxOn, only, run, textAt } from './builders';

const person = 'name: Pat Doe\n';
const today = '2026-11-27';
const ctx = ctxOn(today);

/** feedback.yaml with one corrective item given `age` days ago, with the given extra lines. */
function given(age: number, extra = ''): Record<string, string> {
  const date = addDays(today, -age);
  return {
    'person.yaml': person,
    'feedback.yaml': `# Outside 1:1s.\nfeedback:\n  - kind: corrective   # the billing rule\n    observed: ${date}\n    given: ${date}\n    behaviour: Merged with one approval.\n${extra}`,
  };
}

describe('feedback/stale', () => {
  it('is quiet at 14 days without a follow-up and warns at 15, on the kind', () => {
    assert.deepEqual(run(feedbackStale, given(14), ctx), []);
    const files = given(15);
    const f = only(run(feedbackStale, files, ctx));
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, 'Corrective feedback given 15 days ago (2026-11-12) and never followed up; has anything changed?');
    assert.equal(textAt(files['feedback.yaml'] as string, f.range), 'corrective');
    assert.deepEqual(f.fixes?.map((x) => x.title), ['Mark improving today (2026-11-27)', 'Mark resolved today (2026-11-27)']);
  });

  it('leaves positive and not-yet feedback alone', () => {
    const positive = given(40);
    positive['feedback.yaml'] = (positive['feedback.yaml'] as string).replace('corrective', 'positive');
    assert.deepEqual(run(feedbackStale, positive, ctx), []);
    const notYet = { 'person.yaml': person, 'feedback.yaml': 'feedback:\n  - kind: corrective\n    observed: 2026-09-01\n    given: not-yet\n    behaviour: x\n' };
    assert.deepEqual(run(feedbackStale, notYet, ctx), []);
  });

  it('ages from the latest open or improving follow-up; resolved is done', () => {
    const followUp = (state: string, age: number) => `    followUp: { state: ${state}, date: ${addDays(today, -age)}, note: Looked again. }\n`;
    assert.deepEqual(run(feedbackStale, given(60, followUp('improving', 14)), ctx), []);
    assert.deepEqual(run(feedbackStale, given(60, followUp('resolved', 50)), ctx), []);
    const f = only(run(feedbackStale, given(60, followUp('open', 15)), ctx));
    assert.equal(f.message, 'Corrective feedback last followed up 15 days ago (open, 2026-11-12); check in on it again');
  });

  it('counts a later conversation on its topic as a follow-up, and points to it', () => {
    const files = {
      'person.yaml': person,
      '2026-10-01.yaml': 'date: 2026-10-01\nfeedback:\n  - kind: corrective\n    observed: 2026-09-30\n    behaviour: Missed the page.\n    topic: on-call\ntopics:\n  - id: on-call\n    stance: supportive\n',
      '2026-11-20.yaml': 'date: 2026-11-20\ntopics:\n  - id: on-call\n    stance: socratic\n    status: improving\n',
    };
    assert.deepEqual(run(feedbackStale, files, ctx), [], 'talked about 7 days ago');
    const later = only(run(feedbackStale, files, ctxOn('2026-12-05')));
    assert.match(later.message, /last followed up 15 days ago \(improving, 2026-11-20\)/);
    assert.deepEqual(later.related?.map((r) => [r.file, r.range.start.line]), [['p/2026-11-20.yaml', 2]]);
    const resolved = { ...files, '2026-11-20.yaml': (files['2026-11-20.yaml']).replace('improving', 'resolved') };
    assert.deepEqual(run(feedbackStale, resolved, ctxOn('2027-06-01')), []);
    const sameDayOnly = { 'person.yaml': person, '2026-10-01.yaml': files['2026-10-01.yaml'] };
    assert.match(only(run(feedbackStale, sameDayOnly, ctx)).message, /never followed up/, 'the conversation it started in is no follow-up');
  });

  it('follows staleFeedbackDays', () => {
    assert.deepEqual(run(feedbackStale, given(20), ctxOn(today, { staleFeedbackDays: 20 })), []);
    assert.equal(run(feedbackStale, given(21), ctxOn(today, { staleFeedbackDays: 20 })).length, 1);
  });

  describe('fixes', () => {
    function applied(files: Record<string, string>, title: RegExp): Record<string, string> {
      const fix = only(run(feedbackStale, files, ctx)).fixes?.find((x) => title.test(x.title));
      assert.ok(fix);
      const fixed = applyFix(files, fix);
      assert.deepEqual(run(feedbackStale, fixed, ctx), [], 'the finding is gone');
      return fixed;
    }

    it('inserts a follow-up line at the item\'s indentation, keeping comments', () => {
      const files = given(20);
      const fixed = applied(files, /resolved/)['feedback.yaml'];
      assert.equal(fixed, `${files['feedback.yaml']}    followUp: { state: resolved, date: 2026-11-27 }\n`);
      assert.match(fixed as string, /# the billing rule/);
      assert.match(applied(files, /improving/)['feedback.yaml'] as string, /\n {4}followUp: \{ state: improving, date: 2026-11-27 \}\n$/);
    });

    it('inserts between items and at the end of a file without a final line break', () => {
      const two = {
        'person.yaml': person,
        'feedback.yaml': 'feedback:\n- kind: corrective\n  observed: 2026-10-01\n  given: 2026-10-01\n  behaviour: One.\n- kind: positive\n  observed: 2026-10-02\n  given: 2026-10-02\n  behaviour: Two.',
      };
      assert.match(applied(two, /resolved/)['feedback.yaml'] as string, /behaviour: One\.\n {2}followUp: \{ state: resolved, date: 2026-11-27 \}\n- kind: positive/);
      const last = { 'person.yaml': person, 'feedback.yaml': 'feedback:\n  - kind: corrective\n    observed: 2026-10-01\n    given: 2026-10-01\n    behaviour: One.' };
      assert.match(applied(last, /resolved/)['feedback.yaml'] as string, /behaviour: One\.\n {4}followUp: \{ state: resolved, date: 2026-11-27 \}$/);
    });

    it('updates a written follow-up in place, flow or block, keeping its note', () => {
      const flow = given(60, '    followUp: { state: open, date: 2026-10-01, note: No change yet. }  # asked in the 1:1\n');
      assert.match(applied(flow, /resolved/)['feedback.yaml'] as string, /followUp: \{ state: resolved, date: 2026-11-27, note: No change yet\. \} {2}# asked in the 1:1\n$/);
      const block = given(60, '    followUp:\n      state: improving   # slowly\n      date: 2026-10-01\n');
      assert.match(applied(block, /improving/)['feedback.yaml'] as string, /followUp:\n {6}state: improving {3}# slowly\n {6}date: 2026-11-27\n$/);
    });

    it('completes an empty followUp key', () => {
      const files = given(20, '    followUp:\n');
      assert.match(applied(files, /resolved/)['feedback.yaml'] as string, /\n {4}followUp: \{ state: resolved, date: 2026-11-27 \}\n$/);
    });

    it('offers no insertion into a flow-map item', () => {
      const files = { 'person.yaml': person, 'feedback.yaml': 'feedback:\n  - { kind: corrective, observed: 2026-10-01, given: 2026-10-01, behaviour: One. }\n' };
      assert.equal(only(run(feedbackStale, files, ctx)).fixes, undefined);
    });
  });
});
