// Shared by the extension-host suites: the activated extension, notes Uris, and waiting on events.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { CoachApi } from '../../src/extension';

export const EXTENSION_ID = 'one-on-one-coach.one-on-one-coach';

/** Activates the extension (asserting that it did) and waits until the notes are loaded. */
export async function coach(): Promise<CoachApi> {
  const ext = vscode.extensions.getExtension<CoachApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed in the test host`);
  const api = await ext.activate();
  assert.equal(ext.isActive, true);
  await api.notes.settled();
  return api;
}

/** The workspace folder with this name (the fixture has `alpha` and `beta`). */
export function folder(name: string): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.find((w) => w.name === name);
  assert.ok(f, `workspace folder ${name} is open`);
  return f;
}

/** A file in a folder's notes root: notesUri('alpha', 'ada/2026-01-05.yaml'). */
export function notesUri(folderName: string, file: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(folderName).uri, 'one-on-ones', ...file.split('/'));
}

/** Resolves with the first value of `event` that satisfies `accept`; rejects after `ms`. */
export function waitFor<T>(event: vscode.Event<T>, accept: (value: T) => boolean, what: string, ms = 30_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out waiting for ${what}`)); }, ms);
    const sub = event((value) => {
      if (!accept(value)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(value);
    });
  });
}

/** The diagnostics of a Uri once `accept` holds for them (at once, or on a later change). */
export async function diagnosticsWhen(uri: vscode.Uri, accept: (d: readonly vscode.Diagnostic[]) => boolean, what: string): Promise<readonly vscode.Diagnostic[]> {
  const changed = waitFor(vscode.languages.onDidChangeDiagnostics, (e) => e.uris.some((u) => u.toString() === uri.toString()) && accept(vscode.languages.getDiagnostics(uri)), what);
  const now = vscode.languages.getDiagnostics(uri);
  if (accept(now)) { changed.catch(() => undefined); return now; }
  await changed;
  return vscode.languages.getDiagnostics(uri);
}

/** The code (rule id) of a diagnostic. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

export const hasCode = (code: string) => (ds: readonly vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === code);
export const lacksCode = (code: string) => (ds: readonly vscode.Diagnostic[]) => !ds.some((d) => codeOf(d) === code);

/** Reverts every unsaved document, then closes every editor: the next test starts from an empty window. */
export async function closeAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
