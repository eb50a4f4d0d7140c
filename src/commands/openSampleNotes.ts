import * as vscode from 'vscode';
import type { Feature } from '../services';

/** Opens the sample team that ships with the extension in a new window. */
export const sampleNotesCommand: Feature = (context) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('oneOnOneCoach.openSampleNotes', async () => {
      const sample = vscode.Uri.joinPath(context.extensionUri, 'examples', 'notes');
      await vscode.commands.executeCommand('vscode.openFolder', sample, { forceNewWindow: true });
    }),
  );
};
