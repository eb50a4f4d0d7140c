import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { noSharedPurpose } from '../../../src/core/checks/professionals';
import { applyFix, ctxOn, only, run, textAt } from './builders';

const ctx = ctxOn('2026-11-27');
const professional = 'name: Dana Kowalski\nprofessional: true\n';

const topic = '  - id: decision-records\n    title: Writing decisions down\n    stance: supportive\n    expectation: A decision record for each migration decision.   # within a week\n    explanation: One page answers the question once.\n';

function files(topics: string, person = professional): Record<string, string> {
  return { 'person.yaml': person, '2026-11-09.yaml': `date: 2026-11-09\ntopics:\n${topics}` };
}

describe('professional/no-shared-purpose', () => {
  it('warns for a professional\'s conversation without a shared purpose, at its id', () => {
    const notes = files(topic);
    const f = only(run(noSharedPurpose, notes, ctx));
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, 'Dana Kowalski is a professional, and the conversation on decision-records does not name a shared purpose first');
    assert.equal(textAt(notes['2026-11-09.yaml'] as string, f.range), 'decision-records');
  });

  it('is satisfied by a shared purpose', () => {
    assert.deepEqual(run(noSharedPurpose, files(`${topic}    sharedPurpose: Teams that ship without waiting on us.\n`), ctx), []);
  });

  it('asks nothing of people who are not professionals', () => {
    assert.deepEqual(run(noSharedPurpose, files(topic, 'name: Chen Wei\n'), ctx), []);
    assert.deepEqual(run(noSharedPurpose, files(topic, 'name: Chen Wei\nprofessional: false\n'), ctx), []);
  });

  it('asks it of every conversation of an episode, but not of the review of a plan', () => {
    const later = { ...files(`${topic}    sharedPurpose: Same as ever.\n`), '2026-11-23.yaml': 'date: 2026-11-23\ntopics:\n  - id: decision-records\n    stance: socratic\n    questions: [What helps?]\n' };
    assert.equal(only(run(noSharedPurpose, later, ctx)).file, 'p/2026-11-23.yaml');
    const review = { ...later, '2026-11-23.yaml': 'date: 2026-11-23\ntopics:\n  - id: decision-records\n    stance: plan\n    review: { outcome: Done. }\n' };
    assert.deepEqual(run(noSharedPurpose, review, ctx), []);
  });

  it('fixes by adding sharedPurpose right after id, title and stance, keeping comments', () => {
    const notes = files(topic);
    const fix = only(run(noSharedPurpose, notes, ctx)).fixes?.[0];
    assert.ok(fix);
    const fixed = applyFix(notes, fix)['2026-11-09.yaml'] as string;
    assert.equal(fixed, `date: 2026-11-09\ntopics:\n${topic.replace('    stance: supportive\n', '    stance: supportive\n    sharedPurpose:\n')}`);
    const filled = fixed.replace('sharedPurpose:', 'sharedPurpose: Other teams get answers without asking.');
    assert.deepEqual(run(noSharedPurpose, { ...notes, '2026-11-09.yaml': filled }, ctx), []);
  });

  it('inserts after the opening keys wherever they are, and offers nothing when the key is there, empty', () => {
    const stanceFirst = '  - stance: supportive\n    expectation: Records.\n    id: decision-records\n    explanation: Why.\n';
    const notes = files(stanceFirst);
    const fixed = applyFix(notes, only(run(noSharedPurpose, notes, ctx)).fixes?.[0] ?? assert.fail('no fix'))['2026-11-09.yaml'];
    assert.equal(fixed, `date: 2026-11-09\ntopics:\n${stanceFirst.replace('id: decision-records\n', 'id: decision-records\n    sharedPurpose:\n')}`);
    assert.equal(only(run(noSharedPurpose, files(`${topic}    sharedPurpose:\n`), ctx)).fixes, undefined);
  });
});
