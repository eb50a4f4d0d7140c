// Applies a LineInsertion (core/templates/placement.ts) to a document: as plain text through a
// WorkspaceEdit, or as a snippet in an editor. Both add whole lines at the start of a line, so the
// editor's snippet indentation (the leading whitespace before the cursor) adds nothing.
import * as vscode from 'vscode';
import type { LineInsertion } from '../core/templates/placement';
import { writableInWorkspace } from './safeFiles';

/** Inserts plain lines as one undoable edit; unsaved changes in the document are kept. Never outside the workspace folder. */
export function insertLines(document: vscode.TextDocument, ins: LineInsertion): Thenable<boolean> {
  if (!writableInWorkspace(document.uri)) return Promise.resolve(false);
  const edit = new vscode.WorkspaceEdit();
  const body = ins.lines.join('\n');
  if (ins.newlineFirst) edit.insert(document.uri, document.lineAt(document.lineCount - 1).range.end, `\n${body}\n`);
  else edit.insert(document.uri, new vscode.Position(ins.line, 0), `${body}\n`);
  return vscode.workspace.applyEdit(edit);
}

/** Inserts lines of snippet text in an editor, as one undo step. */
export async function insertSnippetLines(editor: vscode.TextEditor, ins: LineInsertion): Promise<boolean> {
  const body = ins.lines.join('\n');
  if (!ins.newlineFirst) return editor.insertSnippet(new vscode.SnippetString(`${body}\n`), new vscode.Position(ins.line, 0));
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  if (!(await editor.edit((b) => b.insert(end, '\n'), { undoStopBefore: true, undoStopAfter: false }))) return false;
  return editor.insertSnippet(new vscode.SnippetString(body), new vscode.Position(ins.line, 0), { undoStopBefore: false, undoStopAfter: true });
}
