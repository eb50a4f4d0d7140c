import * as vscode from 'vscode';
import type { Feature } from '../services';

/**
 * Opens the sample team that ships with the extension: in a new window, or in this one when it has
 * no folder open (nothing to lose there).
 */
export const sampleNotesCommand: Feature = (context) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('oneOnOneCoach.openSampleNotes', async () => {
      const sample = vscode.Uri.joinPath(context.extensionUri, 'examples', 'notes');
      const forceNewWindow = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
      await vscode.commands.executeCommand('vscode.openFolder', sample, { forceNewWindow });
    }),
  );
};
