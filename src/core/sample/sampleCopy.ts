// The sample team (examples/notes) as a manager opens it: a copy whose dates are moved so that it reads
// as of today, with the same findings on any day. Pure: text in, text out; the files are read and
// written by sampleFolder.ts.
import { addDays, daysBetween, isIsoDate } from '../dates';

/**
 * The day the sample is written for (its notes stop the day before). Every date in a copy moves by
 * the days from here to the day the copy is made. examples/notes/README.md says the same day in words.
 */
export const SAMPLE_DAY = '2026-11-27';

/** A text file of the sample or of a copy: its path inside the folder, `/`-separated, and its text. */
export interface TextFile {
  readonly path: string;
  readonly text: string;
}

/** A `YYYY-MM-DD` with no digit right before or after it (so `12026-01-011` is left alone). */
const DATE_IN_TEXT = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g;

/** `text` with every real calendar date moved by `days`; anything else, invalid dates included, unchanged. */
export function shiftDates(text: string, days: number): string {
  if (days === 0) return text;
  return text.replace(DATE_IN_TEXT, (date) => (isIsoDate(date) ? addDays(date, days) : date));
}

/** How many days a copy made on `today` moves the sample's dates. */
export function sampleShiftDays(today: string): number {
  return daysBetween(SAMPLE_DAY, today);
}

/** The line put under the title of the copy's README, which otherwise speaks of the original days. */
function copyNote(today: string): string {
  const days = sampleShiftDays(today);
  const moved = `${Math.abs(days)} ${Math.abs(days) === 1 ? 'day' : 'days'} ${days > 0 ? 'later' : 'earlier'}`;
  return `> This is your own copy of the sample, made on ${today}. Every date in it, file names included, ` +
    `is ${moved} than in the original, so that the notes read as of today. The text below keeps the original days.`;
}

/**
 * The sample's files as a copy made on `today` holds them: every date in every path and text moved
 * by the days from SAMPLE_DAY to `today`, and a note under the README's title saying so.
 */
export function sampleCopyFiles(sample: readonly TextFile[], today: string): TextFile[] {
  if (!isIsoDate(today)) throw new RangeError(`not a date: ${today}`);
  const days = sampleShiftDays(today);
  return sample.map(({ path, text }) => {
    const shifted = shiftDates(text, days);
    return { path: shiftDates(path, days), text: path === 'README.md' && days !== 0 ? withNote(shifted, copyNote(today)) : shifted };
  });
}

/** `markdown` with `note` as a paragraph right after its first line (the title). */
function withNote(markdown: string, note: string): string {
  const end = markdown.indexOf('\n');
  if (end < 0) return `${markdown}\n\n${note}\n`;
  return `${markdown.slice(0, end + 1)}\n${note}\n${markdown.slice(end + 1)}`;
}

// Copies live side by side, one folder each, named by the day they read as of: `sample-team-2026-12-01`,
// then `sample-team-2026-12-01-2`, `-3` for fresh copies made on a day whose copy was changed. The name
// is what the Explorer shows as the workspace.
const COPY_PREFIX = 'sample-team-';
const COPY_FOLDER = /^sample-team-(\d{4}-\d{2}-\d{2})(?:-(\d+))?$/;

/** The folder name of the n-th copy (from 1) that reads as of `day`. */
export function copyFolderName(day: string, nth = 1): string {
  return `${COPY_PREFIX}${day}${nth === 1 ? '' : `-${nth}`}`;
}

/** The day a copy folder reads as of, and its number that day (1 for the first); undefined for other names. */
export function copyFolderDay(name: string): { readonly day: string; readonly nth: number } | undefined {
  const m = COPY_FOLDER.exec(name);
  if (!m || !isIsoDate(m[1])) return undefined;
  return { day: m[1] as string, nth: m[2] === undefined ? 1 : Number(m[2]) };
}

/** A copy already in the copies folder, and whether the manager changed anything in it. */
export interface ExistingCopy {
  readonly name: string;
  readonly changed: boolean;
}

export interface SampleCopyPlan {
  /** The copy dated today that is still as made, to re-use; or the free name for a new one. */
  readonly fresh: { readonly name: string; readonly exists: boolean };
  /** The latest copy the manager changed, to offer before a fresh one; never written over. */
  readonly changed?: string;
}

/** Which copy to open on `today`, given the copies there are (any order; other names ignored). */
export function planSampleCopy(existing: readonly ExistingCopy[], today: string): SampleCopyPlan {
  const copies = existing
    .flatMap((c) => {
      const at = copyFolderDay(c.name);
      return at ? [{ ...c, ...at }] : [];
    })
    .sort((a, b) => (a.day === b.day ? a.nth - b.nth : a.day < b.day ? -1 : 1));
  const changed = copies.filter((c) => c.changed).at(-1)?.name;
  const todays = copies.filter((c) => c.day === today);
  const untouched = todays.find((c) => !c.changed);
  const nth = Math.max(0, ...todays.map((c) => c.nth)) + 1;
  const fresh = untouched
    ? { name: untouched.name, exists: true }
    : { name: copyFolderName(today, nth), exists: false };
  return changed === undefined ? { fresh } : { fresh, changed };
}
