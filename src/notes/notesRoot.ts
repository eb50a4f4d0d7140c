// One notes root (one per workspace folder): its index with coaching findings, loaded from disk.
import { realpathSync } from 'node:fs';
import * as vscode from 'vscode';
import type { CheckedNotes } from '../core/workspace/checkedNotes';
import type { CheckContext } from '../core/checks/rule';
import { cacheKey } from '../core/reading/cacheKey';
import { notesCachePath, removeLoadCache, type CacheStats } from '../core/reading/loadCache';
import { checkLoadedNotes, loadCheckedNotes, type CheckStats, type LoadSlices } from '../core/workspace/loadCheckedNotes';
import { DEFAULT_MAX_BYTES, loadNotesFile, tooLargeFile } from '../core/reading/loader';
import { classifyNotesFile } from '../core/reading/layout';
import { NotesIndex } from '../core/people/notesIndex';
import type { LoadedFile } from '../core/reading/loadedFile';
import { isInside } from '../core/reading/notesBoundary';
import { cacheEnabledFor } from '../settings';

/** How a root's load went: the cache and the checks (a local folder), and how often it gave the host its turn. */
export interface LoadReport {
  readonly stats?: CacheStats;
  readonly checks?: CheckStats;
  /** Times the load gave the host its turn. */
  yields: number;
}

export class NotesRoot {
  constructor(
    readonly folder: vscode.WorkspaceFolder,
    readonly uri: vscode.Uri,
    readonly notes: CheckedNotes,
    readonly loadReport?: LoadReport,
  ) {}

  get index(): NotesIndex {
    return this.notes.index;
  }

  /** The Uri of a file given relative to this root. */
  uriOf(file: string): vscode.Uri {
    return vscode.Uri.joinPath(this.uri, ...file.split('/'));
  }

  /** The root-relative path of a Uri inside this root, else undefined. */
  fileOf(uri: vscode.Uri): string | undefined {
    if (uri.scheme !== this.uri.scheme || uri.authority !== this.uri.authority) return undefined;
    const base = this.uri.path.endsWith('/') ? this.uri.path : `${this.uri.path}/`;
    return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
  }
}

/** Whether a root-relative path is one the notes layout reads (person folder, one level down). */
export function isNotesPath(file: string): boolean {
  return /^[^/]+\/[^/]+\.ya?ml$/.test(file) && !file.startsWith('.');
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

/** One notes file through the workspace file system: its size first, so a file over the cap is never read. */
export async function readThroughWorkspaceFs(file: string, uri: vscode.Uri): Promise<LoadedFile> {
  const { size } = await vscode.workspace.fs.stat(uri);
  return size > DEFAULT_MAX_BYTES ? tooLargeFile(file, size) : loadNotesFile(file, await vscode.workspace.fs.readFile(uri));
}

/**
 * Reads every notes file through the workspace file system (any scheme, e.g. remote or virtual). Where a
 * link leads cannot be told there, so links are not followed at all: the notes folder stays a boundary.
 * Each person folder is indexed as soon as it is read, and the host gets its turn between reads.
 */
async function loadThroughWorkspaceFs(uri: vscode.Uri, slices: LoadSlices | undefined): Promise<NotesIndex> {
  const index = new NotesIndex();
  const people = (await vscode.workspace.fs.readDirectory(uri))
    .filter(([person, type]) => type & vscode.FileType.Directory && !(type & vscode.FileType.SymbolicLink) && !person.startsWith('.'));
  let total = 0;
  let done = 0;
  for (const [person] of people) {
    const files = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(uri, person))).filter(([name, fileType]) => {
      const file = `${person}/${name}`;
      return fileType & vscode.FileType.File && !(fileType & vscode.FileType.SymbolicLink) && isNotesPath(file) && classifyNotesFile(file).kind !== 'other';
    });
    total += files.length;
    const loaded: LoadedFile[] = [];
    for (const [name] of files) {
      loaded.push(await readThroughWorkspaceFs(`${person}/${name}`, vscode.Uri.joinPath(uri, person, name)));
      slices?.onProgress?.((done += 1), total, 'reading');
    }
    index.updateAll(loaded);
  }
  return index;
}

/** Whether the notes folder lies inside its workspace folder, links resolved: only then is anything written there. */
function insideFolder(folder: vscode.WorkspaceFolder, uri: vscode.Uri): boolean {
  try {
    return isInside(realpathSync(uri.fsPath), realpathSync(folder.uri.fsPath));
  } catch {
    return false;
  }
}

/** On a file system other than the local disk: whether the file or its person folder is a link (not followed there). */
export async function isLinkThroughWorkspaceFs(root: NotesRoot, file: string): Promise<boolean> {
  const [person] = file.split('/');
  for (const uri of [root.uriOf(person ?? ''), root.uriOf(file)]) {
    try {
      if ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.SymbolicLink) return true;
    } catch {
      return false; // gone: reading it says so
    }
  }
  return false;
}

/**
 * The warm-start cache of a local notes folder: inside the folder, signed with the key in the extension's
 * `storage`. Undefined when it is not to be used: turned off (then it is deleted), in Restricted Mode,
 * for a notes folder outside its workspace folder, or without a key.
 */
function cacheOf(folder: vscode.WorkspaceFolder, uri: vscode.Uri, storage: vscode.Uri | undefined): { path: string; key: Uint8Array } | undefined {
  if (!vscode.workspace.isTrusted || !insideFolder(folder, uri)) return undefined;
  const path = notesCachePath(uri.fsPath);
  if (!cacheEnabledFor(folder)) {
    removeLoadCache(path);
    return undefined;
  }
  const key = storage?.scheme === 'file' ? cacheKey(storage.fsPath) : undefined;
  return key ? { path, key } : undefined;
}

/**
 * Loads the notes root of a workspace folder, or undefined when it has none. Local folders are walked on
 * disk, with the warm-start cache when it may be used (cacheOf); others go through the workspace file
 * system. With `slices`, the load gives the host its turn whenever a slice is used up, and reports progress.
 */
export async function openNotesRoot(
  folder: vscode.WorkspaceFolder, uri: vscode.Uri, storage: vscode.Uri | undefined, ctx: CheckContext, version: string, slices?: LoadSlices,
): Promise<NotesRoot | undefined> {
  if (!(await exists(uri))) return undefined;
  const report: LoadReport = { yields: 0 };
  const counted: LoadSlices | undefined = slices && { ...slices, yieldTo: () => { report.yields += 1; return slices.yieldTo(); } };
  if (uri.scheme === 'file') {
    const cache = cacheOf(folder, uri, storage);
    const { notes, stats, checks } = await loadCheckedNotes(uri.fsPath, ctx, { cachePath: cache?.path, version, key: cache?.key, slices: counted });
    return new NotesRoot(folder, uri, notes, { ...report, stats, checks, yields: report.yields });
  }
  const notes = await checkLoadedNotes(await loadThroughWorkspaceFs(uri, counted), ctx, counted);
  return new NotesRoot(folder, uri, notes, report);
}
