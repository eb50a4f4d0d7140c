// For the sidebar and status bar suites: reading a TreeDataProvider as the workbench would, and
// waiting until what it shows satisfies a test (on its change events, never on time).
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { CoachApi } from '../../src/extension';
import type { SidebarApi } from '../../src/sidebar/sidebarApi';
import { waitFor } from './helpers';

/** The sidebar API, asserting the features filled it in. */
export function sidebarOf(api: CoachApi): Required<SidebarApi> {
  const s = api.sidebar;
  assert.ok(s?.people && s.attention && s.attentionView && s.statusBar, 'the sidebar API is filled in');
  return s as Required<SidebarApi>;
}

export async function children<T>(provider: vscode.TreeDataProvider<T>, node?: T): Promise<T[]> {
  return (await provider.getChildren(node)) ?? [];
}

/** A node's item as the view shows it, with the tooltip some items make only when the pointer rests on them. */
export async function item<T>(provider: vscode.TreeDataProvider<T>, node: T): Promise<vscode.TreeItem> {
  const it = await provider.getTreeItem(node);
  if (it.tooltip !== undefined || !provider.resolveTreeItem) return it;
  return (await provider.resolveTreeItem(it, node, new vscode.CancellationTokenSource().token)) ?? it;
}

export function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

/** The child whose label is `label`, with its item. */
export async function childLabelled<T>(provider: vscode.TreeDataProvider<T>, parent: T | undefined, label: string): Promise<{ node: T; item: vscode.TreeItem } | undefined> {
  for (const node of await children(provider, parent)) {
    const it = await item(provider, node);
    if (labelOf(it) === label) return { node, item: it };
  }
  return undefined;
}

/** The value of `check` once it is defined: at once, or after one of `event`'s firings. */
export async function until<T, E>(event: vscode.Event<E>, check: () => Promise<T | undefined> | T | undefined, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const next = waitFor(event, () => true, what, Math.max(1, deadline - Date.now()));
    const value = await check();
    if (value !== undefined) { next.catch(() => undefined); return value; }
    await next;
  }
}

/** Runs an item's command (as a click does) and returns the editor it left active. */
export async function click(it: vscode.TreeItem): Promise<vscode.TextEditor> {
  assert.ok(it.command, `${labelOf(it)} has a command`);
  await vscode.commands.executeCommand(it.command.command, ...(it.command.arguments ?? []));
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, 'an editor is active');
  return editor;
}
