// Creating notes files without ever overwriting one: a single WorkspaceEdit that creates the file
// (failing if it exists) and inserts its text, so the editor can undo it like typing. Nothing is
// written outside the workspace folder, whatever a setting or a link says.
import * as vscode from 'vscode';
import { staysInside } from '../core/reading/notesBoundary';

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the extension may write `uri`: it lies in a workspace folder, and on the local disk no link
 * on the way leads outside that folder. Says so, once per refusal, when it may not.
 */
export function writableInWorkspace(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const inside = folder !== undefined && (uri.scheme !== 'file' || staysInside(folder.uri.fsPath, uri.fsPath));
  if (!inside) {
    void vscode.window.showWarningMessage(vscode.l10n.t('1:1 Coach writes only inside the workspace folder, and {0} leads outside it; nothing was written.', vscode.workspace.asRelativePath(uri)));
  }
  return inside;
}

/**
 * Creates `uri` holding `text` and saves it. Returns false, having written nothing, when the file
 * exists (checked first, and again by the edit itself, which does not overwrite) or lies outside the
 * workspace folder.
 */
export async function createWithText(uri: vscode.Uri, text: string): Promise<boolean> {
  if (!writableInWorkspace(uri) || (await exists(uri))) return false;
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: false });
  edit.insert(uri, new vscode.Position(0, 0), text);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.isDirty) await document.save();
  return true;
}
