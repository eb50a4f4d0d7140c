// The Needs Attention view: every error and warning, most urgent first, each one click from its
// range; the count as the view's badge.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { severityIcon } from '../convert';
import { personIdOf } from '../core/attention';
import type { AttentionEntry, AttentionList } from './attentionList';
import { appendWithCode } from './markdownText';
import { openAt } from './openAt';

export const ATTENTION_VIEW = 'oneOnOneCoach.attention';

export class AttentionTree implements vscode.TreeDataProvider<AttentionEntry>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly list: AttentionList) {
    this.subscription = list.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(entry?: AttentionEntry): AttentionEntry[] {
    return entry ? [] : [...this.list.entries()];
  }

  getTreeItem({ root, finding }: AttentionEntry): vscode.TreeItem {
    const item = new vscode.TreeItem(finding.message, vscode.TreeItemCollapsibleState.None);
    const id = personIdOf(finding.file);
    const person = (id === undefined ? undefined : root.index.person(id)?.name) ?? id;
    item.description = [person, basename(finding.file)].filter(Boolean).join(' · ');
    item.iconPath = severityIcon(finding.severity);
    item.command = openAt(root.uriOf(finding.file), finding.range, 'Open');
    const tooltip = new vscode.MarkdownString();
    appendWithCode(tooltip, finding.message).appendMarkdown('\n\n');
    if (finding.guidance) appendWithCode(tooltip, finding.guidance).appendMarkdown('\n\n');
    tooltip.appendMarkdown(`\`${finding.code}\` · `).appendText(`${root.folder.name}/${finding.file}:${finding.range.start.line + 1}`);
    item.tooltip = tooltip;
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** The badge for a count: none at zero. */
export function attentionBadge(count: number): vscode.ViewBadge | undefined {
  return count ? { value: count, tooltip: `${count} ${count === 1 ? 'needs' : 'need'} attention` } : undefined;
}

/** Creates the view and keeps its badge equal to the number of entries. */
export function createAttentionView(list: AttentionList): { tree: AttentionTree; view: vscode.TreeView<AttentionEntry>; disposables: vscode.Disposable[] } {
  const tree = new AttentionTree(list);
  const view = vscode.window.createTreeView(ATTENTION_VIEW, { treeDataProvider: tree });
  const badge = () => { view.badge = attentionBadge(list.count); };
  badge();
  return { tree, view, disposables: [tree, view, list.onDidChange(badge)] };
}
