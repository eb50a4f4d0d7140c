// A writable notes workspace for a UI test that edits and saves files: a fresh folder under the
// system's temporary folder, so the tests never change the sample notes in the repository.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes `files` (paths inside `one-on-ones/`) into a new folder and returns the folder. */
export function tempNotesFolder(tag: string, files: Readonly<Record<string, string>>): string {
  const folder = mkdtempSync(join(tmpdir(), `one-on-one-${tag}-`));
  for (const [file, text] of Object.entries(files)) {
    const path = join(folder, 'one-on-ones', file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return folder;
}
