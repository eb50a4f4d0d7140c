// Opens a line of a notes file from a panel: in the other editor group than the panel's, so the panel
// stays in view beside it. Only files the notes root knows are opened.
import * as vscode from 'vscode';
import type { NotesRoot } from './notesRoot';

/** Opens `file` (relative to the root) at `line` (1-based) beside `panel`; undefined when the root does not know the file. */
export async function openNotesLine(root: NotesRoot, file: string, line: number, panel: vscode.WebviewPanel): Promise<vscode.TextEditor | undefined> {
  if (root.index.loaded(file) === undefined) return undefined;
  const position = new vscode.Position(Math.max(0, line - 1), 0);
  // A panel just made may not know its group yet: then beside the active one, which is the panel's.
  const column = panel.viewColumn === undefined ? vscode.ViewColumn.Beside : panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
  return vscode.window.showTextDocument(root.uriOf(file), { viewColumn: column, selection: new vscode.Range(position, position), preview: false });
}
