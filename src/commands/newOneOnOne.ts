// "New 1:1 with…": today's 1:1 file for a person, started with what their notes leave open.
//
// Arguments: (person?, options?) with person as in templates/personTarget.ts and
// options `{ date?: 'YYYY-MM-DD' }` (default today, on the local calendar; a tree menu's second
// argument, the selection, is ignored). Returns the new file's Uri.
// A second 1:1 on the same day gets the next letter (2026-03-04b.yaml); no file is ever overwritten.
import * as vscode from 'vscode';
import { isIsoDate, todayIso } from '../core/dates';
import { nextOneOnOneFileName } from '../core/layout';
import { newOneOnOneText } from '../core/templates/newOneOnOne';
import type { Feature, Services } from '../services';
import { resolvePerson } from '../templates/personTarget';
import { createWithText } from '../templates/safeFiles';

async function namesIn(folder: vscode.Uri): Promise<string[]> {
  try {
    return (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
  } catch {
    return [];
  }
}

async function newOneOnOne(services: Services, person?: unknown, options?: { date?: string }): Promise<vscode.Uri | undefined> {
  const target = await resolvePerson(services.notes, person, 'New 1:1 with…');
  if (!target) return undefined;
  const date = options?.date ?? todayIso();
  if (!isIsoDate(date)) {
    void vscode.window.showErrorMessage(`1:1 Coach: "${date}" is not a date (YYYY-MM-DD).`);
    return undefined;
  }
  const notes = target.root.index.notes(target.personId);
  if (!notes) return undefined;
  const text = newOneOnOneText(notes, date, services.notes.contextFor(target.root.folder));
  const folder = target.root.uriOf(target.personId);
  const taken = await namesIn(folder);
  for (;;) {
    let name: string;
    try {
      name = nextOneOnOneFileName(date, taken);
    } catch {
      void vscode.window.showErrorMessage(`1:1 Coach: ${target.name} already has 26 1:1 files on ${date}.`);
      return undefined;
    }
    const uri = vscode.Uri.joinPath(folder, name);
    if (await createWithText(uri, text)) {
      await vscode.window.showTextDocument(uri);
      return uri;
    }
    taken.push(name); // created meanwhile by someone else: take the next letter
  }
}

export const newOneOnOneCommand: Feature = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('oneOnOneCoach.newOneOnOne', (person?: unknown, options?: { date?: string }) => newOneOnOne(services, person, options)),
  );
};
