import * as vscode from 'vscode';
import type { Feature } from '../services';

/** Re-reads every notes root; the views follow the notes service's change events. */
export const refreshCommand: Feature = (context, { notes }) => {
  context.subscriptions.push(vscode.commands.registerCommand('oneOnOneCoach.refresh', () => notes.reload()));
};
