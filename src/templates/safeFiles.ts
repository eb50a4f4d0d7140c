// Creating notes files without ever overwriting one: a single WorkspaceEdit that creates the file
// (failing if it exists) and inserts its text, so the editor can undo it like typing.
import * as vscode from 'vscode';

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates `uri` holding `text` and saves it. Returns false, having written nothing, when the file
 * exists (checked first, and again by the edit itself, which does not overwrite).
 */
export async function createWithText(uri: vscode.Uri, text: string): Promise<boolean> {
  if (await exists(uri)) return false;
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: false });
  edit.insert(uri, new vscode.Position(0, 0), text);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.isDirty) await document.save();
  return true;
}
