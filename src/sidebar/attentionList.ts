// The findings that need attention, across every notes root, ranked and grouped (core/workspace/attention.ts
// decides the order, attentionGroups.ts the groups). Kept per file: a notes change re-ranks only the files
// it names, and only the groups those files' findings are in are grouped again.
// The Needs Attention view and the status bar share one list per extension context.
import * as vscode from 'vscode';
import { needsAttention, personIdOf, rankFinding, type Ranked } from '../core/workspace/attention';
import { AttentionBoard, type AttentionBoardChange, type AttentionGroup, type AttentionScope } from '../core/workspace/attentionGroups';
import type { NotesChange, NotesService } from '../notes/notesService';
import type { NotesRoot } from '../notes/notesRoot';
import { Coalescer } from './coalesce';

export interface AttentionEntry extends Ranked {
  readonly root: NotesRoot;
}

/** What changed in the list: the groups (by key), their order, and the count. */
export interface AttentionListChange extends AttentionBoardChange {
  readonly count: boolean;
}

export class AttentionList implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AttentionListChange>();
  /** Fires after the list changed (coalesced). */
  readonly onDidChange = this.changed.event;
  private board = new AttentionBoard<AttentionEntry>();
  private readonly scopes = new Map<NotesRoot, AttentionScope>();
  private readonly pending = new Coalescer<NotesChange | 'roots'>((due) => this.apply(due));
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly notes: NotesService) {
    this.disposables = [
      this.changed,
      this.pending,
      notes.onDidChangeRoots(() => this.pending.add('roots')),
      notes.onDidChange((change) => this.pending.add(change)),
    ];
    this.rebuild();
    this.board.settle();
  }

  /** The groups, most urgent first. */
  groups(): readonly AttentionGroup<AttentionEntry>[] {
    return this.board.groups();
  }

  /** The group of a key, if it holds anything. */
  group(key: string): AttentionGroup<AttentionEntry> | undefined {
    return this.board.group(key);
  }

  get count(): number {
    return this.board.count;
  }

  /** Resolves once every notes change so far is in the list. */
  settled(): Promise<void> {
    return this.pending.settled();
  }

  private scopeOf(root: NotesRoot): AttentionScope {
    let scope = this.scopes.get(root);
    if (!scope) this.scopes.set(root, (scope = { key: root.uri.toString(), nameOf: (id) => root.index.person(id)?.name ?? id }));
    return scope;
  }

  private rebuild(): void {
    this.board = new AttentionBoard();
    this.scopes.clear();
    for (const root of this.notes.roots()) this.rankFiles(root, root.notes.grouped().keys());
  }

  private apply(due: ReadonlySet<NotesChange | 'roots'>): void {
    const before = this.count;
    const rebuilt = due.has('roots');
    if (rebuilt) this.rebuild();
    else for (const change of due as ReadonlySet<NotesChange>) if (this.notes.roots().includes(change.root)) this.rankFiles(change.root, change.files);
    const change = this.board.settle();
    // After a reload every group is another (new roots, new entries): the whole list is new.
    this.changed.fire({ groups: change.groups, order: change.order || rebuilt, count: this.count !== before });
  }

  private rankFiles(root: NotesRoot, files: Iterable<string>): void {
    const scope = this.scopeOf(root);
    for (const file of files) {
      const id = personIdOf(file);
      const found = root.notes.findingsFor(file).filter(needsAttention);
      const notes = id === undefined || !found.length ? undefined : root.index.notes(id);
      this.board.setFile(scope, file, found.map((finding) => ({ root, finding, rank: rankFinding(finding, notes) })));
      if (id !== undefined) this.board.touchPerson(scope, id);
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

const lists = new WeakMap<vscode.ExtensionContext, AttentionList>();

/** The one attention list of this extension context (created, and disposed with it, on first use). */
export function attentionListOf(context: vscode.ExtensionContext, notes: NotesService): AttentionList {
  let list = lists.get(context);
  if (!list) {
    list = new AttentionList(notes);
    lists.set(context, list);
    context.subscriptions.push(list);
  }
  return list;
}
