// The editor's per-person re-check and the team rules: a change to one person's file can raise or
// clear a team finding on another person's file, and the changed set says so.
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { CheckedNotes } from '../../src/core/workspace/checkedNotes';
import { withDefaults } from '../../src/core/checks/settings';
import type { CheckContext } from '../../src/core/checks/rule';

const ctx: CheckContext = { today: '2026-11-27', settings: withDefaults() };
const CODE = 'culture/recurring-barrier';

/** A 1:1 with a Socratic conversation on a topic of its own (so only the barrier is shared). */
const oneOnOne = (date: string, barrier: string) =>
  `date: ${date}\ntopics:\n  - id: topic-${date}\n    stance: socratic\n    barriers:\n      - ${barrier}\n    status: open\n`;

const ANA = 'ana/2026-10-01.yaml';
const BEN = 'ben/2026-11-10.yaml';
const CY = 'cy/2026-09-15.yaml';

function team(): CheckedNotes {
  const notes = new CheckedNotes();
  notes.index.update('ana/person.yaml', 'name: Ana Silva\n');
  notes.index.update('ben/person.yaml', 'name: Ben Hughes\n');
  notes.index.update('cy/person.yaml', 'name: Cy Moreau\n');
  notes.index.update(ANA, oneOnOne('2026-10-01', 'No support rota'));
  notes.index.update(BEN, oneOnOne('2026-11-10', 'No support rota'));
  notes.index.update(CY, oneOnOne('2026-09-15', 'Too many meetings'));
  notes.recheck(ctx);
  return notes;
}

const teamFindings = (notes: CheckedNotes) => [...notes.grouped().values()].flat().filter((f) => f.code === CODE);

describe('CheckedNotes: team findings', () => {
  it('a change to one person raises the finding on another person\'s file, and both files are in the changed set', () => {
    const notes = team();
    assert.deepEqual(teamFindings(notes), []);
    const changed = notes.update(CY, oneOnOne('2026-09-15', 'no support rota!'), ctx);
    assert.ok(changed.has(CY), 'the edited file');
    assert.ok(changed.has(BEN), 'the file the team finding is on');
    const onBen = notes.findingsFor(BEN).filter((f) => f.code === CODE);
    assert.equal(onBen.length, 1);
    assert.deepEqual(onBen[0]?.related?.map((r) => r.file), [ANA, CY]);
    assert.equal(teamFindings(notes).length, 1, 'once, in grouped()');
  });

  it('and clears it again, with the file it was on in the changed set', () => {
    const notes = team();
    notes.update(CY, oneOnOne('2026-09-15', 'No support rota'), ctx);
    const changed = notes.update(CY, oneOnOne('2026-09-15', 'Too many meetings'), ctx);
    assert.ok(changed.has(CY) && changed.has(BEN));
    assert.deepEqual(teamFindings(notes), []);
    assert.deepEqual(notes.findingsFor(BEN).filter((f) => f.code === CODE), []);
  });

  it('removing a file counts as a change too, and a full re-check follows the settings', () => {
    const notes = team();
    notes.update(CY, oneOnOne('2026-09-15', 'No support rota'), ctx);
    const changed = notes.remove(ANA, ctx);
    assert.ok(changed.has(ANA) && changed.has(BEN));
    assert.deepEqual(teamFindings(notes), []);
    const lower = notes.recheck({ ...ctx, settings: withDefaults({ recurringBarrierPeople: 2 }) });
    assert.ok(lower.has(BEN));
    assert.equal(teamFindings(notes).length, 1);
  });
});
