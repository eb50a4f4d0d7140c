// The notes of one person, read from disk for the command line's documents: every person.yaml (to find
// the person by id or name), then that person's files only, so a document never waits on the whole team.
import { loadNotesFiles } from '../workspace/checkFolder';
import { classifyNotesFile } from '../reading/layout';
import { NotesIndex } from '../people/notesIndex';
import type { PersonEntry, PersonNotes } from '../people/personNotes';
import { walkNotesRoot } from '../reading/walk';
import { findPerson } from './findPerson';

/** The person asked for (see findPerson) and their notes, or a problem in plain words. */
export function loadPersonNotes(root: string, asked: string): { notes: PersonNotes } | { problem: string } {
  const { files } = walkNotesRoot(root);
  const kinds = files.map((file) => ({ file, ...classifyNotesFile(file) }));
  const personFiles = kinds.filter((k) => k.kind === 'person').map((k) => k.file);
  const people = NotesIndex.fromLoaded(loadNotesFiles(root, personFiles).loaded).people();
  // A person folder without a person.yaml is a person too, named by its folder.
  const known = new Set(people.map((p) => p.id));
  const folderOnly: PersonEntry[] = [...new Set(kinds.flatMap((k) => (k.personId !== undefined && !known.has(k.personId) ? [k.personId] : [])))]
    .map((id) => ({ id, name: id }));
  const found = findPerson([...people, ...folderOnly], asked);
  if ('problem' in found) return found;
  const own = kinds.filter((k) => k.personId === found.person.id).map((k) => k.file);
  const notes = NotesIndex.fromLoaded(loadNotesFiles(root, own).loaded).notes(found.person.id);
  return notes ? { notes } : { problem: `no notes for ${JSON.stringify(asked)}` };
}
