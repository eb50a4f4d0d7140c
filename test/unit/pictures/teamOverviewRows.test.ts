// The team overview kept between changes, as the pictures' panel keeps it: after each change it is the
// overview made from nothing, and it makes anew only the rows of the people the change touched.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { teamOverview, TeamOverviewRows } from '../../../src/core/pictures/teamOverview';
import { ctxOn } from '../checks/builders';
import { sampleCtx, sampleRoot, sampleTeam } from './sampleTeam';

const text = (file: string) => readFileSync(join(sampleRoot, file), 'utf8');

describe('the team overview kept between changes', () => {
  it('makes every row the first time, then only the edited person\'s, and always equals the overview made from nothing', () => {
    const checked = sampleTeam();
    const rows = new TeamOverviewRows();
    const people = checked.index.people().length;
    assert.deepEqual(rows.overview(checked, sampleCtx), teamOverview(checked, sampleCtx));
    assert.equal(rows.madeAnew, people);

    assert.deepEqual(rows.overview(checked, sampleCtx), teamOverview(checked, sampleCtx));
    assert.equal(rows.madeAnew, 0, 'nothing changed, nothing made anew');

    // Ben's feedback log gains corrective feedback never given: his row (feedback, urgency) changes, and the
    // team is ranked again.
    const file = 'ben-hughes/feedback.yaml';
    const before = rows.overview(checked, sampleCtx).rows.find((r) => r.personId === 'ben-hughes');
    checked.update(file, `${text(file)}\n  - kind: corrective\n    observed: 2026-11-02\n    given: not-yet\n    situation: Standup\n    behaviour: Talked over Chen twice.\n    impact: Chen stopped giving updates.\n`, sampleCtx, { keepLastGood: true });
    const after = rows.overview(checked, sampleCtx);
    assert.equal(rows.madeAnew, 1);
    assert.deepEqual(after, teamOverview(checked, sampleCtx));
    const ben = after.rows.find((r) => r.personId === 'ben-hughes');
    assert.notDeepEqual(ben?.feedback, before?.feedback);
  });

  it('makes every row anew on another day or with other settings, and forgets a person who is gone', () => {
    const checked = sampleTeam();
    const rows = new TeamOverviewRows();
    const people = checked.index.people().length;
    rows.overview(checked, sampleCtx);
    const nextDay = ctxOn('2026-11-28');
    assert.deepEqual(rows.overview(checked, nextDay), teamOverview(checked, nextDay));
    assert.equal(rows.madeAnew, people);
    const stricter = { ...nextDay, settings: { ...nextDay.settings, recognitionDays: 7 } };
    assert.deepEqual(rows.overview(checked, stricter), teamOverview(checked, stricter));
    assert.equal(rows.madeAnew, people);

    for (const file of [...checked.index.files()].filter((f) => f.startsWith('chen-wei/'))) checked.remove(file, stricter);
    const without = rows.overview(checked, stricter);
    assert.equal(rows.madeAnew, 0);
    assert.deepEqual(without, teamOverview(checked, stricter));
    assert.ok(!without.rows.some((r) => r.personId === 'chen-wei'));
  });
});
