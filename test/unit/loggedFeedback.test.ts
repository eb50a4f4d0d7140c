// What Log Feedback Now shows before it writes: the delay it will record, and what the checks will say
// about the item once it is logged (the same findings Problems will show).
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { DEFAULT_SETTINGS, withDefaults } from '../../src/core/checks/settings';
import { addDays } from '../../src/core/dates';
import { previewLoggedFeedback } from '../../src/core/guidance/loggedFeedback';
import { loadNotesFile } from '../../src/core/reading/loader';
import { NotesIndex } from '../../src/core/people/notesIndex';
import type { LoggedFeedbackValues } from '../../src/core/templates/feedbackEntry';

const today = '2026-11-27';
const ago = (n: number) => addDays(today, -n);
const ctx = { today, settings: DEFAULT_SETTINGS };

function index(files: Record<string, string> = {}): NotesIndex {
  const all = { 'ada/person.yaml': 'name: Ada\n', ...files };
  return NotesIndex.fromLoaded(Object.entries(all).map(([f, t]) => loadNotesFile(f, t)));
}

const item = (observed: string, given: string, kind: 'positive' | 'corrective' = 'positive'): LoggedFeedbackValues => ({
  kind, observed, given, situation: 'Design review', behaviour: 'Walked through the trade-offs', impact: 'We agreed in one meeting',
});

describe('Log Feedback Now: the preview before writing', () => {
  it('says the delay and warns before logging feedback given long after it was observed', () => {
    const p = previewLoggedFeedback(index(), 'ada', item(ago(9), today), ctx);
    assert.equal(p.delay, 'observed 9 days ago, given today: a delay of 9 days');
    assert.equal(p.verdict, 'The checks will warn: more than the 7 days they allow');
    assert.equal(p.severity, 'warning');
    assert.deepEqual(p.findings.map((f) => f.code), ['feedback/delay']);
  });

  it('has nothing to warn about for feedback given the day it was seen', () => {
    const p = previewLoggedFeedback(index(), 'ada', item(today, today), ctx);
    assert.equal(p.delay, 'observed today, given today: no delay');
    assert.equal(p.verdict, 'Nothing for the checks to warn about');
    assert.deepEqual(p.findings, []);
    assert.equal(p.severity, undefined);
  });

  it('a few days late is a hint, against the hint threshold', () => {
    const p = previewLoggedFeedback(index(), 'ada', item(ago(5), ago(1)), ctx);
    assert.equal(p.delay, 'observed 5 days ago, given yesterday: a delay of 4 days');
    assert.equal(p.verdict, 'The checks will give a hint: more than the 2 days they call prompt');
    assert.equal(p.severity, 'hint');
  });

  it('not given yet: a reminder at first, a warning at once when it has waited too long', () => {
    const fresh = previewLoggedFeedback(index(), 'ada', item(ago(3), 'not-yet'), ctx);
    assert.equal(fresh.delay, 'observed 3 days ago, not given yet');
    assert.equal(fresh.verdict, 'The checks will remind you to give it, and warn after 7 days');
    assert.deepEqual(fresh.findings.map((f) => [f.code, f.severity]), [['feedback/not-given', 'hint']]);
    const old = previewLoggedFeedback(index(), 'ada', item(ago(10), 'not-yet'), ctx);
    assert.equal(old.verdict, 'The checks will warn at once: it has waited more than 7 days');
    assert.equal(old.severity, 'warning');
  });

  it('names any other warning the item would raise, e.g. corrective feedback already stale', () => {
    const p = previewLoggedFeedback(index(), 'ada', item(ago(20), ago(20), 'corrective'), ctx);
    assert.equal(p.delay, 'observed 20 days ago, given 20 days ago: no delay');
    assert.deepEqual(p.findings.map((f) => f.code), ['feedback/stale']);
    assert.equal(p.verdict, 'The checks will warn: corrective feedback not followed up');
  });

  it('is about the new item alone: the findings of items already logged are not repeated', () => {
    const log = `feedback:\n  - kind: positive\n    observed: ${ago(30)}\n    given: not-yet\n    behaviour: Old one\n`;
    const p = previewLoggedFeedback(index({ 'ada/feedback.yaml': log }), 'ada', item(today, today), ctx);
    assert.deepEqual(p.findings, []);
  });

  it('follows the settings: a check turned off says nothing', () => {
    const settings = withDefaults({ severities: { 'feedback/delay': 'off' } });
    const p = previewLoggedFeedback(index(), 'ada', item(ago(9), today), { today, settings });
    assert.deepEqual(p.findings, []);
    assert.equal(p.verdict, 'Nothing for the checks to warn about');
  });
});
