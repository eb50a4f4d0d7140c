// What the sidebar shows, reachable from the extension's API so that extension-host tests can read
// the real tree items, the badge and the status bar. One per extension context; features fill it in.
import type * as vscode from 'vscode';
import type { AttentionNode } from './attentionView';
import type { PeopleNode } from './peopleItems';

export interface StatusBarState {
  /** Whether the item is shown (the active editor is a notes file). */
  readonly shown: boolean;
  readonly text: string;
  /** The tooltip's first line, in words. */
  readonly tooltip: string;
  /** The commands the tooltip's links run. */
  readonly tooltipCommands: readonly string[];
  /** Fires after the item was updated. */
  readonly onDidUpdate: vscode.Event<void>;
}

export interface SidebarApi {
  people?: vscode.TreeDataProvider<PeopleNode>;
  peopleView?: vscode.TreeView<PeopleNode>;
  attention?: vscode.TreeDataProvider<AttentionNode>;
  attentionView?: vscode.TreeView<AttentionNode>;
  statusBar?: StatusBarState;
  /** Resolves once the notes are settled and both views have taken in every change (they coalesce them). */
  settled?: () => Promise<void>;
}

const apis = new WeakMap<vscode.ExtensionContext, SidebarApi>();

/** The sidebar API of an extension context (empty until the features have run). */
export function sidebarApi(context: vscode.ExtensionContext): SidebarApi {
  let api = apis.get(context);
  if (!api) apis.set(context, (api = {}));
  return api;
}
