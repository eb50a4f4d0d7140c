// Where things live under the notes root, and what a file's path says about it.
//
//   <notesRoot>/<person-id>/person.yaml       the person
//   <notesRoot>/<person-id>/YYYY-MM-DD.yaml   one 1:1 (second one that day: YYYY-MM-DDb.yaml, then c, d, ...)
//   <notesRoot>/<person-id>/feedback.yaml     feedback given (or still to give) outside 1:1s
//
// The person id is the folder name, exactly as written (spaces, accents and
// capitals included). `.yml` is read as well as `.yaml`.

import { isoDateProblem } from '../dates';

export const PERSON_FILE = 'person.yaml';
export const FEEDBACK_LOG_FILE = 'feedback.yaml';

/** `YYYY-MM-DD`, an optional one-letter suffix for further 1:1s that day, then `.yaml` / `.yml`. */
export const ONE_ON_ONE_FILE_PATTERN = /^(\d{4}-\d{2}-\d{2})([a-z])?\.ya?ml$/;

export type NotesFileKind = 'person' | 'oneOnOne' | 'feedbackLog' | 'other';

export type NotesFile =
  | { readonly kind: 'person'; readonly personId: string }
  | { readonly kind: 'feedbackLog'; readonly personId: string }
  | {
      readonly kind: 'oneOnOne';
      readonly personId: string;
      /** The date from the file name, `YYYY-MM-DD`. */
      readonly date: string;
      /** '' for the first 1:1 of the day, 'b', 'c', ... for later ones. */
      readonly suffix: string;
      /** Set when the name has the shape of a date but the day does not exist (2026-02-30.yaml). */
      readonly problem?: string;
    }
  | {
      readonly kind: 'other';
      /** The first folder, when the file is inside a person's folder (or deeper). */
      readonly personId?: string;
    };

/** Splits a path on `/` and `\`, dropping empty and `.` segments. */
function segments(relativePath: string): string[] {
  return relativePath.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
}

/** A folder name that can hold a person: anything but hidden folders (`.git`, `.vscode`). */
export function isPersonFolderName(name: string): boolean {
  return name.trim() !== '' && !name.startsWith('.');
}

/**
 * What a file is, from its path relative to the notes root
 * (`priya/2026-03-04.yaml` → a 1:1 with priya on 2026-03-04).
 * Only files directly inside a person's folder count; anything else is 'other'.
 */
export function classifyNotesFile(relativePath: string): NotesFile {
  const parts = segments(relativePath);
  if (parts.length === 0) return { kind: 'other' };
  const [folder, ...rest] = parts as [string, ...string[]];
  if (!isPersonFolderName(folder)) return { kind: 'other' };
  if (rest.length !== 1) return { kind: 'other', personId: folder };
  const name = rest[0] as string;
  if (name === PERSON_FILE || name === 'person.yml') return { kind: 'person', personId: folder };
  if (name === FEEDBACK_LOG_FILE || name === 'feedback.yml') return { kind: 'feedbackLog', personId: folder };
  const m = ONE_ON_ONE_FILE_PATTERN.exec(name);
  if (m) {
    const date = m[1] as string;
    const suffix = m[2] ?? '';
    const problem = isoDateProblem(date);
    return problem === undefined
      ? { kind: 'oneOnOne', personId: folder, date, suffix }
      : { kind: 'oneOnOne', personId: folder, date, suffix, problem: `File name: ${problem}` };
  }
  return { kind: 'other', personId: folder };
}

/**
 * The file name of the n-th 1:1 on a day (n from 1): `2026-03-04.yaml`,
 * `2026-03-04b.yaml`, `2026-03-04c.yaml`, ... up to 26 a day.
 */
export function oneOnOneFileName(date: string, nth = 1): string {
  if (!Number.isInteger(nth) || nth < 1 || nth > 26) throw new RangeError(`no file name for 1:1 number ${nth} of a day`);
  return `${date}${nth === 1 ? '' : String.fromCharCode(96 + nth)}.yaml`;
}

/** The first free 1:1 file name for `date`, given the names already in the person's folder. */
export function nextOneOnOneFileName(date: string, existingNames: Iterable<string>): string {
  const taken = new Set<string>();
  for (const name of existingNames) {
    const m = ONE_ON_ONE_FILE_PATTERN.exec(name);
    if (m && m[1] === date) taken.add(m[2] ?? '');
  }
  for (let nth = 1; nth <= 26; nth++) {
    const suffix = nth === 1 ? '' : String.fromCharCode(96 + nth);
    if (!taken.has(suffix)) return oneOnOneFileName(date, nth);
  }
  throw new RangeError(`more than 26 1:1s on ${date}`);
}

/** The 1:1 file names of `date` among `names`, first of the day first (`2026-03-04.yaml`, `2026-03-04b.yaml`). */
export function oneOnOneFilesOn(date: string, names: Iterable<string>): string[] {
  const found: { name: string; suffix: string }[] = [];
  for (const name of names) {
    const m = ONE_ON_ONE_FILE_PATTERN.exec(name);
    if (m && m[1] === date) found.push({ name, suffix: m[2] ?? '' });
  }
  return found.sort((a, b) => (a.suffix < b.suffix ? -1 : a.suffix > b.suffix ? 1 : a.name < b.name ? -1 : 1)).map((f) => f.name);
}

/** Orders 1:1s by date, then by suffix ('' before 'b' before 'c'). */
export function compareOneOnOnes(a: { date: string; suffix: string }, b: { date: string; suffix: string }): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.suffix === b.suffix) return 0;
  return a.suffix < b.suffix ? -1 : 1;
}
