// The context key `oneOnOneCoach.notesFile`: true while the active editor shows a notes file (a
// person, a 1:1 or a feedback log). The Tab keybindings in package.json use it, so that in notes files
// Tab moves to the next template field even while a word suggestion is showing, and every other YAML
// file of the user keeps VS Code's own Tab.
import * as vscode from 'vscode';
import { classifyNotesFile } from '../core/reading/layout';
import type { NotesService } from '../notes/notesService';
import type { Feature } from '../services';

export const NOTES_FILE_CONTEXT = 'oneOnOneCoach.notesFile';

function isNotesFile(notes: NotesService, editor: vscode.TextEditor | undefined): boolean {
  const where = editor && notes.locate(editor.document.uri);
  return where !== undefined && classifyNotesFile(where.file).kind !== 'other';
}

export const notesFileContext: Feature = (context, { notes }) => {
  let last: boolean | undefined;
  const update = () => {
    const now = isNotesFile(notes, vscode.window.activeTextEditor);
    if (now === last) return;
    last = now;
    void vscode.commands.executeCommand('setContext', NOTES_FILE_CONTEXT, now);
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(update), notes.onDidChangeRoots(update));
  void notes.ready.then(update);
};
