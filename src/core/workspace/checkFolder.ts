// Checks a folder of notes from the file system, as the command line does: find the notes root,
// walk it, load every file, index them, run every coaching rule. Returns the loader's findings (format/*,
// layout/*) and the coaching findings together. No vscode; reads files, writes nothing.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkAll } from '../checks/engine';
import type { CheckContext, Rule } from '../checks/rule';
import { FILE_START, type Finding } from '../findings';
import { classifyNotesFile } from '../reading/layout';
import type { LoadedFile } from '../reading/loadedFile';
import { loadNotesFile, tooLargeFile } from '../reading/loader';
import { NotesIndex } from '../people/notesIndex';
import { notesRootProblem } from '../reading/notesBoundary';
import { readNotesBytes } from '../reading/readNotesFile';
import { walkNotesRoot } from '../reading/walk';

/** The notes folder looked for inside a folder, as the editor's setting `oneOnOneCoach.notesRoot` defaults to. */
export const DEFAULT_NOTES_FOLDER = 'one-on-ones';

export type NotesRootResolution =
  | { readonly ok: true; readonly root: string }
  | { readonly ok: false; readonly problem: string };

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** True when `folder` holds at least one person folder with a person, 1:1 or feedback file. */
export function holdsPersonFolders(folder: string): boolean {
  return walkNotesRoot(folder).files.some((f) => classifyNotesFile(f).kind !== 'other');
}

function noNotesIn(root: string): string {
  return `There are no 1:1 notes in ${root}: it holds no person folder with a person.yaml, a YYYY-MM-DD.yaml or a feedback.yaml. Check the notes folder (--notes-root, or oneOnOneCoach.notesRoot in .vscode/settings.json) for a typo.`;
}

/**
 * The notes root for `folder`: `<folder>/<notesFolder>` when given (it must exist, stay inside the
 * folder and hold notes); else `<folder>/one-on-ones` when it exists (it must hold notes too); else the
 * folder itself when it holds person folders. A notes root without notes is refused, so that a typo in
 * the setting cannot make every check pass.
 */
export function resolveNotesRoot(folder: string, notesFolder?: string): NotesRootResolution {
  if (!isFolder(folder)) return { ok: false, problem: `${folder} is not a folder.` };
  if (notesFolder !== undefined) {
    const problem = notesRootProblem(folder, notesFolder);
    if (problem) return { ok: false, problem };
    const root = resolve(folder, notesFolder);
    if (!isFolder(root)) return { ok: false, problem: `There is no notes folder ${root}.` };
    return holdsPersonFolders(root) ? { ok: true, root } : { ok: false, problem: noNotesIn(root) };
  }
  const nested = join(folder, DEFAULT_NOTES_FOLDER);
  if (isFolder(nested)) {
    const problem = notesRootProblem(folder, DEFAULT_NOTES_FOLDER);
    if (problem) return { ok: false, problem };
    return holdsPersonFolders(nested) ? { ok: true, root: nested } : { ok: false, problem: noNotesIn(nested) };
  }
  if (holdsPersonFolders(folder)) return { ok: true, root: folder };
  return {
    ok: false,
    problem: `No 1:1 notes found in ${folder}: expected a ${DEFAULT_NOTES_FOLDER}/ folder there, or person folders (<person>/person.yaml, <person>/YYYY-MM-DD.yaml).`,
  };
}

export interface NotesRootCheck {
  /** The index of everything loaded, for callers that want more than the findings. */
  readonly index: NotesIndex;
  /** Notes files read, relative to the root, sorted. */
  readonly files: readonly string[];
  /** The walk's and the loader's findings, then the coaching rules' (unsorted). */
  readonly findings: readonly Finding[];
}

/** Reads and loads `files` (relative to `root`): each checked for size before it is read. */
export function loadNotesFiles(root: string, files: readonly string[]): { loaded: LoadedFile[]; unreadable: Finding[] } {
  const loaded: LoadedFile[] = [];
  const unreadable: Finding[] = [];
  for (const file of files) {
    try {
      const read = readNotesBytes(join(root, file));
      loaded.push('bytes' in read ? loadNotesFile(file, read.bytes) : tooLargeFile(file, read.tooLarge));
    } catch (error) {
      unreadable.push({ code: 'layout/unreadable', severity: 'warning', message: `This file could not be read: ${(error as Error).message}`, file, range: FILE_START });
    }
  }
  return { loaded, unreadable };
}

/** Loads every notes file under `root` (paths relative to it) and runs the coaching rules. */
export function checkNotesRoot(root: string, ctx: CheckContext, rules?: readonly Rule[]): NotesRootCheck {
  const walk = walkNotesRoot(root);
  const { loaded, unreadable } = loadNotesFiles(root, walk.files);
  const index = NotesIndex.fromLoaded(loaded);
  index.setRootFindings([...walk.findings, ...unreadable]);
  return { index, files: index.files(), findings: [...index.findings(), ...checkAll(index, ctx, rules)] };
}
