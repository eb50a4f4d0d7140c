// The sample team (examples/notes) as the pictures' tests read it: every file loaded and checked, on
// the sample's day, as the editor holds it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CheckedNotes } from '../../../src/core/workspace/checkedNotes';
import { NotesIndex } from '../../../src/core/people/notesIndex';
import { SAMPLE_DAY } from '../../../src/core/sample/sampleCopy';
import { walkNotesRoot } from '../../../src/core/reading/walk';
import { ctxOn } from '../checks/builders';

// out-dir/test/unit/pictures/ → project root
export const sampleRoot = join(__dirname, '..', '..', '..', '..', 'examples', 'notes', 'one-on-ones');
export const sampleCtx = ctxOn(SAMPLE_DAY);

/** The sample team, loaded and checked on its day. */
export function sampleTeam(): CheckedNotes {
  const index = new NotesIndex();
  for (const file of walkNotesRoot(sampleRoot).files) index.update(file, readFileSync(join(sampleRoot, file)));
  const checked = new CheckedNotes(index);
  checked.recheck(sampleCtx);
  return checked;
}

/** The text of a sample file's line (1-based). */
export function sampleLine(file: string, line: number): string {
  return readFileSync(join(sampleRoot, file), 'utf8').split(/\r?\n/)[line - 1] ?? '';
}
