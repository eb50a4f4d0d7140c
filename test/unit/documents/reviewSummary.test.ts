// The review summary's sections: cadence, feedback, topics and actions over the period, with links to
// their lines; private notes only when asked for, and marked.
import { strict as assert } from 'node:assert';
import type { ReviewPeriod } from '../../../src/core/documents/personDocument';
import { writeReviewSummary } from '../../../src/core/documents/review/reviewSummary';
import { ctxOn, notesOf, type PersonFiles } from '../checks/builders';

const ctx = ctxOn('2026-11-30');
const PERIOD: ReviewPeriod = { from: '2026-09-01', to: '2026-11-30', includePrivate: false };

const files: PersonFiles = {
  'person.yaml': [
    'name: Pat Doe',
    'role: Engineer, *Payments*',
    'cadence: biweekly',
    'since: 2026-09-01',
    'away:',
    '  - { from: 2026-10-01, until: 2026-10-14, reason: Surgery and recovery }',
    '',
  ].join('\n'),
  '2026-08-18.yaml': 'date: 2026-08-18\nnotes: Before the period.\nprivate: OLD PRIVATE TEXT\nfeedback:\n  - { kind: positive, observed: 2026-08-17, behaviour: OLD PRAISE }\n',
  '2026-09-01.yaml': [
    'date: 2026-09-01',
    'notes: First 1:1.',
    'private: |',
    '  Worried about the move.',
    'feedback:',
    '  - kind: positive',
    '    observed: 2026-09-01',
    '    situation: The demo',
    '    behaviour: "# Showed <b>real</b> data"',
    '    impact: Sales sold it the same day.',
    'topics:',
    '  - id: estimates',
    '    title: Estimates that hold',
    '    stance: supportive',
    '    expectation: Say when a date moves, the same day.',
    '    gap: unclear-expectation',
    '    support: [Pairing on the first two estimates]',
    'actions:',
    '  - { text: Share the estimate guide, owner: me, due: 2026-09-05, done: 2026-09-04 }',
    '  - { text: Write the rollout plan, owner: them, due: 2026-09-10, done: 2026-09-09 }',
    '  - { text: Book the training, owner: me, due: 2026-09-10, done: 2026-09-20 }',
    '  - { text: Draft the migration note, owner: them, due: 2026-11-01 }',
    '  - { text: Ask finance for the numbers, owner: me, due: 2026-11-20 }',
    '',
  ].join('\n'),
  '2026-09-15.yaml': [
    'date: 2026-09-15',
    'notes: Second.',
    'feedback:',
    '  - kind: corrective',
    '    observed: 2026-09-11',
    '    behaviour: Moved the date at the deadline.',
    'topics:',
    '  - id: estimates',
    '    stance: socratic',
    '    questions: [What made it hard to say early?]',
    '    theirView: I thought I could catch up.',
    '    status: improving',
    '',
  ].join('\n'),
  '2026-10-27.yaml': [
    'date: 2026-10-27',
    'notes: Back from leave.',
    'topics:',
    '  - id: estimates',
    '    stance: plan',
    '    goals: [Every slip posted the same day]',
    '    measures: [A slip log]',
    '    reviewDate: 2026-11-24',
    '',
  ].join('\n'),
  '2026-11-24.yaml': [
    'date: 2026-11-24',
    'notes: Plan review.',
    'topics:',
    '  - id: estimates',
    '    stance: plan',
    '    review: { outcome: All goals met. }',
    '    status: resolved',
    '',
  ].join('\n'),
  'feedback.yaml': [
    'feedback:',
    '  - kind: positive',
    '    observed: 2026-11-02',
    '    given: 2026-11-12',
    '    behaviour: Ran the incident review.',
    '  - kind: positive',
    '    observed: 2026-11-20',
    '    given: not-yet',
    '    behaviour: SECRET PRAISE NOT GIVEN',
    '',
  ].join('\n'),
};

const summary = (period: Partial<ReviewPeriod> = {}) => writeReviewSummary({ notes: notesOf(files), ctx }, { ...PERIOD, ...period });

describe('review summary: the sections', () => {
  it('opens with the person, the period and the fairness checks, then cadence, feedback, topics and actions', () => {
    const text = summary();
    assert.ok(text.startsWith('# Review summary: Pat Doe\n\nEngineer, \\*Payments\\*\n\nPeriod: 2026-09-01 to 2026-11-30, both days included.\nPrivate notes are left out.\n'), text);
    const headings = text.split('\n').filter((l) => l.startsWith('## '));
    assert.deepEqual(headings, ['## Fairness checks', '## Cadence', '## Feedback', '## Topics', '## Actions']);
  });

  it('cadence: 1:1s held against the number expected, days away not counted', () => {
    // 91 days in the period, 14 away: 77 days at 14 a 1:1 is 5 expected.
    assert.match(summary(), /## Cadence\n\n4 1:1s held, against 5 expected at a biweekly cadence over 77 days \(not counting 14 days away\)\.\n\nTime away: 2026-10-01 to 2026-10-14\.\n\nHeld: \[2026-09-01\]\(p\/2026-09-01\.yaml#L1\), /);
    assert.ok(!summary().includes('Surgery'), 'the reason for time away stays out');
  });

  it('feedback: situation, behaviour, impact and dates, linked; the delay as a median and a worst case', () => {
    const text = summary();
    assert.match(text, /Time from observing to giving feedback: median 4 days, worst 10 days \(\[feedback\.yaml, line 2\]\(p\/feedback\.yaml#L2\)\)\./);
    assert.match(text, /### Positive \(2\)\n\n- \*\*Observed and given 2026-09-01\*\* · \[2026-09-01\.yaml, line 6\]\(p\/2026-09-01\.yaml#L6\)\n  - Situation: The demo\n  - Behaviour: \\# Showed \\<b\\>real\\<\/b\\> data\n  - Impact: Sales sold it the same day\./);
    assert.match(text, /### Corrective \(1\)\n\n- \*\*Observed 2026-09-11, given 2026-09-15 \(4 days later\)\*\*/);
    assert.match(text, /### Not given yet \(1\)\n\n.*\n\n- A positive item observed 2026-11-20, waiting 10 days · \[feedback\.yaml, line 6\]\(p\/feedback\.yaml#L6\)/);
    assert.ok(!text.includes('SECRET PRAISE'));
    assert.ok(!text.includes('OLD PRAISE'), 'feedback observed before the period stays out');
  });

  it('topics: the arc with dates and the outcome, their view in their words, plans and their review', () => {
    const text = summary();
    assert.match(text, /### Estimates that hold\n\nSupportive 2026-09-01 → Socratic 2026-09-15 → Plan 2026-10-27 → Plan review 2026-11-24\. Outcome: resolved on 2026-11-24\./);
    assert.match(text, /- \*\*2026-09-15, Socratic\*\*, improving · \[2026-09-15\.yaml, line 8\]\(p\/2026-09-15\.yaml#L8\)\n  - Their view, in their words: “I thought I could catch up\.”/);
    assert.match(text, /  - Goals: Every slip posted the same day\n  - Measures: A slip log\n  - Review date: 2026-11-24/);
    assert.match(text, /  - Review: All goals met\./);
  });

  it('actions: theirs done and overdue, yours done on time and late', () => {
    const text = summary();
    assert.match(text, /### Theirs, done \(1\)\n\n- Write the rollout plan \(due 2026-09-10, done 2026-09-09\) · \[2026-09-01\.yaml, line 20\]/);
    assert.match(text, /### Theirs, overdue on 2026-11-30 \(1\)\n\n- Draft the migration note \(due 2026-11-01, not done\)/);
    assert.match(text, /### Yours, done on time \(1\)\n\n- Share the estimate guide/);
    assert.match(text, /### Yours, late \(2\)\n\n- Book the training \(due 2026-09-10, done 2026-09-20\) .*\n- Ask finance for the numbers \(due 2026-11-20, not done\)/);
  });

  it('private notes only when asked for, each marked as private, and only of the period', () => {
    assert.ok(!summary().includes('Worried about the move'));
    const text = summary({ includePrivate: true });
    assert.match(text, /Private notes are included, each marked as private\./);
    assert.match(text, /## Private notes\n\n.*\n\n- \*\*Private\*\*, 2026-09-01 · \[2026-09-01\.yaml, line 3\]\(p\/2026-09-01\.yaml#L3\): Worried about the move\.\n$/);
    assert.ok(!text.includes('OLD PRIVATE TEXT'));
    assert.ok(!text.includes('SECRET PRAISE'), 'feedback not given yet stays out even with private notes');
  });

  it('a period before the person was managed says there is nothing to summarize', () => {
    const text = summary({ from: '2026-01-01', to: '2026-06-30' });
    assert.match(text, /No day of this period falls while you managed Pat Doe, up to today \(2026-11-30\): nothing to summarize\.\n$/);
  });
});
