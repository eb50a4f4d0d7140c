// Finds the notes files under a notes root: `<person-id>/<file>.yaml`, one level of person folders and
// nothing deeper. Folders starting with `.` are skipped. Symbolic links are followed only inside the
// notes folder (notesBoundary.ts); a link back to the root (or above it), or a second link to a folder
// already read, is reported and not read again. Every entry named like a notes file that is not read
// (a link outside or to nowhere, a folder, a pipe, a device) gets a finding that names it.
import { readdirSync, realpathSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { FILE_START, type Finding } from '../findings';
import { isPersonFolderName } from './layout';
import { judgeEntry } from './notesBoundary';
import { runThrough, type Steps } from '../steps';

export interface NotesRootWalk {
  /** Notes files (`.yaml`, `.yml`) relative to the root, `/`-separated, sorted. */
  readonly files: string[];
  /** Problems met on the way: loops, links leading outside or nowhere, entries that are not files, unreadable folders. */
  readonly findings: Finding[];
}

const NOTES_FILE = /\.ya?ml$/i;

function hint(file: string, code: string, message: string, severity: Finding['severity'] = 'hint'): Finding {
  return { code, severity, message, file, range: FILE_START };
}

/** Lists `root/<person>/<file>.yaml`; never throws, never recurses deeper than two levels. */
export function walkNotesRoot(root: string): NotesRootWalk {
  return runThrough(walkNotesRootSteps(root));
}

/** walkNotesRoot, one step per person folder. */
export function* walkNotesRootSteps(root: string): Steps<NotesRootWalk> {
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
    yield;
    const folder = join(root, person.name);
    let entries: Dirent[];
    try {
      const verdict = judgeEntry(rootReal, folder, person.name, person, 'dir');
      if (verdict.read === false) {
        if (verdict.finding) findings.push(verdict.finding);
        continue;
      }
      const real = person.isSymbolicLink() ? verdict.real : realpathSync(folder);
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
      const file = `${person.name}/${entry.name}`;
      const verdict = judgeEntry(rootReal, join(folder, entry.name), file, entry, 'file');
      if (verdict.read !== false) files.push(file);
      else if (verdict.finding) findings.push(verdict.finding);
    }
  }
  files.sort();
  return { files, findings };
}
