// The coaching habits kept between changes, as the pictures' panel keeps them: after each change they are
// the habits worked out from nothing, and only the changed person's parts are worked out anew.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { everyonesNotes } from '../../../src/core/checks/engine';
import { coachingHabits, CoachingHabitsKept } from '../../../src/core/pictures/coachingHabits';
import { ctxOn } from '../checks/builders';
import { sampleCtx, sampleRoot, sampleTeam } from './sampleTeam';

const text = (file: string) => readFileSync(join(sampleRoot, file), 'utf8');

describe('the coaching habits kept between changes', () => {
  it('work out everyone the first time, then only the edited person, and always equal the habits worked out from nothing', () => {
    const checked = sampleTeam();
    const kept = new CoachingHabitsKept();
    const people = () => everyonesNotes(checked.index);
    assert.deepEqual(kept.habits(people(), sampleCtx), coachingHabits(people(), sampleCtx));
    assert.equal(kept.madeAnew, people().length);
    kept.habits(people(), sampleCtx);
    assert.equal(kept.madeAnew, 0);

    // Positive feedback given to Ben this quarter: recognition, the positive share and the delay move.
    const before = kept.habits(people(), sampleCtx);
    const file = 'ben-hughes/feedback.yaml';
    checked.update(file, `${text(file)}\n  - kind: positive\n    observed: 2026-11-20\n    given: 2026-11-25\n    situation: Incident review\n    behaviour: Wrote the timeline before anyone asked.\n    impact: The review took half the time.\n`, sampleCtx, { keepLastGood: true });
    const after = kept.habits(people(), sampleCtx);
    assert.equal(kept.madeAnew, 1);
    assert.deepEqual(after, coachingHabits(people(), sampleCtx));
    const recognition = (h: typeof after) => h.signals.find((s) => s.id === 'recognition')?.thisQuarter.count;
    assert.equal(recognition(after), (recognition(before) ?? 0) + 1);
  });

  it('work out everyone anew on another day or with other settings, and forget a person who is gone', () => {
    const checked = sampleTeam();
    const kept = new CoachingHabitsKept();
    const people = () => everyonesNotes(checked.index);
    kept.habits(people(), sampleCtx);
    const later = ctxOn('2026-12-20');
    assert.deepEqual(kept.habits(people(), later), coachingHabits(people(), later));
    assert.equal(kept.madeAnew, people().length);
    const monthly = { ...later, settings: { ...later.settings, defaultCadence: 'monthly' as const } };
    assert.deepEqual(kept.habits(people(), monthly), coachingHabits(people(), monthly));
    assert.equal(kept.madeAnew, people().length);
    for (const file of [...checked.index.files()].filter((f) => f.startsWith('dana-kowalski/'))) checked.remove(file, monthly);
    assert.deepEqual(kept.habits(people(), monthly), coachingHabits(people(), monthly));
    assert.equal(kept.madeAnew, 0);
  });
});
