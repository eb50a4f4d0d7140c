// Finds the notes files under a notes root: `<person-id>/<file>.yaml`, one level of person folders and
// nothing deeper. Folders starting with `.` are skipped. Symbolic links are followed, but a link back to
// the root (or above it), or a second link to a folder already read, is reported and not read again.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { FILE_START, type Finding } from './findings';
import { isPersonFolderName } from './layout';

export interface NotesRootWalk {
  /** Notes files (`.yaml`, `.yml`) relative to the root, `/`-separated, sorted. */
  readonly files: string[];
  /** Problems met on the way: loops, unreadable folders. */
  readonly findings: Finding[];
}

const NOTES_FILE = /\.ya?ml$/i;

function hint(file: string, code: string, message: string, severity: Finding['severity'] = 'hint'): Finding {
  return { code, severity, message, file, range: FILE_START };
}

/** What an entry is, following a symbolic link; undefined for a dangling link. */
function entryType(path: string, entry: Dirent): 'dir' | 'file' | undefined {
  if (entry.isDirectory()) return 'dir';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return undefined;
  try {
    const s = statSync(path);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

export function isInside(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}

/** Lists `root/<person>/<file>.yaml`; never throws, never recurses deeper than two levels. */
export function walkNotesRoot(root: string): NotesRootWalk {
  const files: string[] = [];
  const findings: Finding[] = [];
  let rootReal: string;
  let people: Dirent[];
  try {
    rootReal = realpathSync(root);
    // Real folders before links, so a link to a person's folder never takes the place of the folder.
    people = readdirSync(root, { withFileTypes: true })
      .sort((a, b) => Number(a.isSymbolicLink()) - Number(b.isSymbolicLink()) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    findings.push(hint('', 'layout/unreadable', `The notes folder could not be read: ${(error as Error).message}`, 'warning'));
    return { files, findings };
  }
  const seen = new Map<string, string>();
  for (const person of people) {
    if (!isPersonFolderName(person.name)) continue;
    const folder = join(root, person.name);
    if (entryType(folder, person) !== 'dir') continue;
    let entries: Dirent[];
    try {
      const real = realpathSync(folder);
      if (isInside(rootReal, real)) {
        findings.push(hint(person.name, 'layout/symlink-loop', `\`${person.name}\` links back to the notes folder (or a folder above it); it is skipped.`));
        continue;
      }
      const earlier = seen.get(real);
      if (earlier !== undefined) {
        findings.push(hint(person.name, 'layout/symlink-duplicate', `\`${person.name}\` is a link to the same folder as \`${earlier}\`; it is read once, as \`${earlier}\`.`));
        continue;
      }
      seen.set(real, person.name);
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      findings.push(hint(person.name, 'layout/unreadable', `This folder could not be read: ${(error as Error).message}`, 'warning'));
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || !NOTES_FILE.test(entry.name)) continue;
      if (entryType(join(folder, entry.name), entry) === 'file') files.push(`${person.name}/${entry.name}`);
    }
  }
  files.sort();
  return { files, findings };
}
