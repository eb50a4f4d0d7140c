// "Create Notes Folder": the notes root (setting oneOnOneCoach.notesRoot) of a workspace folder, with
// a short README.md. Argument: (folder?) a WorkspaceFolder, its name, or a Uri inside it.
// Returns the notes root's Uri; does nothing but say so when it exists.
import * as vscode from 'vscode';
import { notesReadmeText } from '../core/templates/notesReadme';
import type { Services } from '../services';
import { notesRootSetting } from '../settings';
import { resolveWorkspaceFolder } from '../templates/personTarget';
import { createWithText, exists } from '../templates/safeFiles';

/** The command createNotesFolder: registered in writingCommands.ts, loaded on its first run. */
export async function createNotesFolder(services: Services, arg?: unknown): Promise<vscode.Uri | undefined> {
  const folder = await resolveWorkspaceFolder(arg);
  if (!folder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('1:1 Coach: open the folder or repository that should hold your notes first.'));
    return undefined;
  }
  const setting = notesRootSetting(folder);
  if (!setting.uri) {
    void vscode.window.showWarningMessage(setting.problem);
    return undefined;
  }
  const root = setting.uri;
  const shown = vscode.workspace.asRelativePath(root);
  if (await exists(root)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('1:1 Coach: the notes folder {0} already exists.', shown));
    return undefined;
  }
  await vscode.workspace.fs.createDirectory(root);
  const readme = vscode.Uri.joinPath(root, 'README.md');
  await createWithText(readme, notesReadmeText(root.path.slice(root.path.lastIndexOf('/') + 1)));
  await services.notes.reload();
  await vscode.window.showTextDocument(readme, { preview: true });
  return root;
}
