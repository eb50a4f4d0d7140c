// Notes files that a test writes at run time and takes away again. The notes are re-read once the
// files are written or deleted, rather than waiting on the file watcher, which may miss a file written
// into a folder it has just seen created.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { CoachApi } from '../../src/extension';
import { coach, notesUri } from './helpers';

/** Files by path inside the notes root: `{ 'lin/person.yaml': '...' }`. */
export type NotesFiles = Readonly<Record<string, string>>;

async function reread(api: CoachApi, folderName: string, files: NotesFiles, present: boolean): Promise<void> {
  await api.notes.reload();
  await api.notes.settled();
  for (const file of Object.keys(files)) {
    const where = api.notes.locate(notesUri(folderName, file));
    assert.equal(where?.root.index.loaded(where.file) !== undefined, present, `${file} is ${present ? 'read' : 'gone'}`);
  }
}

/** Writes the files into a folder's notes root; resolves once the notes hold every one of them. */
export async function writeNotes(api: CoachApi, folderName: string, files: NotesFiles): Promise<void> {
  for (const [file, text] of Object.entries(files)) await vscode.workspace.fs.writeFile(notesUri(folderName, file), Buffer.from(text));
  await reread(api, folderName, files, true);
}

/** Deletes the files and their person folders; resolves once the notes have dropped them. */
export async function removeNotes(api: CoachApi, folderName: string, files: NotesFiles): Promise<void> {
  for (const person of new Set(Object.keys(files).map((f) => f.split('/')[0] as string))) {
    await vscode.workspace.fs.delete(notesUri(folderName, person), { recursive: true });
  }
  await reread(api, folderName, files, false);
}

/** Registers hooks that write the files before a suite and, after it, close every editor and take the files away again. */
export function notesForSuite(folderName: string, files: NotesFiles): void {
  let api: CoachApi | undefined;
  before(async () => {
    api = await coach();
    await writeNotes(api, folderName, files);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (api) await removeNotes(api, folderName, files);
  });
}
