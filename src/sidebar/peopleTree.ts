// The People view's data: notes roots (grouped only when there are several), people, and what is
// open with each person. A notes change refreshes only what it changed under the people it touched:
// their row, or, while the entries under them stay in place, only the entries that read differently.
// People coming or going refresh the whole tree. Changes in a burst are coalesced into one refresh.
import * as vscode from 'vscode';
import { personIdOf } from '../core/workspace/attention';
import { todayIso } from '../core/dates';
import type { NotesChange, NotesService } from '../notes/notesService';
import type { NotesRoot } from '../notes/notesRoot';
import { Coalescer } from './coalesce';
import {
  groupItem, personGroups, personItem, personLook, personTooltip, rootItem, type GroupNode, type PeopleNode, type PersonNode, type RootNode,
} from './peopleItems';

/** The whole tree. */
const ALL = Symbol('all');

/** What the view was last given of a person: how their row looks, and the groups under them once read. */
interface Shown {
  look?: string;
  groups?: readonly GroupNode[];
}

/** Whether two builds of a person's groups hold the same entries in the same places (by their ids). */
function sameEntriesInPlace(a: readonly GroupNode[], b: readonly GroupNode[]): boolean {
  return a.length === b.length && a.every((g, i) => {
    const other = b[i] as GroupNode;
    return g.group === other.group && g.entries.length === other.entries.length
      && g.entries.every((e, j) => e.item.id === other.entries[j]?.item.id);
  });
}

export class PeopleTree implements vscode.TreeDataProvider<PeopleNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<PeopleNode | PeopleNode[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Person nodes by root and id: the same object for the same person, so that refreshes can name it. */
  private readonly persons = new Map<NotesRoot, Map<string, PersonNode>>();
  private readonly rootNodes = new Map<NotesRoot, RootNode>();
  private readonly shown = new WeakMap<PersonNode, Shown>();
  private readonly refresh = new Coalescer<PersonNode | typeof ALL>((due) => this.flush(due));
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly notes: NotesService) {
    this.disposables = [
      this.changed,
      this.refresh,
      notes.onDidChangeRoots(() => this.refreshAll()),
      notes.onDidChange((change) => this.onNotesChange(change)),
    ];
  }

  /** Resolves once every notes change so far has been refreshed. */
  settled(): Promise<void> {
    return this.refresh.settled();
  }

  /** Refreshes everything (after a reload, or on request). */
  refreshAll(): void {
    this.refresh.add(ALL);
  }

  getTreeItem(node: PeopleNode): vscode.TreeItem {
    switch (node.kind) {
      case 'root': return rootItem(node);
      case 'person': {
        const today = todayIso();
        this.shownOf(node).look = personLook(node, today);
        return personItem(node, today);
      }
      case 'group': return groupItem(node);
      case 'entry': return node.item;
    }
  }

  resolveTreeItem(item: vscode.TreeItem, node: PeopleNode): vscode.TreeItem {
    if (node.kind === 'person') item.tooltip = personTooltip(node, this.notes.contextFor(node.root.folder));
    return item;
  }

  getChildren(node?: PeopleNode): PeopleNode[] {
    if (!node) {
      const roots = this.notes.roots();
      if (roots.length === 1) return this.peopleOf(roots[0] as NotesRoot);
      return roots.map((root) => this.rootNode(root));
    }
    switch (node.kind) {
      case 'root': return this.peopleOf(node.root);
      case 'person': {
        const notes = node.root.index.notes(node.personId);
        const groups = notes ? personGroups(node, notes, this.notes.contextFor(node.root.folder)) : [];
        this.shownOf(node).groups = groups;
        return groups;
      }
      case 'group': return [...node.entries];
      case 'entry': return [];
    }
  }

  getParent(node: PeopleNode): PeopleNode | undefined {
    switch (node.kind) {
      case 'person': return this.notes.roots().length > 1 ? this.rootNode(node.root) : undefined;
      case 'group': return node.person;
      default: return undefined;
    }
  }

  private rootNode(root: NotesRoot): RootNode {
    let node = this.rootNodes.get(root);
    if (!node) this.rootNodes.set(root, (node = { kind: 'root', root }));
    return node;
  }

  private peopleOf(root: NotesRoot): PersonNode[] {
    let known = this.persons.get(root);
    if (!known) this.persons.set(root, (known = new Map()));
    const people = root.index.people();
    const nodes = people.map(({ id }) => {
      let node = known.get(id);
      if (!node) known.set(id, (node = { kind: 'person', root, personId: id }));
      return node;
    });
    if (known.size !== nodes.length) for (const id of [...known.keys()]) if (!root.index.person(id)) known.delete(id);
    return nodes;
  }

  private onNotesChange({ root, files }: NotesChange): void {
    const known = this.persons.get(root);
    if (!known) return this.refreshAll();
    for (const file of files) {
      const id = personIdOf(file);
      if (id === undefined) continue;
      const node = known.get(id);
      // A person who came or went changes the list itself.
      if (!node || !root.index.person(id)) return this.refreshAll();
      this.refresh.add(node);
    }
  }

  private flush(due: ReadonlySet<PersonNode | typeof ALL>): void {
    if (due.has(ALL)) {
      const live = new Set(this.notes.roots());
      for (const root of [...this.persons.keys()]) if (!live.has(root)) this.persons.delete(root);
      for (const root of [...this.rootNodes.keys()]) if (!live.has(root)) this.rootNodes.delete(root);
      this.changed.fire(undefined);
    } else {
      const changed = [...due as ReadonlySet<PersonNode>].flatMap((node) => this.changedUnder(node));
      if (changed.length) this.changed.fire(changed);
    }
  }

  private shownOf(node: PersonNode): Shown {
    let shown = this.shown.get(node);
    if (!shown) this.shown.set(node, (shown = {}));
    return shown;
  }

  /**
   * What to refresh of a person whose notes changed: their row when it looks different or the entries
   * under them moved (the view then reads them again); else only the entries that read differently,
   * each given its new item; nothing when the view shows no difference.
   */
  private changedUnder(node: PersonNode): PeopleNode[] {
    const shown = this.shown.get(node);
    const notes = node.root.index.notes(node.personId);
    if (!shown || !notes || shown.look !== personLook(node, todayIso())) return [node];
    if (!shown.groups) return [];
    const groups = personGroups(node, notes, this.notes.contextFor(node.root.folder));
    if (!sameEntriesInPlace(shown.groups, groups)) return [node];
    const changed: PeopleNode[] = [];
    shown.groups.forEach((group, i) => group.entries.forEach((entry, j) => {
      const fresh = (groups[i] as GroupNode).entries[j];
      if (fresh && fresh.look !== entry.look) {
        entry.item = fresh.item;
        entry.look = fresh.look;
        changed.push(entry);
      }
    }));
    return changed;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
