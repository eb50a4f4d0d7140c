// The sample team as a manager opens it: a copy whose dates move to the day it is made, so that it
// reads as of today and gives the same findings on any day. Pure functions first, then the files.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { after, describe, it } from 'mocha';
import { main } from '../../src/cli';
import { addDays, daysBetween, todayIso } from '../../src/core/dates';
import { copyFolderDay, copyFolderName, planSampleCopy, SAMPLE_DAY, sampleCopyFiles, shiftDates } from '../../src/core/sample/sampleCopy';
import { loadWithCache, notesCachePath } from '../../src/core/reading/loadCache';
import { copyChanged, existingCopies, readTextFiles, writeSampleCopy } from '../../src/core/sample/sampleFolder';

// out/test/unit/ → project root
const sampleDir = join(__dirname, '..', '..', '..', 'examples', 'notes');
const scratch = mkdtempSync(join(tmpdir(), 'one-on-one-sample-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;
const freshDir = () => join(scratch, `c${++folders}`);

const DATE = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g;
const withoutDates = (text: string) => text.replace(DATE, 'YYYY-MM-DD');

describe('the sample day', () => {
  it('is the day examples/notes/README.md says the sample is written for', () => {
    const readme = readFileSync(join(sampleDir, 'README.md'), 'utf8');
    const [year, month, day] = SAMPLE_DAY.split('-').map(Number) as [number, number, number];
    const words = `${day} ${new Date(Date.UTC(year, month - 1, day)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${year}`;
    assert.match(readme, new RegExp(`written as of \\*\\*\\w+ ${words}\\*\\*`));
  });
});

describe('shiftDates', () => {
  it('moves every real date by the days asked, across months, years and 29 February', () => {
    assert.equal(shiftDates('date: 2026-11-27\nreview: [2026-12-30, 2027-02-27]', 3), 'date: 2026-11-30\nreview: [2027-01-02, 2027-03-02]');
    assert.equal(shiftDates('2028-02-28', 1), '2028-02-29');
    assert.equal(shiftDates('2026-03-01', -1), '2026-02-28');
  });

  it('leaves anything that is not a real date as it is', () => {
    const text = 'at 07:00, 2026-02-30, 2026-13-01, 12026-01-01, 2026-01-011, 2026-1-5, v1.2.3, 3 November';
    assert.equal(shiftDates(text, 10), text);
  });

  it('moving dates forth and back gives the text back, and touches nothing but dates', () => {
    const piece = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 40_000 }).map((n) => addDays('2000-01-01', n)));
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), fc.integer({ min: -5_000, max: 5_000 }), (text, days) => {
      const moved = shiftDates(text, days);
      assert.equal(shiftDates(moved, -days), text);
      assert.equal(withoutDates(moved), withoutDates(text));
    }), { numRuns: 500 });
  });
});

describe('a copy of the sample', () => {
  const sample = readTextFiles(sampleDir);

  it('reads the whole sample: the README and every notes file', () => {
    assert.ok(sample.some((f) => f.path === 'README.md'));
    assert.ok(sample.filter((f) => f.path.startsWith('one-on-ones/')).length >= 40, sample.map((f) => f.path).join(' '));
  });

  for (const today of ['2026-12-01', '2027-03-01', '2028-02-29', '2026-06-15']) {
    it(`made on ${today}: every date moves by ${daysBetween(SAMPLE_DAY, today)} days, file names too, and nothing else changes`, () => {
      const days = daysBetween(SAMPLE_DAY, today);
      const copy = sampleCopyFiles(sample, today);
      assert.equal(copy.length, sample.length);
      copy.forEach((file, i) => {
        const original = sample[i]!;
        assert.equal(file.path, shiftDates(original.path, days));
        const text = file.path === 'README.md' ? file.text.replace(/\n> This is your own copy[^\n]*\n/, '') : file.text;
        assert.equal(text, shiftDates(original.text, days), file.path);
        assert.equal(withoutDates(text), withoutDates(original.text), file.path);
      });
      const moved = (f: { path: string; text: string }) => [...`${f.path}\n${f.text}`.matchAll(DATE)].length;
      assert.ok(sample.reduce((n, f) => n + moved(f), 0) > 200, 'the sample is full of dates');
      // The sample's last 1:1 is the day before its day; the copy's is the day before the copy's day.
      const last = (files: typeof sample) => files.map((f) => /\/(\d{4}-\d{2}-\d{2})[a-z]?\.yaml$/.exec(f.path)?.[1] ?? '').sort().at(-1);
      assert.equal(last(copy), addDays(today, daysBetween(SAMPLE_DAY, last(sample)!)));
    });
  }

  it('says in its README that its dates moved, and by how much', () => {
    const readme = sampleCopyFiles(sample, '2026-12-07').find((f) => f.path === 'README.md')!.text;
    assert.match(readme.split('\n').slice(0, 3).join('\n'), /^# .*\n\n> This is your own copy of the sample, made on 2026-12-07\. .* 10 days later than in the original/);
    assert.equal(sampleCopyFiles(sample, SAMPLE_DAY).find((f) => f.path === 'README.md')!.text, sample.find((f) => f.path === 'README.md')!.text);
  });

  it('rejects a day that is not a date', () => {
    assert.throws(() => sampleCopyFiles(sample, '2026-02-30'), RangeError);
  });
});

/** The command line's JSON findings for `folder`, checked on `today`. */
function cliFindings(folder: string, today: string): Record<string, unknown>[] {
  let out = '';
  main(['check', folder, '--format', 'json'], { cwd: folder, stdout: (t) => { out += t; }, stderr: () => undefined, today: () => today });
  return JSON.parse(out) as Record<string, unknown>[];
}

describe('the copy, checked by the command line on the day it was made', () => {
  const atSampleDay = cliFindings(sampleDir, SAMPLE_DAY);

  it('the sample has findings to compare (on its day)', () => {
    assert.ok(atSampleDay.length >= 15, `${atSampleDay.length} findings`);
  });

  for (const today of [SAMPLE_DAY, todayIso(), '2027-01-01', '2028-03-01', '2026-02-01']) {
    it(`made on ${today}: loads clean, and finds what the sample finds on its day, at the moved places`, () => {
      const dir = freshDir();
      writeSampleCopy(sampleDir, dir, today);
      const days = daysBetween(SAMPLE_DAY, today);
      const found = cliFindings(dir, today);
      assert.deepEqual(found.filter((f) => /^(format|layout)\//.test(String(f.rule))), []);
      // Same rules, severities, lines and messages; the files and any date in a message moved with the copy.
      assert.deepEqual(found, JSON.parse(shiftDates(JSON.stringify(atSampleDay), days)));
    });
  }
});

describe('copies on disk', () => {
  it('are written whole, never over a folder that holds files', () => {
    const dir = freshDir();
    writeSampleCopy(sampleDir, dir, '2026-12-01');
    assert.equal(copyChanged(readTextFiles(sampleDir), dir, '2026-12-01'), false);
    assert.throws(() => writeSampleCopy(sampleDir, dir, '2026-12-01'));
    assert.equal(copyChanged(readTextFiles(sampleDir), dir, '2026-12-01'), false, 'the first copy is untouched');
    assert.deepEqual(readdirSync(join(dir, '..')).filter((n) => n.startsWith('.partial-')), [], 'nothing half-written is left');
  });

  it('are not changed by the cache 1:1 Coach keeps in their notes folder', () => {
    const dir = freshDir();
    writeSampleCopy(sampleDir, dir, '2026-12-01');
    assert.equal(loadWithCache(join(dir, 'one-on-ones'), notesCachePath(join(dir, 'one-on-ones'))).stats.saved, true);
    assert.equal(copyChanged(readTextFiles(sampleDir), dir, '2026-12-01'), false);
  });

  it('count as changed after any edit, a new file or a deleted one', () => {
    const copies = freshDir();
    const [first, second, third, fourth] = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'].map((day) => {
      writeSampleCopy(sampleDir, join(copies, copyFolderName(day)), day);
      return copyFolderName(day);
    }) as [string, string, string, string];
    const ben = join(copies, second, 'one-on-ones', 'ben-hughes');
    writeFileSync(join(ben, 'person.yaml'), `${readFileSync(join(ben, 'person.yaml'), 'utf8')}# my note\n`);
    writeFileSync(join(copies, third, 'one-on-ones', 'ben-hughes', '2026-12-03.yaml'), 'date: 2026-12-03\n');
    rmSync(join(copies, fourth, 'README.md'));
    mkdirSync(join(copies, 'not-a-copy'));
    assert.deepEqual(existingCopies(sampleDir, copies).sort((a, b) => (a.name < b.name ? -1 : 1)), [
      { name: first, changed: false },
      { name: second, changed: true },
      { name: third, changed: true },
      { name: fourth, changed: true },
    ]);
    assert.deepEqual(existingCopies(sampleDir, join(copies, 'none')), []);
  });
});

describe('which copy to open', () => {
  const today = '2026-12-10';
  const name = (day: string, nth?: number) => copyFolderName(day, nth);

  it('a fresh copy named by today when there is none', () => {
    assert.deepEqual(planSampleCopy([], today), { fresh: { name: 'sample-team-2026-12-10', exists: false } });
  });

  it("re-uses today's copy while it is as made; older untouched copies are passed over", () => {
    assert.deepEqual(planSampleCopy([{ name: name('2026-12-01'), changed: false }, { name: name(today), changed: false }], today), { fresh: { name: name(today), exists: true } });
    assert.deepEqual(planSampleCopy([{ name: name('2026-12-01'), changed: false }], today), { fresh: { name: name(today), exists: false } });
  });

  it('offers the latest changed copy, and a fresh one beside it that never takes its name', () => {
    assert.deepEqual(planSampleCopy([{ name: name('2026-12-01'), changed: true }, { name: name('2026-12-05'), changed: true }, { name: 'notes', changed: true }], today), {
      fresh: { name: name(today), exists: false }, changed: name('2026-12-05'),
    });
    assert.deepEqual(planSampleCopy([{ name: name(today), changed: true }], today), { fresh: { name: 'sample-team-2026-12-10-2', exists: false }, changed: name(today) });
    const many = [1, 2, 9, 10].map((nth) => ({ name: name(today, nth), changed: true }));
    assert.deepEqual(planSampleCopy(many, today), { fresh: { name: name(today, 11), exists: false }, changed: name(today, 10) });
    assert.deepEqual(planSampleCopy([{ name: name(today), changed: true }, { name: name(today, 2), changed: false }], today), {
      fresh: { name: name(today, 2), exists: true }, changed: name(today),
    });
  });

  it('reads the day and number from a copy folder name', () => {
    assert.deepEqual(copyFolderDay('sample-team-2026-12-10'), { day: '2026-12-10', nth: 1 });
    assert.deepEqual(copyFolderDay('sample-team-2026-12-10-3'), { day: '2026-12-10', nth: 3 });
    assert.equal(copyFolderDay('sample-team-2026-12-32'), undefined);
    assert.equal(copyFolderDay('2026-12-10'), undefined);
    assert.equal(copyFolderDay('.partial-x'), undefined);
  });
});
