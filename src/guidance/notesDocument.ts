// The notes behind an open YAML document: its root, root-relative file, loaded file and person, as the
// index holds them, but only while the index has loaded the text the editor shows, so that its ranges
// still hold (an edit is picked up after a short debounce).
import * as vscode from 'vscode';
import type { CheckContext } from '../core/checks/rule';
import type { LoadedFile } from '../core/loadedFile';
import type { PersonNotes } from '../core/personNotes';
import type { NotesRoot } from '../notes/notesRoot';
import type { NotesService } from '../notes/notesService';

/** Hovers, lenses and quick fixes are offered on YAML files; notesDocument tells which are notes. */
export const NOTES_DOCUMENTS: vscode.DocumentSelector = [{ language: 'yaml' }];

export interface NotesDocument {
  readonly root: NotesRoot;
  readonly file: string;
  readonly loaded: LoadedFile;
  /** The person the file belongs to (person, 1:1 and feedback files). */
  readonly notes: PersonNotes | undefined;
  readonly ctx: CheckContext;
}

/** True when the loaded file has the document's line starts: the same text, as far as ranges go. */
function matchesDocument(loaded: LoadedFile, document: vscode.TextDocument): boolean {
  if (loaded.lineStarts.length !== document.lineCount) return false;
  return loaded.lineStarts.every((start, line) => document.offsetAt(new vscode.Position(line, 0)) === start);
}

export function notesDocument(notes: NotesService, document: vscode.TextDocument): NotesDocument | undefined {
  const where = notes.locate(document.uri);
  const loaded = where && where.root.index.loaded(where.file);
  if (!where || !loaded || !matchesDocument(loaded, document)) return undefined;
  return {
    root: where.root,
    file: where.file,
    loaded,
    notes: loaded.personId === undefined ? undefined : where.root.index.notes(loaded.personId),
    ctx: notes.contextFor(where.root.folder),
  };
}
