import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { withDefaults } from '../../src/core/checks/settings';
import { addDays } from '../../src/core/dates';
import { feedbackAt, feedbackHover, feedbackLensTitle, feedbackTiming, type FeedbackTiming } from '../../src/core/guidance/feedback';
import { notesOf, type PersonFiles } from './checks/builders';

const today = '2026-03-20';
const settings = withDefaults();
const docs = (id: string) => `docs#${id}`;
const ago = (n: number) => addDays(today, -n);

function logged(lines: string, extra: PersonFiles = {}): FeedbackTiming {
  const files = { 'feedback.yaml': `feedback:\n  - kind: corrective\n    behaviour: Merged without review.\n${lines}`, ...extra };
  const notes = notesOf(files);
  const entry = feedbackAt(notes, 'p/feedback.yaml', 'feedback.0');
  assert.ok(entry);
  return feedbackTiming(entry, notes, today);
}

describe('guidance: feedback timing', () => {
  it('measures the delay from observed to given, and a 1:1 file gives on its date', () => {
    const files = { '2026-03-10.yaml': 'date: 2026-03-10\nfeedback:\n  - kind: positive\n    observed: 2026-03-01\n    behaviour: Wrote the runbook.\n' };
    const notes = notesOf(files);
    const entry = feedbackAt(notes, 'p/2026-03-10.yaml', 'feedback.0');
    assert.ok(entry);
    const t = feedbackTiming(entry, notes, today);
    assert.equal(t.delay, 9);
    assert.equal(feedbackLensTitle(t), 'positive · given 9 days after observed');
    assert.equal(feedbackLensTitle({ ...t, delay: 0 }), 'positive · given the day it was observed');
  });

  it('counts the wait of feedback not given yet', () => {
    const t = logged(`    observed: ${ago(5)}\n    given: not-yet\n`);
    assert.equal(t.waiting, 5);
    assert.equal(feedbackLensTitle(t), 'corrective · not given yet, observed 5 days ago');
    assert.equal(feedbackLensTitle({ ...t, waiting: 0 }), 'corrective · not given yet, observed today');
    assert.match(feedbackHover(t, settings, docs), /Give it today.*\[feedback\/not-given\]\(docs#feedback\/not-given\)/s);
  });

  it('ages corrective feedback from its latest follow-up, or from when it was given', () => {
    const never = logged(`    observed: ${ago(17)}\n    given: ${ago(16)}\n`);
    assert.equal(never.unresolvedFor, 16);
    assert.equal(feedbackLensTitle(never), 'corrective · 16 days without follow-up');
    assert.match(feedbackHover(never, settings, docs), /Not followed up since it was given, 16 days ago: stale\..*\[feedback\/stale\]/s);
    const improving = logged(`    observed: ${ago(30)}\n    given: ${ago(30)}\n    followUp: { state: improving, date: ${ago(3)} }\n`);
    assert.equal(feedbackLensTitle(improving), 'corrective · improving, last followed up 3 days ago');
    assert.match(feedbackHover(improving, settings, docs), /it goes stale in 12 days/);
  });

  it('counts a later conversation on the topic as a follow-up, and resolved ends it', () => {
    const topic = { [`${ago(2)}.yaml`]: `date: ${ago(2)}\ntopics:\n  - id: reviews\n    stance: supportive\n    status: resolved\n` };
    const t = logged(`    observed: ${ago(30)}\n    given: ${ago(30)}\n    topic: reviews\n`, topic);
    assert.deepEqual([t.followUp?.state, t.followUp?.date, t.followUp?.conversation?.topicId], ['resolved', ago(2), 'reviews']);
    assert.equal(t.unresolvedFor, undefined);
    assert.equal(feedbackLensTitle(t), `corrective · given the day it was observed · resolved ${ago(2)}`);
    assert.match(feedbackHover(t, settings, docs), /Resolved .*, in a conversation on its topic\./);
  });

  it('hovers: the delay is prompt, a little late, or late, by the settings', () => {
    const at = (delay: number) => feedbackHover({ kind: 'positive', observed: ago(delay), given: today, delay }, settings, docs);
    assert.match(at(2), /Given 2 days after observed: prompt/);
    assert.match(at(3), /a little late.*\[feedback\/delay\]/);
    assert.match(at(8), /: late\./);
    assert.match(at(0), /^\*\*Positive feedback\*\* · observed 2026-03-20 · given 2026-03-20/);
  });
});
