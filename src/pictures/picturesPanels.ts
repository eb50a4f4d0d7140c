// The one pictures panel, made on first use or restored after a reload. The extension's build ships this
// (with the panel and its page) as a file of its own, dist/pictures.js, loaded when a picture is first
// shown (scripts/lazyBundles.mjs).
import * as vscode from 'vscode';
import type { PictureShow } from '../core/pictures/pictureShow';
import type { NotesRoot } from '../notes/notesRoot';
import type { NotesService } from '../notes/notesService';
import { pictureBuilders } from './pictureBuilders';
import { PICTURES_VIEW_TYPE } from './pictureIds';
import { PicturesPanel, setPicturesPage, type PanelServices } from './picturesPanel';

/** The one pictures panel, made on first use or restored after a reload. */
export class PicturesPanels implements vscode.Disposable {
  private panel: PicturesPanel | undefined;

  constructor(private readonly services: PanelServices) {}

  private get notes(): NotesService {
    return this.services.notes;
  }

  get current(): PicturesPanel | undefined {
    return this.panel;
  }

  /** The notes folder a picture of the whole team is about: the open notes file's, else the first. */
  rootForTeam(): NotesRoot | undefined {
    const uri = vscode.window.activeTextEditor?.document.uri;
    return (uri && this.notes.locate(uri)?.root) ?? this.notes.roots()[0];
  }

  /** Shows `show` of `root`: in the open panel, or in a new one. */
  show(show: PictureShow, root: NotesRoot): PicturesPanel {
    if (this.panel) {
      this.panel.showPicture(show, root);
      this.panel.panel.reveal(undefined, false);
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel(PICTURES_VIEW_TYPE, vscode.l10n.t('Team at a Glance'), { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, {
      enableScripts: true, enableFindWidget: true, localResourceRoots: [this.services.media],
    });
    this.panel = this.adopt(panel, show, root);
    return this.panel;
  }

  /** Takes a panel VS Code restores after a reload. */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    // The page draws what it kept at once; the fresh picture follows once the notes are loaded.
    setPicturesPage(panel, this.services.media, panel.title);
    await this.notes.settled();
    const show = pictureBuilders().showFromState(state);
    const roots = this.notes.roots();
    const root = roots.find((r) => show.personId !== undefined && r.index.notes(show.personId)) ?? roots[0];
    if (!root || this.panel) {
      panel.dispose();
      return;
    }
    this.services.log?.info(`Pictures: the panel is back after a reload, showing the ${show.view}.`);
    this.panel = this.adopt(panel, show, root);
  }

  private adopt(panel: vscode.WebviewPanel, show: PictureShow, root: NotesRoot): PicturesPanel {
    const view = new PicturesPanel(panel, root, show, this.services);
    const closed = panel.onDidDispose(() => {
      closed.dispose();
      view.dispose();
      if (this.panel === view) this.panel = undefined;
    });
    return view;
  }

  dispose(): void {
    this.panel?.panel.dispose();
    this.panel = undefined;
  }
}

