// Restricted Mode: in a folder VS Code does not trust, 1:1 Coach reads and shows the notes and writes
// nothing. The manifest hides and disables every command that writes (`enablement`); this guard also
// stops one that is run some other way (a link, another extension), and says why.
import * as vscode from 'vscode';

/** `run`, unless the workspace is not trusted: then a short note, and nothing is written. */
export function whenTrusted<A extends unknown[], R>(run: (...args: A) => R): (...args: A) => R | undefined {
  return (...args: A) => {
    if (vscode.workspace.isTrusted) return run(...args);
    const manageTrust = vscode.l10n.t('Manage Workspace Trust');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('This folder is in Restricted Mode: 1:1 Coach reads your notes here but writes nothing. Trust the folder to write.'), manageTrust)
      .then((choice) => choice === manageTrust && vscode.commands.executeCommand('workbench.trust.manage'));
    return undefined;
  };
}
