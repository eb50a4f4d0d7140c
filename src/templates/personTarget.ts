// Which person a command is about: from its argument, or picked from every notes root.
//
// Accepted arguments (the People view passes its tree element; scripts and tests pass the others):
// - a person id, `'ada'` (asked which one when several roots have it);
// - `{ personId: 'ada', root?: { uri } | 'alpha' }`: the People view's person node (root is a NotesRoot)
//   or a workspace folder's name;
// - `{ id: 'ada', workspaceFolder?: WorkspaceFolder }` (an older tree element);
// - a Uri of the person's folder or of a file in it.
// Anything else, or nothing, shows a pick of everyone, the person of the open notes file first.
import * as vscode from 'vscode';
import { classifyNotesFile } from '../core/reading/layout';
import type { NotesRoot } from '../notes/notesRoot';
import type { NotesService } from '../notes/notesService';

export interface PersonTarget {
  readonly root: NotesRoot;
  readonly personId: string;
  readonly name: string;
}

function targetsOf(notes: NotesService): PersonTarget[] {
  return notes.roots().flatMap((root) => root.index.people().map((p) => ({ root, personId: p.id, name: p.name })));
}

function rootMatches(root: NotesRoot, hint: unknown): boolean {
  if (hint === undefined) return true;
  if (typeof hint === 'string') return root.folder.name === hint;
  if (typeof hint === 'object' && hint !== null) {
    const uri = (hint as { uri?: unknown }).uri;
    if (uri instanceof vscode.Uri) return uri.toString() === root.uri.toString() || uri.toString() === root.folder.uri.toString();
  }
  return false;
}

/** The candidates an argument names; undefined when it names no one in particular. */
function candidates(notes: NotesService, arg: unknown): PersonTarget[] | undefined {
  const all = targetsOf(notes);
  if (typeof arg === 'string') return all.filter((t) => t.personId === arg);
  if (arg instanceof vscode.Uri) {
    const where = notes.locate(arg);
    const id = where?.file.split('/')[0];
    return where && id ? all.filter((t) => t.root === where.root && t.personId === id) : [];
  }
  if (typeof arg !== 'object' || arg === null) return undefined;
  const o = arg as { personId?: unknown; id?: unknown; root?: unknown; workspaceFolder?: unknown };
  const id = typeof o.personId === 'string' ? o.personId : typeof o.id === 'string' ? o.id : undefined;
  if (id === undefined) return undefined;
  return all.filter((t) => t.personId === id && rootMatches(t.root, o.root ?? o.workspaceFolder));
}

/** The person whose notes file is open in the active editor, if any. */
function activePerson(notes: NotesService, list: readonly PersonTarget[]): PersonTarget | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  const where = uri && notes.locate(uri);
  if (!where) return undefined;
  const id = classifyNotesFile(where.file).personId;
  return list.find((t) => t.root === where.root && t.personId === id);
}

/** A pick of `list`; the person of the open notes file comes first, under its own heading, and is preselected. */
async function pick(notes: NotesService, list: readonly PersonTarget[], title: string): Promise<PersonTarget | undefined> {
  const multiRoot = new Set(list.map((t) => t.root)).size > 1;
  const item = (t: PersonTarget) => ({ label: t.name, description: multiRoot ? `${t.personId} · ${t.root.folder.name}` : t.personId, target: t });
  const active = activePerson(notes, list);
  const separator = (label: string) => ({ label, kind: vscode.QuickPickItemKind.Separator, target: undefined });
  const items = active && list.length > 1
    ? [separator(vscode.l10n.t('from the open file')), item(active), separator(vscode.l10n.t('everyone else')), ...list.filter((t) => t !== active).map(item)]
    : list.map(item);
  return (await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Who is it about?'), matchOnDescription: true }))?.target;
}

/** The person an argument names, else the one the user picks; undefined when cancelled or unknown. */
export async function resolvePerson(notes: NotesService, arg: unknown, title: string): Promise<PersonTarget | undefined> {
  await notes.settled();
  const named = candidates(notes, arg);
  if (named?.length === 1) return named[0];
  if (named && named.length > 1) return pick(notes, named, title);
  if (named) {
    void vscode.window.showInformationMessage(vscode.l10n.t('1:1 Coach: no person "{0}" in the notes folders.', String((arg as { personId?: string }).personId ?? arg)));
    return undefined;
  }
  const all = targetsOf(notes);
  if (all.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('1:1 Coach: there is no one in the notes folders yet. Add someone with "1:1 Coach: Add Person…".'));
    return undefined;
  }
  return pick(notes, all, title);
}

/** The workspace folder a command works in: the argument (folder, its name or a Uri in it), the only one, or a pick. */
export async function resolveWorkspaceFolder(arg: unknown): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (typeof arg === 'string') return folders.find((f) => f.name === arg);
  if (arg instanceof vscode.Uri) return vscode.workspace.getWorkspaceFolder(arg);
  if (typeof arg === 'object' && arg !== null && (arg as { uri?: unknown }).uri instanceof vscode.Uri && 'index' in arg) return arg as vscode.WorkspaceFolder;
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Which workspace folder?') });
}
