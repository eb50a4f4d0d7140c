import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { checkPerson, checkTeam } from '../../../src/core/checks/engine';
import { snoozeAboutFor, snoozeEnded } from '../../../src/core/checks/snooze';
import { loadNotesFile } from '../../../src/core/reading/loader';
import { NotesIndex } from '../../../src/core/people/notesIndex';
import { applyFix, ctxOn, notesOf, only, run, textAt } from './builders';

const today = '2026-11-27';
const ctx = ctxOn(today);

// Two stale corrective items (given 2026-10-30 and 2026-11-02) and one not given yet; the last 1:1
// was on 2026-11-10 (17 days ago: cadence/overdue).
const FEEDBACK = [
  'feedback:',
  '  - kind: corrective',
  '    observed: 2026-10-30',
  '    given: 2026-10-30',
  '    behaviour: Merged the billing change with one approval.',
  '  - kind: corrective',
  '    observed: 2026-11-02',
  '    given: 2026-11-02',
  '    behaviour: Skipped the design review.',
  '    topic: design-reviews',
  '  - kind: positive',
  '    observed: 2026-11-25',
  '    given: not-yet',
  '    behaviour: Ran the retro.',
  '',
].join('\n');

function files(snooze: string): Record<string, string> {
  return {
    'person.yaml': `name: Chen Wei\ncadence: weekly\n# put off on purpose\n${snooze}`,
    '2026-11-10.yaml': 'date: 2026-11-10\nnotes: Fine.\n',
    'feedback.yaml': FEEDBACK,
  };
}

const codes = (snooze: string, on = ctx) => checkPerson(notesOf(files(snooze)), on).map((f) => f.code).sort();

describe('snoozes', () => {
  it('without snoozes, the notes have these findings', () => {
    assert.deepEqual(codes(''), ['cadence/overdue', 'feedback/not-given', 'feedback/stale', 'feedback/stale']);
  });

  it('a snooze of a whole-person check holds up to and including until; the finding is back the day after', () => {
    const snooze = 'snooze:\n  - check: cadence/overdue\n    until: 2026-11-30\n    reason: team offsite\n';
    assert.deepEqual(codes(snooze), ['feedback/not-given', 'feedback/stale', 'feedback/stale']);
    assert.deepEqual(codes(snooze, ctxOn('2026-11-30')), ['feedback/not-given', 'feedback/stale', 'feedback/stale']);
    assert.deepEqual(codes(snooze, ctxOn('2026-12-01')), ['cadence/overdue', 'feedback/not-given', 'feedback/stale', 'feedback/stale', 'snooze/ended']);
  });

  it('without about, every finding of the check about the person', () => {
    assert.deepEqual(codes('snooze:\n  - { check: feedback/stale, until: 2026-12-04 }\n'), ['cadence/overdue', 'feedback/not-given']);
  });

  it('about names one item by file and date, a topic, or a file; case, commas and spaces do not matter', () => {
    const stale = (about: string) => checkPerson(notesOf(files(`snooze:\n  - check: feedback/stale\n    until: 2026-12-04\n    about: ${about}\n`)), ctx)
      .filter((f) => f.code === 'feedback/stale').map((f) => f.message.match(/\((\d{4}-\d{2}-\d{2})\)/)?.[1]);
    assert.deepEqual(stale('feedback.yaml 2026-10-30'), ['2026-11-02']);
    assert.deepEqual(stale('Feedback.yaml,  2026-11-02'), ['2026-10-30']);
    assert.deepEqual(stale('design-reviews'), ['2026-10-30']);
    assert.deepEqual(stale('feedback.yaml'), []);
    assert.deepEqual(stale('2026-11-10.yaml'), ['2026-10-30', '2026-11-02'], 'another file: nothing matched');
  });

  it('a snooze of another check, or one in the past, changes nothing', () => {
    assert.deepEqual(codes('snooze:\n  - { check: recognition/none-recent, until: 2026-12-04 }\n'), codes(''));
    assert.deepEqual(codes('snooze:\n  - { check: cadence/overdue, until: 2026-11-26 }\n'), [...codes(''), 'snooze/ended'].sort());
  });

  it('the about a quick fix writes: the item, the topic, the file; nothing for person.yaml or a team finding', () => {
    const notes = notesOf(files(''));
    const found = checkPerson(notes, ctx);
    const about = (code: string, i = 0) => snoozeAboutFor(found.filter((f) => f.code === code)[i]!, notes, false);
    assert.equal(about('feedback/stale'), 'feedback.yaml 2026-10-30');
    assert.equal(about('feedback/stale', 1), 'feedback.yaml 2026-11-02');
    assert.equal(about('cadence/overdue'), undefined);
    assert.equal(snoozeAboutFor(found[0]!, notes, true), undefined);
  });

  it('a team finding is put off by a snooze in anyone\'s person.yaml', () => {
    const index = new NotesIndex();
    for (const id of ['ana', 'ben', 'cy']) {
      index.update(`${id}/person.yaml`, `name: ${id}\n${id === 'cy' ? 'snooze:\n  - { check: culture/recurring-barrier, until: 2026-12-31 }\n' : ''}`);
      index.update(`${id}/2026-11-20.yaml`, 'date: 2026-11-20\ntopics:\n  - id: flaky-ci\n    stance: supportive\n    expectation: Green builds.\n    support: [Pairing]\n');
    }
    const people = index.people().map((p) => index.notes(p.id)!);
    assert.deepEqual(checkTeam(people, ctx), []);
    assert.equal(checkTeam(people, ctxOn('2027-01-01')).length, 1, 'back the day after');
  });

  describe('snooze/ended', () => {
    const ended = files('snooze:\n  - check: cadence/overdue   # offsite\n    until: 2026-11-20\n    reason: team offsite\n  - check: feedback/stale\n    until: 2026-12-20\n');

    it('hints at a snooze whose day has passed, with a fix that removes it and keeps the rest', () => {
      const f = only(run(snoozeEnded, ended, ctx));
      assert.equal(f.severity, 'hint');
      assert.equal(f.message, 'The snooze of cadence/overdue ended on 2026-11-20; remove it, or give it a later date');
      assert.match(textAt(ended['person.yaml']!, f.range), /^check: cadence\/overdue/);
      const fixed = applyFix(ended, f.fixes![0]!)['person.yaml']!;
      assert.equal(fixed, 'name: Chen Wei\ncadence: weekly\n# put off on purpose\nsnooze:\n  - check: feedback/stale\n    until: 2026-12-20\n');
      assert.deepEqual(run(snoozeEnded, { ...ended, 'person.yaml': fixed }, ctx), []);
    });
  });

  describe('in person.yaml', () => {
    it('check, until, about and reason; a check id must look like one', () => {
      assert.deepEqual(loadNotesFile('p/person.yaml', 'name: A\nsnooze:\n  - { check: feedback/stale, until: 2026-12-01, about: feedback.yaml 2026-10-30, reason: x }\n').findings, []);
      const f = only(loadNotesFile('p/person.yaml', 'name: A\nsnooze:\n  - { check: stale feedback, until: 2026-12-01 }\n').findings);
      assert.match(f.message, /"stale feedback" is not a check id/);
      assert.match(only(loadNotesFile('p/person.yaml', 'name: A\nsnooze:\n  - { check: feedback/stale }\n').findings).message, /date is required/);
    });
  });
});
