// The notes folder is a boundary: nothing outside it is read through a symbolic link, and an entry
// that is skipped (a link that leads outside or nowhere, a folder or a pipe named like a notes file)
// gets a finding that names it, never what it points at. The walk of the notes folder and the
// editor's reads of single files ask here. Entries are judged by lstat and realpath: neither opens
// the entry, so a named pipe never blocks.
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { FILE_START, type Finding } from '../findings';

/** True when `child` is `parent` or lies inside it (both absolute, both real or both not). */
export function isInside(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}

/** What an entry on disk is, as lstat or a directory listing tells (Stats and Dirent both fit). */
export interface EntryType {
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isBlockDevice(): boolean;
  isCharacterDevice(): boolean;
}

/** Where an entry leads: a file or folder to read (with its real path), or why it is skipped. */
export type EntryVerdict =
  | { readonly read: 'file' | 'dir'; readonly real: string }
  | { readonly read: false; readonly finding?: Finding };

function what(type: EntryType): string {
  if (type.isDirectory()) return 'a folder';
  if (type.isFIFO()) return 'a named pipe';
  if (type.isSocket()) return 'a socket';
  if (type.isBlockDevice() || type.isCharacterDevice()) return 'a device';
  return 'not a plain file';
}

function skipped(file: string, code: string, message: string): EntryVerdict {
  return { read: false, finding: { code, severity: 'warning', message, file, range: FILE_START } };
}

/**
 * Judges the entry `file` (relative to the notes root, `/`-separated) at `path`, of `type`, for a walk
 * that wants `want`: a link is followed only when its target lies inside `rootReal` (the notes folder's
 * real path), and a link to the notes folder itself or above it is a loop. A file is wanted only when it is a plain file; anything else named like a notes file is
 * reported. A folder that is not a link needs no check.
 */
export function judgeEntry(rootReal: string, path: string, file: string, type: EntryType, want: 'file' | 'dir'): EntryVerdict {
  let target: EntryType = type;
  let real = path;
  if (type.isSymbolicLink()) {
    try {
      real = realpathSync(path);
      target = statSync(real);
    } catch (error) {
      const loop = (error as NodeJS.ErrnoException).code === 'ELOOP';
      return skipped(file, 'layout/broken-link', loop
        ? `${file} is a link that leads round in a circle, so 1:1 Coach skips it. Remove the link.`
        : `${file} is a link to something that does not exist, so 1:1 Coach skips it. Remove the link, or make it point at notes inside the notes folder.`);
    }
    if (want === 'dir' && target.isDirectory() && isInside(rootReal, real)) {
      return { read: false, finding: { code: 'layout/symlink-loop', severity: 'hint', message: `\`${file}\` links back to the notes folder (or a folder above it); it is skipped.`, file, range: FILE_START } };
    }
    if (!isInside(real, rootReal)) {
      return skipped(file, 'layout/link-outside', `${file} is a link to ${target.isDirectory() ? 'a folder' : 'something'} outside the notes folder; 1:1 Coach does not read through it. Move the notes themselves into the notes folder.`);
    }
  }
  if (want === 'dir') return target.isDirectory() ? { read: 'dir', real } : { read: false };
  if (target.isFile()) return { read: 'file', real };
  return skipped(file, 'layout/not-a-file', `${file} is named like a notes file but is ${what(target)}, so 1:1 Coach skips it. Rename it, or put the notes in a plain file.`);
}

/**
 * Whether the notes file `file` (`<person>/<name>`, relative to the notes root `root`), or the person
 * folder `file` (`<person>`), may be read: undefined when it may (or when it is gone: reading it will
 * say so), else the finding that explains why not, on the person folder's link or on the file's entry.
 */
export function notesFileBoundary(root: string, file: string): Finding | undefined {
  const [person, name] = file.split('/');
  if (person === undefined || person === '') return undefined;
  let rootReal: string;
  let folderType: Stats;
  let fileType: Stats;
  try {
    rootReal = realpathSync(root);
    folderType = lstatSync(join(root, person));
  } catch {
    return undefined;
  }
  const folder = judgeEntry(rootReal, join(root, person), person, folderType, 'dir');
  if (folder.read === false) return folder.finding ?? { code: 'layout/not-a-file', severity: 'warning', message: `${person} is not a folder, so 1:1 Coach skips it.`, file: person, range: FILE_START };
  if (name === undefined) return undefined;
  try {
    fileType = lstatSync(join(root, person, name));
  } catch {
    return undefined;
  }
  const verdict = judgeEntry(rootReal, join(root, person, name), file, fileType, 'file');
  return verdict.read === false ? verdict.finding : undefined;
}

/** The real path of `path`, or of its nearest ancestor that exists, with the rest appended. */
function realPathOrAncestor(path: string): string {
  const rest: string[] = [];
  let at = resolve(path);
  for (;;) {
    try {
      return join(realpathSync(at), ...rest.reverse());
    } catch {
      const up = dirname(at);
      if (up === at) return resolve(path);
      rest.push(basename(at));
      at = up;
    }
  }
}

/**
 * True when `target` lies inside `folder` both as written and on disk: no `..` leads out, and no link
 * on the way (the target itself, or a folder above it) leads outside. For files about to be written,
 * too: what does not exist yet is judged by its nearest existing folder.
 */
export function staysInside(folder: string, target: string): boolean {
  if (!isInside(resolve(target), resolve(folder))) return false;
  return isInside(realPathOrAncestor(target), realPathOrAncestor(folder));
}

/**
 * Why the notes folder setting (or --notes-root) `notesRoot`, relative to `folder`, cannot be used:
 * it holds `..`, is an absolute path outside the folder, or is a link that leads outside it. Undefined
 * when it stays inside. `onDisk` false judges the path alone (for folders not on this machine's disk).
 */
export function notesRootProblem(folder: string, notesRoot: string, onDisk = true): string | undefined {
  if (notesRoot.split(/[\\/]+/).includes('..')) {
    return `The notes folder "${notesRoot}" holds "..", which leads out of the folder; name a folder inside it, e.g. one-on-ones.`;
  }
  const target = resolve(folder, notesRoot);
  if (!isInside(target, resolve(folder))) {
    return `The notes folder "${notesRoot}" is outside the folder ${folder}; name a folder inside it, e.g. one-on-ones.`;
  }
  if (onDisk && !staysInside(folder, target)) {
    return `The notes folder "${notesRoot}" is a link that leads outside the folder ${folder}; name a real folder inside it, e.g. one-on-ones.`;
  }
  return undefined;
}
