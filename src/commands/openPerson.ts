import * as vscode from 'vscode';
import { PERSON_FILE } from '../core/reading/layout';
import type { Feature } from '../services';
import { resolvePerson } from '../templates/personTarget';

/** Opens a person's person.yaml (the People view's person item, an id, or a pick). */
export const openPersonCommand: Feature = (context, { notes }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('oneOnOneCoach.openPerson', async (arg?: unknown) => {
      const target = await resolvePerson(notes, arg, vscode.l10n.t('Open Person File'));
      if (!target) return undefined;
      const source = target.root.index.person(target.personId)?.source;
      const uri = target.root.uriOf(source?.file ?? `${target.personId}/${PERSON_FILE}`);
      try {
        await vscode.window.showTextDocument(uri);
      } catch {
        void vscode.window.showInformationMessage(vscode.l10n.t('1:1 Coach: {0} has no {1} yet.', target.name, PERSON_FILE));
        return undefined;
      }
      return uri;
    }),
  );
};
