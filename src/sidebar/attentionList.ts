// The findings that need attention, across every notes root, ranked (core/workspace/attention.ts decides the
// order). Kept per file: a notes change re-ranks only the files it names, then the lists are merged.
// The Needs Attention view and the status bar share one list per extension context.
import * as vscode from 'vscode';
import { compareAttention, needsAttention, personIdOf, rankFinding, type Ranked } from '../core/workspace/attention';
import type { NotesChange, NotesService } from '../notes/notesService';
import type { NotesRoot } from '../notes/notesRoot';
import { Coalescer } from './coalesce';

export interface AttentionEntry extends Ranked {
  readonly root: NotesRoot;
}

export class AttentionList implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the list changed (coalesced). */
  readonly onDidChange = this.changed.event;
  private readonly byRoot = new Map<NotesRoot, Map<string, AttentionEntry[]>>();
  private sorted: readonly AttentionEntry[] | undefined;
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
  }

  /** Every entry, most urgent first. */
  entries(): readonly AttentionEntry[] {
    this.sorted ??= [...this.byRoot.values()].flatMap((files) => [...files.values()].flat()).sort(compareAttention);
    return this.sorted;
  }

  get count(): number {
    return this.entries().length;
  }

  private rebuild(): void {
    this.byRoot.clear();
    for (const root of this.notes.roots()) this.rankFiles(root, root.notes.grouped().keys());
  }

  private apply(due: ReadonlySet<NotesChange | 'roots'>): void {
    if (due.has('roots')) this.rebuild();
    else for (const change of due as ReadonlySet<NotesChange>) if (this.notes.roots().includes(change.root)) this.rankFiles(change.root, change.files);
    this.sorted = undefined;
    this.changed.fire();
  }

  private rankFiles(root: NotesRoot, files: Iterable<string>): void {
    let byFile = this.byRoot.get(root);
    if (!byFile) this.byRoot.set(root, (byFile = new Map()));
    for (const file of files) {
      const found = root.notes.findingsFor(file).filter(needsAttention);
      if (!found.length) { byFile.delete(file); continue; }
      const id = personIdOf(file);
      const notes = id === undefined ? undefined : root.index.notes(id);
      byFile.set(file, found.map((finding) => ({ root, finding, rank: rankFinding(finding, notes) })));
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
