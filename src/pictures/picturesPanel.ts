// The pictures' panel: the team at a glance, a person's history, or your coaching habits, drawn by the
// page in media/ from data the core computes. Every message is checked both ways (the core's protocol).
// It follows the notes through the notes service's change events: it computes again only while it is
// visible, posts only data that differs, and the page redraws only what changed.
import * as vscode from 'vscode';
import type { PictureShow } from '../core/pictures/pictureShow';
import type { Parsed, WebviewMessage } from '../core/pictures/pageMessages';
import type { ExtensionMessage } from '../core/pictures/protocol';
import type { TeamOverviewRows } from '../core/pictures/teamOverview';
import type { CoachingHabitsKept } from '../core/pictures/coachingHabits';
import { everyonesNotes } from '../core/checks/engine';
import type { NotesRoot } from '../notes/notesRoot';
import type { NotesChange, NotesService } from '../notes/notesService';
import { openNotesLine } from '../notes/openNotesLine';
import { pictureBuilders } from './pictureBuilders';
import { picturesHtml } from './picturesHtml';

/** What the panel did with a message from the page (tests read it). */
export type Received = Parsed<WebviewMessage>;

/** What a panel works with: the notes, the page's folder, the log, and the check of the page's messages. */
export interface PanelServices {
  readonly notes: NotesService;
  /** The extension's media folder: the page's files, and the only folder the page may load from. */
  readonly media: vscode.Uri;
  readonly log?: vscode.LogOutputChannel;
  /** The one check of what the page posts (pageMessages.ts: it stays in the extension's bundle with zod). */
  readonly parseMessage: (value: unknown) => Received;
}

/** Gives `panel` the pictures' page, allowed to load from `media` only, in VS Code's display language. */
export function setPicturesPage(panel: vscode.WebviewPanel, media: vscode.Uri, title: string): void {
  panel.webview.options = { enableScripts: true, localResourceRoots: [media] };
  const sources = { cspSource: panel.webview.cspSource, media: panel.webview.asWebviewUri(media).toString() };
  panel.webview.html = picturesHtml(sources, title, { lang: vscode.env.language, words: vscode.l10n.bundle });
}

export class PicturesPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly posted = new vscode.EventEmitter<ExtensionMessage>();
  /** Fires with each message posted to the page. */
  readonly onDidPost = this.posted.event;
  private readonly received = new vscode.EventEmitter<Received>();
  /** Fires with each message from the page, checked. */
  readonly onDidReceive = this.received.event;
  private lastPosted = '';
  private last: ExtensionMessage | undefined;
  private stale = true;
  /** The team's rows, kept between changes: a change makes only the changed people's rows anew. */
  private rows: TeamOverviewRows | undefined;
  /** The coaching habits' parts, kept between changes in the same way. */
  private habits: CoachingHabitsKept | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private root: NotesRoot,
    private show: PictureShow,
    private readonly services: PanelServices,
  ) {
    const { notes, media } = services;
    panel.iconPath = vscode.Uri.joinPath(media, 'coach.svg');
    this.disposables.push(
      this.posted,
      this.received,
      panel.webview.onDidReceiveMessage((message) => { void this.receive(message); }),
      notes.onDidChange((change) => this.changed(change)),
      notes.onDidChangeRoots(() => this.rebind()),
      panel.onDidChangeViewState(() => { if (panel.visible && this.stale) this.refresh(); }),
    );
    // A restored panel has its page already (it draws what it kept while the notes load): keep it.
    if (!panel.webview.html) setPicturesPage(panel, media, this.titleFor(show));
    this.refresh();
  }

  /** What the panel shows now. */
  get showing(): PictureShow {
    return this.show;
  }

  /** The last message posted to the page (undefined before the first). */
  get lastMessage(): ExtensionMessage | undefined {
    return this.last;
  }

  get notesRoot(): NotesRoot {
    return this.root;
  }

  /** Shows another picture in this panel. */
  showPicture(show: PictureShow, root: NotesRoot = this.root): void {
    this.show = show;
    this.root = root;
    this.lastPosted = '';
    this.refresh();
  }

  /** Handles a message from the page: anything that is not a known message is dropped (and logged). */
  async receive(value: unknown): Promise<Received> {
    const parsed = this.services.parseMessage(value);
    if (!parsed.ok) {
      this.services.log?.warn(`Pictures: a message from the page was dropped (${parsed.problem}).`);
      this.received.fire(parsed);
      return parsed;
    }
    const message = parsed.message;
    switch (message.type) {
      case 'ready':
        // A fresh page (first load, or shown again): it has nothing yet.
        this.lastPosted = '';
        this.refresh();
        break;
      case 'open-location':
        await openNotesLine(this.root, message.at.file, message.at.line, this.panel);
        break;
      case 'open-person':
        if (this.root.index.notes(message.personId)) this.showPicture({ ...this.show, view: 'timeline', personId: message.personId });
        break;
      case 'pick-range':
        if (this.root.index.notes(message.personId)) this.showPicture({ ...this.show, view: 'timeline', personId: message.personId, range: message.range });
        break;
      case 'sort':
        this.showPicture({ ...this.show, view: 'overview', sort: message.by });
        break;
      case 'show-habits':
        this.showPicture({ ...this.show, view: 'habits' });
        break;
    }
    this.received.fire(parsed);
    return parsed;
  }

  private changed(change: NotesChange): void {
    if (change.root !== this.root) return;
    const { view, personId } = this.show;
    // A person's history changes only with that person's files.
    if (view === 'timeline' && personId !== undefined && change.files.size > 0 && ![...change.files].some((f) => f.startsWith(`${personId}/`))) return;
    this.refresh();
  }

  /** The notes folder went away or came back: keep to the same folder when it is still there. */
  private rebind(): void {
    const roots = this.services.notes.roots();
    const same = roots.find((r) => r.uri.toString() === this.root.uri.toString());
    if (!same && roots.length === 0) return;
    this.root = same ?? (roots[0] as NotesRoot);
    this.lastPosted = '';
    this.refresh();
  }

  /** Computes the picture shown and posts it when it says something new; waits while the panel is hidden. */
  refresh(): void {
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    this.stale = false;
    const message = this.message();
    this.panel.title = this.titleFor(this.show);
    const text = JSON.stringify(message);
    if (text === this.lastPosted) return;
    this.lastPosted = text;
    this.last = message;
    void this.panel.webview.postMessage(message);
    this.posted.fire(message);
  }

  /**
   * The message for what is shown. A history of someone not in the notes (gone, or not loaded yet after a
   * reload) shows the team meanwhile; the history comes back once their notes do.
   */
  private message(): ExtensionMessage {
    const builders = pictureBuilders();
    const ctx = this.services.notes.contextFor(this.root.folder);
    const person = this.show.personId === undefined ? undefined : this.root.index.notes(this.show.personId);
    if (this.show.view === 'timeline' && person) return { type: 'timeline', data: builders.personTimeline(person, ctx, this.show.range) };
    if (this.show.view === 'habits') {
      this.habits ??= new builders.CoachingHabitsKept();
      return { type: 'habits', data: this.habits.habits(everyonesNotes(this.root.index), ctx) };
    }
    this.rows ??= new builders.TeamOverviewRows();
    const overview = this.rows.overview(this.root.notes, ctx);
    return { type: 'overview', data: { ...overview, rows: builders.sortRows(overview.rows, this.show.sort) } };
  }

  private titleFor(show: PictureShow): string {
    if (show.view === 'habits') return vscode.l10n.t('Your Coaching Habits');
    if (show.view === 'timeline') {
      const name = show.personId === undefined ? undefined : this.root?.index.notes(show.personId)?.person.name;
      if (name !== undefined) return vscode.l10n.t('History: {0}', name);
    }
    return vscode.l10n.t('Team at a Glance');
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
