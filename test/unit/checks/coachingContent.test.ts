import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { missingThreeEs } from '../../../src/core/checks/coachingContent';
import { applyFix, ctxOn, only, run, textAt } from './builders';

const ctx = ctxOn('2026-11-27');

function oneOnOne(topic: string): Record<string, string> {
  return { 'person.yaml': 'name: Chen Wei\n', '2026-11-12.yaml': `date: 2026-11-12\ntopics:\n${topic}` };
}

const bare = '  - id: ticket-hygiene   # the board\n    stance: supportive\n    expectation: Move the ticket when the PR is up.\n';

describe('coaching/missing-three-es', () => {
  it('warns on a topic conversation with none of the three, at its id', () => {
    const files = oneOnOne(bare);
    const f = only(run(missingThreeEs, files, ctx));
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, 'The conversation on ticket-hygiene has no explanation, encouragement or empowerment: without them, a correction reads as a lecture');
    assert.equal(textAt(files['2026-11-12.yaml'] as string, f.range), 'ticket-hygiene');
  });

  for (const key of ['explanation', 'encouragement', 'empowerment']) {
    it(`is satisfied by ${key} alone`, () => {
      assert.deepEqual(run(missingThreeEs, oneOnOne(`${bare}    ${key}: Some words.\n`), ctx), []);
    });
  }

  it('holds every stance to it, but not the review of a plan', () => {
    for (const stance of ['socratic', 'plan']) {
      assert.equal(run(missingThreeEs, oneOnOne(bare.replace('supportive', stance)), ctx).length, 1, stance);
    }
    const review = '  - id: ticket-hygiene\n    stance: plan\n    review: { outcome: Goals met. }\n    status: resolved\n';
    assert.deepEqual(run(missingThreeEs, oneOnOne(review), ctx), []);
  });

  it('counts an empty key as not written', () => {
    assert.equal(run(missingThreeEs, oneOnOne(`${bare}    explanation:\n`), ctx).length, 1);
  });

  it('fixes by adding the three keys at the entry\'s indentation; filled in, the warning goes', () => {
    const files = oneOnOne(`${bare}  - id: other\n    stance: supportive\n    explanation: Why.\n`);
    const fix = only(run(missingThreeEs, files, ctx)).fixes?.[0];
    assert.ok(fix);
    const fixed = applyFix(files, fix)['2026-11-12.yaml'] as string;
    assert.equal(fixed, `date: 2026-11-12\ntopics:\n${bare}    explanation:\n    encouragement:\n    empowerment:\n  - id: other\n    stance: supportive\n    explanation: Why.\n`);
    assert.equal(run(missingThreeEs, { ...files, '2026-11-12.yaml': fixed }, ctx).length, 1, 'still empty');
    const filled = fixed.replace('    encouragement:\n', '    encouragement: Your own PRs are the cleanest on the team.\n');
    assert.deepEqual(run(missingThreeEs, { ...files, '2026-11-12.yaml': filled }, ctx), []);
  });

  it('adds only the keys not written yet, and no fix when all three are there, empty', () => {
    const files = oneOnOne(`${bare}    encouragement:\n`);
    const fix = only(run(missingThreeEs, files, ctx)).fixes?.[0];
    assert.ok(fix);
    assert.equal(applyFix(files, fix)['2026-11-12.yaml'], `date: 2026-11-12\ntopics:\n${bare}    encouragement:\n    explanation:\n    empowerment:\n`);
    const all = oneOnOne(`${bare}    explanation:\n    encouragement:\n    empowerment:\n`);
    assert.equal(only(run(missingThreeEs, all, ctx)).fixes, undefined);
  });
});
