import * as vscode from 'vscode';

/** Setting keys, in one place. */
export const SECTION = 'oneOnOneCoach';
export const NOTES_ROOT = 'notesRoot';
export const DEFAULT_NOTES_ROOT = 'one-on-ones';

/** The notes folder of one workspace folder, as the user configured it. */
export function notesRootOf(folder: vscode.WorkspaceFolder): vscode.Uri {
  const configured = vscode.workspace.getConfiguration(SECTION, folder.uri).get<string>(NOTES_ROOT) || DEFAULT_NOTES_ROOT;
  return vscode.Uri.joinPath(folder.uri, configured);
}
