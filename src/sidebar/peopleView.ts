import * as vscode from 'vscode';
import type { Feature } from '../services';
import { notesRootOf } from '../settings';

interface PersonFolder {
  readonly id: string;
  readonly uri: vscode.Uri;
  readonly workspaceFolder: vscode.WorkspaceFolder;
}

/** Lists the person folders (`<notesRoot>/<person-id>/`) of every workspace folder. */
async function findPersonFolders(): Promise<PersonFolder[]> {
  const found: PersonFolder[] = [];
  for (const workspaceFolder of vscode.workspace.workspaceFolders ?? []) {
    const root = notesRootOf(workspaceFolder);
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(root);
    } catch {
      continue; // no notes folder in this workspace folder
    }
    for (const [name, type] of entries) {
      if (type & vscode.FileType.Directory && !name.startsWith('.')) {
        found.push({ id: name, uri: vscode.Uri.joinPath(root, name), workspaceFolder });
      }
    }
  }
  return found.sort((a, b) => a.id.localeCompare(b.id));
}

class PeopleProvider implements vscode.TreeDataProvider<PersonFolder> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  refresh(): void {
    this.changed.fire();
  }

  getTreeItem(person: PersonFolder): vscode.TreeItem {
    const item = new vscode.TreeItem(person.id, vscode.TreeItemCollapsibleState.None);
    item.id = person.uri.toString();
    item.iconPath = new vscode.ThemeIcon('person');
    item.resourceUri = person.uri;
    item.contextValue = 'person';
    if ((vscode.workspace.workspaceFolders?.length ?? 0) > 1) item.description = person.workspaceFolder.name;
    item.command = {
      command: 'revealInExplorer',
      title: 'Reveal in Explorer',
      arguments: [person.uri],
    };
    return item;
  }

  getChildren(person?: PersonFolder): Promise<PersonFolder[]> | PersonFolder[] {
    return person ? [] : findPersonFolders();
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The "People" view in the 1:1 Coach container. */
export const peopleView: Feature = (context) => {
  const provider = new PeopleProvider();
  const view = vscode.window.createTreeView('oneOnOneCoach.people', { treeDataProvider: provider, showCollapseAll: true });
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.yaml');
  const refresh = () => provider.refresh();
  context.subscriptions.push(
    provider,
    view,
    watcher,
    watcher.onDidCreate(refresh),
    watcher.onDidDelete(refresh),
    vscode.workspace.onDidChangeWorkspaceFolders(refresh),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('oneOnOneCoach.notesRoot') && refresh()),
    vscode.commands.registerCommand('oneOnOneCoach.refresh', refresh),
  );
};
