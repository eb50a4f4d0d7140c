import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { cadenceFacts } from '../../src/core/guidance/cadence';
import { oneOnOneFilesOn } from '../../src/core/reading/layout';
import { newOneOnOneText } from '../../src/core/templates/newOneOnOne';
import { dayChoices, firstPlaceholder } from '../../src/core/templates/oneOnOneDay';
import { ctxOn, notesOf } from './checks/builders';

const today = '2026-12-01';
const ctx = ctxOn(today);
const ada = { 'person.yaml': 'name: Ada\ncadence: weekly\n', '2026-11-24.yaml': 'date: 2026-11-24\nnotes: Met.\n' };

function choices(files: Record<string, string>): [string, string, boolean, string][] {
  return dayChoices(cadenceFacts(notesOf(files), ctx), today, Object.keys(files)).map((c) => [c.label, c.date, c.another, c.file]);
}

describe('New 1:1: which day', () => {
  it('offers today, and the next day the cadence expects when that is after today', () => {
    assert.deepEqual(choices(ada), [['Today', today, false, '2026-12-01.yaml']]);
    const metToday = { ...ada, '2026-12-01.yaml': 'date: 2026-12-01\nnotes: Met.\n' };
    assert.deepEqual(choices(metToday), [
      ['Today', today, false, '2026-12-01.yaml'],
      ['Another 1:1 today', today, true, '2026-12-01b.yaml'],
      ['Next due', '2026-12-08', false, '2026-12-08.yaml'],
    ]);
    const twoWeeks = { 'person.yaml': 'name: Ada\ncadence: biweekly\n', '2026-11-24.yaml': 'date: 2026-11-24\nnotes: Met.\n' };
    const next = dayChoices(cadenceFacts(notesOf(twoWeeks), ctx), today, Object.keys(twoWeeks))[1];
    assert.deepEqual([next?.label, next?.date, next?.description], ['Next due', '2026-12-08', '2026-12-08, in 7 days (biweekly, last 1:1 2026-11-24) · new file 2026-12-08.yaml']);
  });

  it('a day that has a file opens its latest file; another file for it only on its own choice', () => {
    const prepared = { ...ada, '2026-12-01.yaml': 'date: 2026-12-01\nnotes: |\n  <what you could share with them>\n', '2026-12-01b.yaml': 'date: 2026-12-01\n' };
    const [open, another] = dayChoices(cadenceFacts(notesOf(prepared), ctx), today, Object.keys(prepared));
    assert.deepEqual([open?.label, open?.another, open?.file, open?.description], ['Today', false, '2026-12-01b.yaml', `${today} · opens 2026-12-01b.yaml, already started`]);
    assert.deepEqual([another?.label, another?.another, another?.file], ['Another 1:1 today', true, '2026-12-01c.yaml']);
    // A prepared file of today is not held: the next due day still counts from 24 November, today.
    assert.equal(dayChoices(cadenceFacts(notesOf(prepared), ctx), today, Object.keys(prepared)).some((c) => c.label === 'Next due'), false);
    assert.deepEqual(oneOnOneFilesOn(today, ['2026-12-01c.yaml', 'person.yaml', '2026-12-01.yaml', '2026-12-01b.yml', '2026-12-02.yaml']), ['2026-12-01.yaml', '2026-12-01b.yml', '2026-12-01c.yaml']);
  });
});

describe('New 1:1: where the cursor goes', () => {
  it('on the first placeholder, never inside a comment', () => {
    const text = newOneOnOneText(notesOf(ada), today, ctx);
    const range = firstPlaceholder(text);
    assert.ok(range);
    const line = text.split('\n')[range.start.line] as string;
    assert.equal(line.slice(range.start.character, range.end.character), '<their topics first, then yours>');
    assert.equal(text.split('\n')[range.start.line - 1], 'agenda:');
    assert.deepEqual(firstPlaceholder('# write over each <hint>\ndate: 2026-12-01\nnotes: x   # <not this>\nprivate: |\n  <for you alone>\n'), { start: { line: 4, character: 2 }, end: { line: 4, character: 17 } });
    assert.equal(firstPlaceholder('date: 2026-12-01\n'), undefined);
  });
});
