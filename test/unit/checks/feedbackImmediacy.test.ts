import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { addDays } from '../../../src/core/dates';
import { feedbackDelay, feedbackNotGiven } from '../../../src/core/checks/feedbackImmediacy';
import { applyFix, ctxOn, only, run, textAt } from './builders';

const person = 'name: Pat Doe\n';
const today = '2026-11-27';

/** feedback.yaml with one item observed on 1 November and given `days` later. */
function loggedAfter(days: number): Record<string, string> {
  const given = addDays('2026-11-01', days);
  return {
    'person.yaml': person,
    'feedback.yaml': `feedback:\n  - kind: positive\n    observed: 2026-11-01\n    given: ${given}\n    behaviour: Wrote the runbook.\n`,
  };
}

describe('feedback/delay', () => {
  const ctx = ctxOn(today);

  for (const [delay, severity] of [[0, undefined], [2, undefined], [3, 'hint'], [7, 'hint'], [8, 'warning'], [9, 'warning']] as const) {
    it(`a delay of ${delay} days: ${severity ?? 'nothing'}`, () => {
      const findings = run(feedbackDelay, loggedAfter(delay), ctx);
      if (severity === undefined) return assert.deepEqual(findings, []);
      const f = only(findings);
      assert.equal(f.severity, severity);
      assert.equal(f.code, 'feedback/delay');
      assert.match(f.message, new RegExp(`^Positive feedback given ${delay} days after it was observed`));
      assert.equal(f.file, 'p/feedback.yaml');
      assert.equal(textAt(loggedAfter(delay)['feedback.yaml'] as string, f.range), addDays('2026-11-01', delay));
      assert.equal(f.fixes, undefined, 'the past has no fix');
    });
  }

  it('counts to the 1:1 date when a 1:1 leaves given out, and points at the item', () => {
    const text = 'date: 2026-11-10\nfeedback:\n  - kind: corrective\n    observed: 2026-11-04\n    behaviour: Skipped the review.\n';
    const f = only(run(feedbackDelay, { 'person.yaml': person, '2026-11-10.yaml': text }, ctx));
    assert.equal(f.severity, 'hint');
    assert.match(f.message, /^Corrective feedback given 6 days after/);
    assert.equal(textAt(text, f.range), 'kind: corrective\n    observed: 2026-11-04\n    behaviour: Skipped the review.');
  });

  it('points at given when a 1:1 writes it', () => {
    const text = 'date: 2026-11-10\nfeedback:\n  - kind: positive\n    observed: 2026-11-01\n    given: 2026-11-09\n    behaviour: Paired.\n';
    const f = only(run(feedbackDelay, { 'person.yaml': person, '2026-11-10.yaml': text }, ctx));
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(text, f.range), '2026-11-09');
  });

  it('leaves not-yet to feedback/not-given', () => {
    const files = { 'person.yaml': person, 'feedback.yaml': 'feedback:\n  - kind: positive\n    observed: 2026-10-01\n    given: not-yet\n    behaviour: x\n' };
    assert.deepEqual(run(feedbackDelay, files, ctx), []);
  });

  it('follows the settings, and a severity setting wins over the grown warning', () => {
    assert.deepEqual(run(feedbackDelay, loggedAfter(3), ctxOn(today, { feedbackDelayHintDays: 3 })), []);
    assert.equal(only(run(feedbackDelay, loggedAfter(4), ctxOn(today, { feedbackDelayWarningDays: 3 }))).severity, 'warning');
    assert.equal(only(run(feedbackDelay, loggedAfter(9), ctxOn(today, { severities: { 'feedback/delay': 'info' } }))).severity, 'info');
    assert.deepEqual(run(feedbackDelay, loggedAfter(9), ctxOn(today, { severities: { 'feedback/delay': 'off' } })), []);
  });
});

describe('feedback/not-given', () => {
  /** feedback.yaml with a not-yet item observed `age` days before today, behind a comment. */
  function notYet(age: number): Record<string, string> {
    return {
      'person.yaml': person,
      'feedback.yaml': `# Feedback outside 1:1s.\nfeedback:\n  - kind: positive\n    observed: ${addDays(today, -age)}\n    given: not-yet   # say it Monday\n    behaviour: Ran the cut-over.\n`,
    };
  }

  for (const [age, severity] of [[0, 'hint'], [1, 'hint'], [7, 'hint'], [8, 'warning'], [30, 'warning']] as const) {
    it(`observed ${age} days ago: a ${severity}`, () => {
      const files = notYet(age);
      const f = only(run(feedbackNotGiven, files, ctxOn(today)));
      assert.equal(f.severity, severity);
      assert.equal(f.message, `Positive feedback observed ${age === 0 ? 'today' : age === 1 ? '1 day ago' : `${age} days ago`} and not given yet; it loses value every day it waits`);
      assert.equal(textAt(files['feedback.yaml'] as string, f.range), 'not-yet');
    });
  }

  it('says nothing about feedback observed after today, or given', () => {
    const future = { ...notYet(0), 'feedback.yaml': (notYet(0)['feedback.yaml'] as string).replace(today, '2026-11-28') };
    assert.deepEqual(run(feedbackNotGiven, future, ctxOn(today)), []);
    assert.deepEqual(run(feedbackNotGiven, loggedAfter(0), ctxOn(today)), []);
  });

  it('fixes by giving it today: valid YAML, the comments kept, the finding gone', () => {
    const files = notYet(9);
    const fix = only(run(feedbackNotGiven, files, ctxOn(today))).fixes?.[0];
    assert.ok(fix);
    assert.equal(fix.title, `Mark as given today (${today})`);
    const fixed = applyFix(files, fix);
    assert.match(fixed['feedback.yaml'] as string, /^# Feedback outside 1:1s\.\n/);
    assert.match(fixed['feedback.yaml'] as string, /\n {4}given: 2026-11-27 {3}# say it Monday\n/);
    assert.deepEqual(run(feedbackNotGiven, fixed, ctxOn(today)), []);
    assert.equal(only(run(feedbackDelay, fixed, ctxOn(today))).severity, 'warning', 'given 9 days after it was observed');
  });
});
