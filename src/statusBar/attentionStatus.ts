// One status bar item, shown only while a notes file is in the active editor: how many findings need
// attention; a click shows the Needs Attention view, and its tooltip links to the team at a glance.
import * as vscode from 'vscode';
import { SHOW_ATTENTION } from '../commands/showAttention';
import { SHOW_TEAM_OVERVIEW } from '../pictures/pictureIds';
import type { NotesService } from '../notes/notesService';
import type { Feature } from '../services';
import { attentionListOf, type AttentionList } from '../sidebar/attentionList';
import { sidebarApi, type StatusBarState } from '../sidebar/sidebarApi';

/** The words of the item for a count. */
export function attentionStatusText(count: number): { text: string; tooltip: string } {
  return {
    text: `$(bell) ${count}`,
    tooltip: count === 0 ? vscode.l10n.t('1:1 Coach: nothing needs attention')
      : count === 1 ? vscode.l10n.t('1:1 Coach: 1 needs attention') : vscode.l10n.t('1:1 Coach: {0} need attention', count),
  };
}

/** The tooltip: the count in words, then links to what needs attention and to the team at a glance. */
function tooltipWithLinks(words: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(`${words}\n\n[$(bell) ${vscode.l10n.t('Show what needs attention')}](command:${SHOW_ATTENTION}) · [$(graph) ${vscode.l10n.t('Team at a glance')}](command:${SHOW_TEAM_OVERVIEW})`, true);
  md.isTrusted = { enabledCommands: [SHOW_ATTENTION, SHOW_TEAM_OVERVIEW] };
  return md;
}

class AttentionStatus implements StatusBarState, vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('oneOnOneCoach.attention', vscode.StatusBarAlignment.Left, 10);
  private readonly updated = new vscode.EventEmitter<void>();
  readonly onDidUpdate = this.updated.event;
  shown = false;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly notes: NotesService, private readonly list: AttentionList) {
    this.item.name = '1:1 Coach: Needs Attention';
    this.item.command = SHOW_ATTENTION;
    this.disposables = [
      this.item,
      this.updated,
      // Only a new count changes what the item says.
      list.onDidChange((change) => change.count && this.update()),
      notes.onDidChangeRoots(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    this.update();
  }

  get text(): string {
    return this.item.text;
  }

  /** The tooltip's first line, in words. */
  get tooltip(): string {
    const tooltip = this.item.tooltip;
    return (typeof tooltip === 'string' ? tooltip : tooltip?.value.split('\n')[0]) ?? '';
  }

  /** The tooltip's links: the commands it runs. */
  get tooltipCommands(): string[] {
    const tooltip = this.item.tooltip;
    return typeof tooltip === 'string' || !tooltip ? [] : [...tooltip.value.matchAll(/\]\(command:([\w.]+)\)/g)].map((m) => m[1] as string);
  }

  private update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    this.shown = uri !== undefined && this.notes.locate(uri) !== undefined;
    if (this.shown) {
      const { text, tooltip } = attentionStatusText(this.list.count);
      this.item.text = text;
      this.item.tooltip = tooltipWithLinks(tooltip);
      this.item.show();
    } else {
      this.item.hide();
    }
    this.updated.fire();
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

export const attentionStatus: Feature = (context, { notes }) => {
  const status = new AttentionStatus(notes, attentionListOf(context, notes));
  context.subscriptions.push(status);
  sidebarApi(context).statusBar = status;
};
