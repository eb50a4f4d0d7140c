// The briefing webviews: one panel per person, beside the editor, kept current as that person's notes
// change (unsaved edits too: the notes service follows the editors). A click on an item's link opens
// that notes file at that line, if it is a notes file the index knows; anything else is ignored.
import * as vscode from 'vscode';
import type { NotesRoot } from '../notes/notesRoot';
import type { NotesService } from '../notes/notesService';
import { openNotesLine } from '../notes/openNotesLine';
import type { PersonTarget } from '../templates/personTarget';
import { asOpenLineMessage, briefingHtml } from './briefingHtml';
import { documentWriters } from './documentWriters';

export const BRIEFING_VIEW_TYPE = 'oneOnOneCoach.briefing';

/** "Prepare: Dana Kowalski": the tab's title. */
export function briefingTitle(name: string): string {
  return vscode.l10n.t('Prepare: {0}', name);
}

/** One person's briefing panel. */
export class BriefingPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private shown = '';

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly root: NotesRoot,
    readonly personId: string,
    private readonly notes: NotesService,
  ) {
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message) => this.openLink(message)),
      notes.onDidChange((change) => { if (change.root === this.root) this.render(); }),
    );
    this.render();
  }

  /** The Markdown the panel shows now. */
  get markdown(): string {
    return this.shown;
  }

  /** Writes the briefing again; the page is replaced only when it says something new. */
  render(): void {
    const notes = this.root.index.notes(this.personId);
    if (!notes) return;
    const md = documentWriters().writeBriefing({ notes, ctx: this.notes.contextFor(this.root.folder) });
    this.panel.title = briefingTitle(notes.person.name);
    if (md === this.shown) return;
    this.shown = md;
    this.panel.webview.html = briefingHtml(md, this.panel.title);
  }

  /**
   * What the page posts when a link is clicked: opens the notes file and line it names, when it is one of
   * this root's notes files; anything else is ignored (undefined).
   */
  async openLink(message: unknown): Promise<vscode.TextEditor | undefined> {
    const target = asOpenLineMessage(message)?.target;
    const place = target === undefined ? undefined : documentWriters().parseLineTarget(target);
    return place && openNotesLine(this.root, place.file, place.line, this.panel);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** Every open briefing panel, by notes root and person. */
export class BriefingPanels implements vscode.Disposable {
  private readonly open = new Map<string, BriefingPanel>();

  constructor(private readonly notes: NotesService) {}

  /** Shows the person's briefing beside the editor: a new panel, or the one already open. */
  show(target: PersonTarget): BriefingPanel {
    const key = `${target.root.uri.toString()}#${target.personId}`;
    const existing = this.open.get(key);
    if (existing) {
      existing.panel.reveal(undefined, false);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(BRIEFING_VIEW_TYPE, briefingTitle(target.name), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
      enableScripts: true, enableFindWidget: true, localResourceRoots: [],
    });
    const view = new BriefingPanel(panel, target.root, target.personId, this.notes);
    this.open.set(key, view);
    const closed = panel.onDidDispose(() => { closed.dispose(); view.dispose(); this.open.delete(key); });
    return view;
  }

  dispose(): void {
    for (const view of [...this.open.values()]) view.panel.dispose();
    this.open.clear();
  }
}
