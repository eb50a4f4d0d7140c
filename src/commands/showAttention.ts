import * as vscode from 'vscode';
import type { Feature } from '../services';

export const SHOW_ATTENTION = 'oneOnOneCoach.showAttention';

/** Reveals and focuses the Needs Attention view (the status bar item runs this). */
export const showAttentionCommand: Feature = (context) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_ATTENTION, () => vscode.commands.executeCommand('oneOnOneCoach.attention.focus')),
  );
};
