// The Needs Attention view: every error and warning, grouped by the person it is about, most urgent
// person first (core/workspace/attentionGroups.ts), each row one click from its range and offering the action
// that fits its rule; the count as the view's badge.
//
// Rows carry a context value the menus key on (package.json, view/item/context):
// - `attention.<rule id with - for />`, e.g. `attention.cadence-overdue`: a finding;
// - `attentionFile`: the format findings of one file, collapsed into one row;
// - `attentionGroup.person`, `attentionGroup.team`, `attentionGroup.outside`: a group.
// A finding's node holds `root`, `finding` and (for a person's finding) `personId`, so the person
// commands (New 1:1 with…) and the finding commands (commands/findingActions.ts) take it as it is.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { severityIcon } from '../convert';
import { changedRowsInPlace, type AttentionGroup, type AttentionRow } from '../core/workspace/attentionGroups';
import type { Finding } from '../core/findings';
import type { NotesRoot } from '../notes/notesRoot';
import type { AttentionEntry, AttentionList, AttentionListChange } from './attentionList';
import { appendWithCode } from './markdownText';
import { openAt } from './openAt';

export const ATTENTION_VIEW = 'oneOnOneCoach.attention';

/**
 * A group's node: one object per group for as long as the group is listed, so that a change to the
 * group alone refreshes it alone (its fields follow the group).
 */
export interface AttentionGroupNode {
  readonly kind: 'group';
  group: AttentionGroup<AttentionEntry>;
  readonly root: NotesRoot;
  readonly personId?: string;
  multiRoot: boolean;
  /** The row nodes last given to the view: a change that leaves the rows in place refreshes those rows alone. */
  rows?: readonly AttentionRowNode[];
}

/**
 * A row of a group, or a finding inside a file's row. A row keeps its node while its group's rows stay
 * in place, and takes the group's new findings: its entries or finding follow the list.
 */
export interface AttentionFileNode {
  readonly kind: 'file';
  readonly file: string;
  readonly label: string;
  entries: readonly AttentionEntry[];
  readonly root: NotesRoot;
}

export interface AttentionFindingNode {
  readonly kind: 'finding';
  readonly label: string;
  readonly root: NotesRoot;
  finding: Finding;
  readonly personId?: string;
  readonly inFile: boolean;
}

export type AttentionRowNode = AttentionFileNode | AttentionFindingNode;

export type AttentionNode = AttentionGroupNode | AttentionRowNode;

/** The context value of a finding's row: `attention.cadence-overdue`. */
export function attentionContextValue(code: string): string {
  return `attention.${code.replace(/\//g, '-')}`;
}

const GROUP_ICONS = { person: 'account', team: 'organization', outside: 'folder' } as const;

function findingNode(entry: AttentionEntry, label: string, inFile: boolean, personId: string | undefined): AttentionFindingNode {
  return { kind: 'finding', label, root: entry.root, finding: entry.finding, inFile, ...(personId === undefined ? {} : { personId }) };
}

function rowNode(row: AttentionRow<AttentionEntry>, group: AttentionGroup<AttentionEntry>, root: NotesRoot): AttentionRowNode {
  return row.kind === 'format'
    ? { kind: 'file', file: row.file, label: row.label, entries: row.items, root }
    : findingNode(row.item, row.label, false, group.personId);
}

function findingTooltip(root: NotesRoot, finding: Finding): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString();
  // Messages and guidance write keys as `key` spans: shown as code, never as backticks.
  appendWithCode(tooltip, finding.message).appendMarkdown('\n\n');
  if (finding.guidance) appendWithCode(tooltip, finding.guidance).appendMarkdown('\n\n');
  tooltip.appendMarkdown(`\`${finding.code}\` · `).appendText(`${root.folder.name}/${finding.file}:${finding.range.start.line + 1}`);
  return tooltip;
}

/** The root a group's rows come from (the scope is part of the group's key). */
function rootOf(group: AttentionGroup<AttentionEntry>): NotesRoot {
  const first = group.rows[0] as AttentionRow<AttentionEntry>;
  return (first.kind === 'format' ? first.items[0] as AttentionEntry : first.item).root;
}

export class AttentionTree implements vscode.TreeDataProvider<AttentionNode>, vscode.Disposable {
  /** Fires the groups that changed, or undefined when the list of groups did. */
  private readonly changed = new vscode.EventEmitter<AttentionNode[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  /** The node of each group shown, by the group's key. */
  private readonly nodes = new Map<string, AttentionGroupNode>();

  constructor(private readonly list: AttentionList) {
    this.subscription = list.onDidChange((change) => this.refresh(change));
  }

  /**
   * Refreshes what changed: the whole list when groups came, went or moved; a group whose label, count
   * or rows changed; else, in a group whose rows stay in place, only the rows whose findings changed.
   */
  private refresh(change: AttentionListChange): void {
    if (change.order) return this.changed.fire(undefined);
    const due: AttentionNode[] = [];
    for (const key of change.groups) {
      const node = this.nodes.get(key);
      const group = this.list.group(key);
      if (!node || !group) return this.changed.fire(undefined);
      const changed = node.rows && changedRowsInPlace(node.group, group);
      node.group = group;
      if (node.rows && changed) {
        // Every row node takes its row's findings; those whose findings changed are read again.
        node.rows.forEach((row, i) => {
          const fresh = group.rows[i] as AttentionRow<AttentionEntry>;
          if (row.kind === 'finding' && fresh.kind === 'finding') row.finding = fresh.item.finding;
          else if (row.kind === 'file' && fresh.kind === 'format') row.entries = fresh.items;
        });
        due.push(...changed.map((i) => node.rows?.[i] as AttentionRowNode));
      } else {
        node.rows = undefined;
        due.push(node);
      }
    }
    if (due.length) this.changed.fire(due);
  }

  getChildren(node?: AttentionNode): AttentionNode[] {
    if (!node) {
      const groups = this.list.groups();
      const multiRoot = new Set(groups.map(rootOf)).size > 1;
      const live = new Set<string>();
      const nodes = groups.map((group) => {
        live.add(group.key);
        let known = this.nodes.get(group.key);
        // A reloaded notes root is another object under the same key: its groups get new nodes.
        if (!known || known.root !== rootOf(group)) {
          known = { kind: 'group', group, root: rootOf(group), multiRoot, ...(group.personId === undefined ? {} : { personId: group.personId }) };
          this.nodes.set(group.key, known);
        }
        known.group = group;
        known.multiRoot = multiRoot;
        return known;
      });
      for (const key of [...this.nodes.keys()]) if (!live.has(key)) this.nodes.delete(key);
      return nodes;
    }
    if (node.kind === 'group') return [...(node.rows = node.group.rows.map((row) => rowNode(row, node.group, node.root)))];
    if (node.kind === 'file') return node.entries.map((e) => findingNode(e, e.finding.message, true, undefined));
    return [];
  }

  getTreeItem(node: AttentionNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const { group } = node;
        const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `group:${group.key}`;
        item.description = node.multiRoot ? `${group.count} · ${node.root.folder.name}` : String(group.count);
        item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[group.kind]);
        item.tooltip = group.count === 1 ? vscode.l10n.t('{0}: 1 needs attention', group.label) : vscode.l10n.t('{0}: {1} need attention', group.label, group.count);
        item.contextValue = `attentionGroup.${group.kind}`;
        return item;
      }
      case 'file': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `file:${node.root.uri.toString()}\u0000${node.file}`;
        item.description = basename(node.file);
        const first = node.entries[0]?.finding;
        item.iconPath = severityIcon(first?.severity);
        if (first) item.command = openAt(node.root.uriOf(first.file), first.range, vscode.l10n.t('Open'));
        item.tooltip = vscode.l10n.t('{0}: expand to see each one', `${node.root.folder.name}/${node.file}`);
        item.contextValue = 'attentionFile';
        return item;
      }
      case 'finding': {
        const { finding, root } = node;
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        const name = basename(finding.file);
        // Inside a file's row, the line says where; a person-wide finding's person.yaml says nothing.
        item.description = node.inFile ? vscode.l10n.t('line {0}', finding.range.start.line + 1) : /^person\.ya?ml$/.test(name) ? '' : name;
        item.iconPath = severityIcon(finding.severity);
        item.command = openAt(root.uriOf(finding.file), finding.range, vscode.l10n.t('Open'));
        // The tooltip is made when the pointer rests on the row (resolveTreeItem): a refresh sends none.
        item.contextValue = attentionContextValue(finding.code);
        return item;
      }
    }
  }

  resolveTreeItem(item: vscode.TreeItem, node: AttentionNode): vscode.TreeItem {
    if (node.kind === 'finding') item.tooltip = findingTooltip(node.root, node.finding);
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** The badge for a count: none at zero. */
export function attentionBadge(count: number): vscode.ViewBadge | undefined {
  return count ? { value: count, tooltip: count === 1 ? vscode.l10n.t('1 needs attention') : vscode.l10n.t('{0} need attention', count) } : undefined;
}

/** Creates the view and keeps its badge equal to the number of entries. */
export function createAttentionView(list: AttentionList): { tree: AttentionTree; view: vscode.TreeView<AttentionNode>; disposables: vscode.Disposable[] } {
  const tree = new AttentionTree(list);
  const view = vscode.window.createTreeView(ATTENTION_VIEW, { treeDataProvider: tree });
  view.badge = attentionBadge(list.count);
  // The badge is set again only when the count changed.
  const badge = (change: AttentionListChange) => { if (change.count) view.badge = attentionBadge(list.count); };
  return { tree, view, disposables: [tree, view, list.onDidChange(badge)] };
}
