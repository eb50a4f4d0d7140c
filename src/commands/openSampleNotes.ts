// "Open Sample Notes": the sample team as the manager's own writable copy, never the folder inside the
// installed extension. Copies live in the extension's global storage, one folder per day they read as
// of (core/sample); a copy that is still as made is re-used, a changed one is never written over: it
// is offered first, beside a fresh copy. Opens in a new window, or in this one when it has no folder.
import { join, sep } from 'node:path';
import * as vscode from 'vscode';
import { todayIso } from '../core/dates';
import { copyFolderDay, planSampleCopy } from '../core/sample/sampleCopy';
import { existingCopies, writeSampleCopy } from '../core/sample/sampleFolder';
import type { Feature } from '../services';
import { whenTrusted } from './trusted';

/** The copies folder with its copies; a copy with unsaved changes in this window counts as changed. */
function copiesIn(sampleDir: string, copiesDir: string) {
  const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === 'file').map((d) => d.uri.fsPath);
  return existingCopies(sampleDir, copiesDir).map((c) => {
    const inside = join(copiesDir, c.name) + sep;
    return c.changed || !dirty.some((p) => p.startsWith(inside)) ? c : { ...c, changed: true };
  });
}

/** The folder to open: the copy the manager picks, or a fresh one (made now when needed). */
async function sampleCopyFolder(context: vscode.ExtensionContext): Promise<string | undefined> {
  const sampleDir = vscode.Uri.joinPath(context.extensionUri, 'examples', 'notes').fsPath;
  const copiesDir = join(context.globalStorageUri.fsPath, 'samples');
  const today = todayIso();
  const plan = planSampleCopy(copiesIn(sampleDir, copiesDir), today);
  if (plan.changed !== undefined) {
    const day = copyFolderDay(plan.changed)?.day ?? plan.changed;
    const picked = await vscode.window.showQuickPick(
      [
        { label: vscode.l10n.t('Open my changed copy'), description: day === today ? vscode.l10n.t('made today') : vscode.l10n.t('made on {0}', day), folder: plan.changed },
        { label: vscode.l10n.t('Start a fresh copy'), description: vscode.l10n.t('the sample as of today; your changed copy stays as it is'), folder: undefined },
      ],
      { title: vscode.l10n.t('Open Sample Notes'), placeHolder: vscode.l10n.t('You have changed your copy of the sample team') },
    );
    if (!picked) return undefined;
    if (picked.folder !== undefined) return join(copiesDir, picked.folder);
  }
  const target = join(copiesDir, plan.fresh.name);
  if (!plan.fresh.exists) writeSampleCopy(sampleDir, target, today);
  return target;
}

export const sampleNotesCommand: Feature = (context) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('oneOnOneCoach.openSampleNotes', whenTrusted(async () => {
      let folder: string | undefined;
      try {
        folder = await sampleCopyFolder(context);
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('1:1 Coach: the sample could not be copied: {0}', (error as Error).message));
        return;
      }
      if (folder === undefined) return;
      const forceNewWindow = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
      await vscode.commands.executeCommand('vscode.openFolder', vscode.Uri.file(folder), { forceNewWindow });
    })),
  );
};
