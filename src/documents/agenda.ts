// "Copy Shareable Agenda for…" and "Open Shareable Agenda for…": the next 1:1's agenda for the person
// (core/documents/agenda/), on the clipboard or in an untitled Markdown editor. Nothing is written to disk,
// so both work in Restricted Mode too.
//
// Arguments: a person as in templates/personTarget.ts (the People view's row, an id, a Uri); without one,
// a pick. Copy returns the Markdown, Open the untitled document; undefined when cancelled.
import * as vscode from 'vscode';
import type { Feature, Services } from '../services';
import { resolvePerson, type PersonTarget } from '../templates/personTarget';
import { documentWriters } from './documentWriters';

/** The agenda for the person an argument names, or the one picked. */
async function agendaFor(services: Services, arg: unknown, title: string): Promise<{ target: PersonTarget; markdown: string } | undefined> {
  const target = await resolvePerson(services.notes, arg, title);
  const notes = target && target.root.index.notes(target.personId);
  if (!target || !notes) return undefined;
  return { target, markdown: documentWriters().writeShareableAgenda({ notes, ctx: services.notes.contextFor(target.root.folder) }) };
}

export const shareableAgendaCommands: Feature = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('oneOnOneCoach.copyShareableAgenda', async (arg?: unknown) => {
      const agenda = await agendaFor(services, arg, vscode.l10n.t('Copy Shareable Agenda'));
      if (!agenda) return undefined;
      await vscode.env.clipboard.writeText(agenda.markdown);
      void vscode.window.showInformationMessage(vscode.l10n.t('1:1 Coach: agenda for {0} copied; nothing private in it.', agenda.target.name));
      return agenda.markdown;
    }),
    vscode.commands.registerCommand('oneOnOneCoach.openShareableAgenda', async (arg?: unknown) => {
      const agenda = await agendaFor(services, arg, vscode.l10n.t('Open Shareable Agenda'));
      if (!agenda) return undefined;
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: agenda.markdown });
      await vscode.window.showTextDocument(document, { preview: false });
      return document;
    }),
  );
};
