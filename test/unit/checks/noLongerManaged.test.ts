// Someone you no longer manage: once person.yaml's `until` has passed, the checks that count days up
// to today fall quiet, feedback/delay is a hint at most, and the checks of what the notes say stay.
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { checkPerson } from '../../../src/core/checks/engine';
import { allRules } from '../../../src/core/checks/registry';
import { ctxOn, notesOf } from './builders';

const FEEDBACK_LOG = `feedback:
  - kind: corrective
    observed: 2026-10-01
    given: 2026-10-01
    situation: Release retro
    behaviour: Merged without the second approval.
    impact: The rule exists for billing code.
  - kind: positive
    observed: 2026-10-02
    given: 2026-10-20
    situation: Incident call
    behaviour: Wrote the timeline as it happened.
    impact: The review took half the time.
  - kind: positive
    observed: 2026-10-25
    given: not-yet
    situation: Demo day
    behaviour: Showed the new export end to end.
    impact: Two teams asked to use it.
`;

const ONE_ON_ONE = `date: 2026-10-05
actions:
  - text: Write the on-call notes
    owner: me
    due: 2026-10-12
topics:
  - id: review-latency
    stance: plan
    # a plan with nothing before it: skipped-stage is about what was written, so it stays
    goals: [A first response within one working day]
    measures: [Days to first response]
    support: [Pairing twice a week]
    reviewDate: 2026-10-19
`;

function person(until?: string): string {
  return `name: Lin Park\ncadence: weekly\n${until ? `until: ${until}\n` : ''}snooze:\n  - check: cadence/overdue\n    until: 2026-10-20\n    reason: offsite\n`;
}

function findings(today: string, until?: string): string[] {
  const notes = notesOf({ 'person.yaml': person(until), 'feedback.yaml': FEEDBACK_LOG, '2026-10-05.yaml': ONE_ON_ONE });
  return checkPerson(notes, ctxOn(today), allRules).map((f) => `${f.code} ${f.severity}`).sort();
}

const TIME_BASED = [
  'actions/overdue warning', 'cadence/overdue warning', 'escalation/missed-review warning', 'feedback/not-given warning',
  'feedback/stale warning', 'snooze/ended hint',
];

describe("someone you no longer manage (person.yaml's until)", () => {
  it('while you manage them, every time-based check fires (the triggers)', () => {
    const all = findings('2026-12-01');
    for (const f of TIME_BASED) assert.ok(all.includes(f), `${f} in ${all.join(', ')}`);
    assert.ok(all.includes('feedback/delay warning'), all.join(', '));
    assert.deepEqual(findings('2026-12-01', '2026-12-01'), all, 'until is the last day managed: still managed on it');
  });

  it('after until: the time-based checks are quiet, feedback/delay is a hint, what the notes say still stands', () => {
    const after = findings('2026-12-01', '2026-11-30');
    for (const f of TIME_BASED) assert.ok(!after.some((a) => a.startsWith(f.split(' ')[0] as string)), `${f} still in ${after.join(', ')}`);
    assert.ok(after.includes('feedback/delay hint'), after.join(', '));
    assert.ok(after.includes('escalation/skipped-stage warning'), after.join(', '));
    assert.deepEqual(after, ['coaching/missing-three-es warning', 'escalation/skipped-stage warning', 'feedback/delay hint']);
  });

  it('a severity raised in the settings is still capped at a hint after until', () => {
    const notes = notesOf({ 'person.yaml': person('2026-11-30'), 'feedback.yaml': FEEDBACK_LOG });
    const ctx = ctxOn('2026-12-01', { severities: { 'feedback/delay': 'error' } });
    assert.deepEqual(checkPerson(notes, ctx).filter((f) => f.code === 'feedback/delay').map((f) => f.severity), ['hint']);
  });

  it('every rule says what it does after until, and the time-based ones are the ones quiet', () => {
    const quiet = allRules.filter((r) => r.afterUntil === 'quiet').map((r) => r.id).sort();
    assert.deepEqual(quiet, [
      'actions/overdue', 'cadence/overdue', 'escalation/missed-review', 'feedback/not-given', 'feedback/stale',
      'recognition/imbalance', 'recognition/none-recent', 'snooze/ended',
    ]);
  });
});
