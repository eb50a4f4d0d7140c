// A team built from YAML texts for the pictures' tests: person id → file name → text, loaded and
// checked through the index as the editor does.
import { CheckedNotes } from '../../../src/core/workspace/checkedNotes';
import { NotesIndex } from '../../../src/core/people/notesIndex';
import type { CheckContext } from '../../../src/core/checks/rule';
import type { PersonFiles } from '../checks/builders';

export type TeamFiles = Readonly<Record<string, PersonFiles>>;

/** The team's notes, checked on ctx.today. */
export function teamOf(files: TeamFiles, ctx: CheckContext): CheckedNotes {
  const index = new NotesIndex();
  for (const [personId, own] of Object.entries(files)) for (const [name, text] of Object.entries(own)) index.update(`${personId}/${name}`, text);
  const checked = new CheckedNotes(index);
  checked.recheck(ctx);
  return checked;
}

/** A 1:1 held on `date`, with notes and anything else given (YAML lines after `notes:`). */
export function held(date: string, ...more: string[]): string {
  return [`date: ${date}`, 'notes: We talked.', ...more].join('\n') + '\n';
}
