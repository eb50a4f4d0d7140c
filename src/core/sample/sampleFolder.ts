// The sample copies on disk: read the sample, write a copy (never over a file), tell whether a copy
// was changed since it was made. No vscode; the command and the UI tests' harness both use these.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CACHE_FOLDER } from '../reading/loadCache';
import { copyFolderDay, sampleCopyFiles, type ExistingCopy, type TextFile } from './sampleCopy';

/**
 * Every file under `dir` as text, paths `/`-separated and sorted; [] when `dir` does not exist. The cache
 * 1:1 Coach keeps in a notes folder is not part of the notes, so it is left out.
 */
export function readTextFiles(dir: string, prefix = ''): TextFile[] {
  let entries;
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((e) => {
      const path = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) return e.name === CACHE_FOLDER ? [] : readTextFiles(dir, path);
      return e.isFile() ? [{ path, text: readFileSync(join(dir, path), 'utf8') }] : [];
    })
    .sort(byPath);
}

function byPath(a: TextFile, b: TextFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * Writes the copy of the sample in `sampleDir` made on `today` as the new folder `target`: whole or not
 * at all (it is written beside it, then renamed). Throws, writing over nothing, when `target` holds files.
 */
export function writeSampleCopy(sampleDir: string, target: string, today: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const partial = mkdtempSync(join(dirname(target), '.partial-'));
  try {
    for (const file of sampleCopyFiles(readTextFiles(sampleDir), today)) {
      const path = join(partial, ...file.path.split('/'));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text, { flag: 'wx' });
    }
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

/** True unless `copy` holds exactly the files, with exactly the text, its copy of `sample` was made with. */
export function copyChanged(sample: readonly TextFile[], copyDir: string, day: string): boolean {
  const expected = sampleCopyFiles(sample, day).sort(byPath);
  const actual = readTextFiles(copyDir);
  return actual.length !== expected.length || actual.some((f, i) => f.path !== expected[i]?.path || f.text !== expected[i]?.text);
}

/** The copies in `copiesDir` (folders named by their day), each with whether it was changed. */
export function existingCopies(sampleDir: string, copiesDir: string): ExistingCopy[] {
  let names: string[];
  try {
    names = readdirSync(copiesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return [];
  }
  const sample = readTextFiles(sampleDir);
  return names.flatMap((name) => {
    const at = copyFolderDay(name);
    return at ? [{ name, changed: copyChanged(sample, join(copiesDir, name), at.day) }] : [];
  });
}
