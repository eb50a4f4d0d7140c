// Appends an entry to a list in a person's person.yaml (`snooze:`, `away:`): one undoable edit on the
// document, which keeps comments and any unsaved change; the file is saved only if it had no unsaved
// change before. A missing person.yaml is never created here: the manager is told instead.
import * as vscode from 'vscode';
import { PERSON_FILE } from '../core/reading/layout';
import { entryIntoList, readNotesText } from '../core/templates/placement';
import type { NotesRoot } from '../notes/notesRoot';
import { insertLines } from './lineInsertion';
import { exists } from './safeFiles';

export interface PersonFileTarget {
  readonly root: NotesRoot;
  readonly personId: string;
  readonly name: string;
}

/** The person's person.yaml (or person.yml), when it exists. */
async function personFileOf(target: PersonFileTarget): Promise<vscode.Uri | undefined> {
  const known = target.root.index.person(target.personId)?.source?.file;
  const candidates = known ? [known] : [`${target.personId}/${PERSON_FILE}`, `${target.personId}/person.yml`];
  for (const file of candidates) {
    const uri = target.root.uriOf(file);
    if (await exists(uri)) return uri;
  }
  return undefined;
}

/**
 * Appends `lines` (an entry, relative to its dash) to the list `key` of the person's person.yaml.
 * Returns the file's Uri, or undefined when nothing was written (no person.yaml, a flow-style list,
 * or the edit was refused); the manager is told why.
 */
export async function appendToPersonFile(target: PersonFileTarget, key: string, lines: readonly string[]): Promise<vscode.Uri | undefined> {
  const uri = await personFileOf(target);
  if (!uri) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('1:1 Coach: {0} has no {1}, where this is written. Add one with "1:1 Coach: Add Person…", then try again.', target.name, PERSON_FILE));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const wasDirty = document.isDirty;
  const insertion = entryIntoList(readNotesText(document.getText(), 'person'), key, lines);
  if (!insertion) {
    void vscode.window.showErrorMessage(vscode.l10n.t({
      message: '1:1 Coach: {0} in {1} is not a block list ("- ..." lines), so nothing was added. Add the entry by hand.',
      args: [key, vscode.workspace.asRelativePath(uri)],
      comment: ['{0} is a YAML key of person.yaml (away, snooze): keep it as it is. {1} is the file.'],
    }));
    return undefined;
  }
  if (!(await insertLines(document, insertion))) return undefined;
  if (!wasDirty) await document.save();
  return uri;
}
