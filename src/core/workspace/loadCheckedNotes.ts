// The editor's load of one notes root, from disk to every finding: the warm-start cache, the loader, the
// index and the checks. It is the one path the extension and the benchmark both drive, so what the
// benchmark times is what a manager waits for.
//
// Every stage is a run of small steps (../steps.ts): walking the folders, reading each file, indexing
// each person, checking each person, the team rules, grouping, writing the cache. With `slices` the host
// gets its turn whenever a slice is used up, and `onProgress` hears how many files are read and people
// checked; without, it all runs straight through (the command line, tests).
//
// A person whose inputs (checkInputs.ts) are those the cache recorded is not checked again: their
// findings come from the cache; so do the team rules' when nobody's inputs changed.
import { checkPerson, checkTeam, everyonesNotes } from '../checks/engine';
import type { CheckContext } from '../checks/rule';
import type { Finding } from '../findings';
import type { NotesIndex } from '../people/notesIndex';
import { findingsOfRows } from '../reading/findingRows';
import {
  cacheVersion, loadFilesSteps, writeLoadCacheSteps, type CachedFindings, type CacheOptions, type CacheStats, type FileRow, type FindingsToStore,
} from '../reading/loadCache';
import { runInSlices, runThrough, type LoadSlices, type Steps } from '../steps';
import { CheckInputs } from './checkInputs';
import { CheckedNotes } from './checkedNotes';

export type { LoadSlices } from '../steps';

export interface LoadCheckedOptions extends CacheOptions {
  /** The warm-start cache file; none: nothing is read or written besides the notes. */
  readonly cachePath?: string;
  readonly slices?: LoadSlices;
}

/** How the checks of a load went. */
export interface CheckStats {
  /** People in the notes. */
  readonly people: number;
  /** People whose findings came from the cache, not checked again. */
  readonly reused: number;
  /** Whether the team rules' findings came from the cache. */
  readonly teamReused: boolean;
}

export interface LoadedRoot {
  readonly notes: CheckedNotes;
  readonly stats: CacheStats;
  readonly checks?: CheckStats;
}

/** What the cache may give the checks: the inputs of each person now, and the findings it holds. */
interface Reuse {
  readonly people: ReadonlyMap<string, string>;
  readonly team: string;
  readonly cached?: CachedFindings;
}

interface Checked {
  readonly coaching: Map<string, readonly Finding[]>;
  readonly team: readonly Finding[];
  readonly stats: CheckStats;
}

/** Whether a finding of a person (or of the team, `personId` undefined) may point at `line` of `file`. */
function fileLines(index: NotesIndex, personId?: string): (file: string, line: number) => boolean {
  return (file, line) => {
    if (personId !== undefined && !file.startsWith(`${personId}/`)) return false;
    const loaded = index.loaded(file);
    return loaded ? line < loaded.lineStarts.length : line === 0;
  };
}

/** The findings the cache holds for these inputs, when they check out. */
function cachedFindings(stored: CachedFindings | undefined, personId: string | undefined, key: string, index: NotesIndex): Finding[] | undefined {
  const found = personId === undefined ? stored?.team : stored?.people.get(personId);
  if (!stored || found?.key !== key) return undefined;
  return findingsOfRows(found.rows(), stored.texts, fileLines(index, personId));
}

/** Every person's findings and the team rules', one step per person; with `reuse`, from the cache where the inputs match. */
function* checkSteps(index: NotesIndex, ctx: CheckContext, reuse?: Reuse): Steps<Checked> {
  const people = index.people();
  const coaching = new Map<string, readonly Finding[]>();
  let reused = 0;
  for (const [i, person] of people.entries()) {
    yield { stage: 'checking', done: i, total: people.length };
    const key = reuse?.people.get(person.id);
    const cached = key === undefined ? undefined : cachedFindings(reuse?.cached, person.id, key, index);
    const notes = index.notes(person.id);
    if (cached) reused += 1;
    coaching.set(person.id, cached ?? (notes ? checkPerson(notes, ctx) : []));
  }
  yield { stage: 'checking', done: people.length, total: people.length };
  const cachedTeam = reuse ? cachedFindings(reuse.cached, undefined, reuse.team, index) : undefined;
  const team = cachedTeam ?? checkTeam(everyonesNotes(index), ctx);
  return { coaching, team, stats: { people: people.length, reused, teamReused: cachedTeam !== undefined } };
}

/** The inputs of each person now, from the content hashes of the files in their folder. */
function inputsOf(rows: readonly FileRow[], inputs: CheckInputs): { people: Map<string, string>; team: string } {
  const byFolder = new Map<string, [string, string][]>();
  for (const [file, hash] of rows) {
    const folder = file.slice(0, file.indexOf('/'));
    const files = byFolder.get(folder);
    if (files) files.push([file, hash]);
    else byFolder.set(folder, [[file, hash]]);
  }
  const people = new Map([...byFolder].map(([id, files]) => [id, inputs.person(id, files)]));
  const ids = [...people.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { people, team: inputs.team(ids.map((id) => [id, people.get(id) as string])) };
}

/** A CheckedNotes holding the findings of checkSteps, grouped by file (one step). */
function* checkedNotesSteps(index: NotesIndex, checked: Checked): Steps<CheckedNotes> {
  const notes = new CheckedNotes(index);
  notes.seed(checked.coaching, checked.team);
  yield;
  notes.grouped();
  return notes;
}

/** The steps of loadCheckedNotes, for a caller that drives them itself. */
export function* loadCheckedSteps(root: string, ctx: CheckContext, options: LoadCheckedOptions): Steps<LoadedRoot> {
  const version = cacheVersion(options.version);
  const files = yield* loadFilesSteps(root, options.cachePath, options);
  const inputs = inputsOf(files.rows, new CheckInputs(ctx, version));
  const cached = files.previous.cache === 'warm' ? files.previous.findings : undefined;
  const checked = yield* checkSteps(files.index, ctx, { ...inputs, cached });
  const notes = yield* checkedNotesSteps(files.index, checked);
  const { people, reused, teamReused } = checked.stats;
  const findingsChanged = reused < people || !teamReused || cached?.people.size !== people;
  let saved = false;
  if (options.cachePath !== undefined && (files.changed || findingsChanged)) {
    const store: FindingsToStore = {
      people: new Map([...checked.coaching].map(([id, found]) => [id, { key: inputs.people.get(id) ?? '', findings: found }])),
      team: { key: inputs.team, findings: checked.team },
    };
    saved = yield* writeLoadCacheSteps(options.cachePath, version, files.rows, store, files.paths, options.key);
  }
  return { notes, stats: { ...files.stats, saved }, checks: checked.stats };
}

/** Loads the notes root `root` and checks it: every finding is ready when the promise resolves. */
export async function loadCheckedNotes(root: string, ctx: CheckContext, options: LoadCheckedOptions = {}): Promise<LoadedRoot> {
  const steps = loadCheckedSteps(root, ctx, options);
  return options.slices ? runInSlices(steps, options.slices) : runThrough(steps);
}

/** Checks an index loaded elsewhere (another file system), in slices when given: every finding is ready when the promise resolves. */
export async function checkLoadedNotes(index: NotesIndex, ctx: CheckContext, slices?: LoadSlices): Promise<CheckedNotes> {
  const steps = (function* (): Steps<CheckedNotes> {
    return yield* checkedNotesSteps(index, yield* checkSteps(index, ctx));
  })();
  return slices ? runInSlices(steps, slices) : runThrough(steps);
}
