// The notes behind an open YAML document: its root, root-relative file, loaded file and person, as the
// index holds them, but only once the index has loaded the text the editor shows, so that its ranges
// hold (an edit reaches the index after a short debounce: notesDocumentWhenCurrent waits for it).
import * as vscode from 'vscode';
import type { CheckContext } from '../core/checks/rule';
import type { LoadedFile } from '../core/reading/loadedFile';
import type { PersonNotes } from '../core/people/personNotes';
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

/** The notes of the document as the index holds them now; undefined if it holds other text. */
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

/** The notes of the document, after waiting for a pending update of the index when it lags behind the editor. */
export async function notesDocumentWhenCurrent(notes: NotesService, document: vscode.TextDocument, token: vscode.CancellationToken): Promise<NotesDocument | undefined> {
  const now = notesDocument(notes, document);
  if (now || !notes.locate(document.uri)) return now;
  await notes.settled();
  return token.isCancellationRequested ? undefined : notesDocument(notes, document);
}
