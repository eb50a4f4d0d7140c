// The pictures: the team at a glance, a person's history and your coaching habits, in one panel. Shown from
// the People view's title and a person's menu, the command palette, and the status bar item's tooltip; the
// panel comes back after a reload (a serializer), showing what it showed. It writes nothing, so it works in
// Restricted Mode too.
import * as vscode from 'vscode';
import { parseWebviewMessage } from '../core/pictures/pageMessages';
import type { Feature } from '../services';
import { resolvePerson } from '../templates/personTarget';
import { pictureBuilders } from './pictureBuilders';
import { PICTURES_VIEW_TYPE, SHOW_COACHING_HABITS, SHOW_HISTORY, SHOW_TEAM_OVERVIEW } from './pictureIds';
import type { PicturesPanels } from './picturesPanels';
import { picturesPanelsModule } from './picturesPanelsLoader';


function noNotes(): undefined {
  void vscode.window.showInformationMessage(vscode.l10n.t('1:1 Coach: there are no notes to picture yet. Open a folder with one-on-ones, or the sample notes.'));
  return undefined;
}

export const pictures: Feature = (context, { notes, log }) => {
  // The panel's code loads with the first picture.
  let made: PicturesPanels | undefined;
  const panelsOf = () => (made ??= new (picturesPanelsModule().PicturesPanels)({
    notes, media: vscode.Uri.joinPath(context.extensionUri, 'media'), log, parseMessage: parseWebviewMessage,
  }));
  const team = async (view: 'overview' | 'habits') => {
    await notes.settled();
    const panels = panelsOf();
    const root = panels.rootForTeam();
    if (!root) return noNotes();
    const now = panels.current?.showing ?? pictureBuilders().FIRST_SHOW;
    return panels.show({ ...now, view }, root);
  };
  context.subscriptions.push(
    { dispose: () => made?.dispose() },
    vscode.commands.registerCommand(SHOW_TEAM_OVERVIEW, () => team('overview')),
    vscode.commands.registerCommand(SHOW_COACHING_HABITS, () => team('habits')),
    vscode.commands.registerCommand(SHOW_HISTORY, async (arg?: unknown) => {
      const target = await resolvePerson(notes, arg, vscode.l10n.t('Show the history of…'));
      if (!target) return undefined;
      const panels = panelsOf();
      const now = panels.current?.showing ?? pictureBuilders().FIRST_SHOW;
      return panels.show({ ...now, view: 'timeline', personId: target.personId }, target.root);
    }),
    vscode.window.registerWebviewPanelSerializer(PICTURES_VIEW_TYPE, { deserializeWebviewPanel: (panel, state) => panelsOf().restore(panel, state) }),
  );
};
