// "Prepare 1:1 with…": the briefing for a person's next 1:1 in a webview beside the editor, from the
// command palette (a pick of people), the People view (a person's inline action and menu) and a lens on
// person.yaml. It writes nothing, so it works in Restricted Mode too.
import * as vscode from 'vscode';
import { classifyNotesFile } from '../core/reading/layout';
import { NOTES_DOCUMENTS } from '../guidance/notesDocument';
import type { NotesService } from '../notes/notesService';
import type { Feature } from '../services';
import { resolvePerson } from '../templates/personTarget';
import type { BriefingPanels } from './briefingPanels';
import { briefingPanelsModule } from './briefingPanelsLoader';

export const PREPARE_ONE_ON_ONE = 'oneOnOneCoach.prepareOneOnOne';

/** "Prepare next 1:1" above the first line of every person.yaml in a notes root. */
class PrepareLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly notes: NotesService) {
    this.subscription = notes.onDidChangeRoots(() => this.changed.fire());
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const where = this.notes.locate(document.uri);
    if (!where || classifyNotesFile(where.file).kind !== 'person') return [];
    return [new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), { title: vscode.l10n.t('Prepare next 1:1'), command: PREPARE_ONE_ON_ONE, arguments: [document.uri] })];
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export const prepareOneOnOne: Feature = (context, { notes }) => {
  // The panels' code loads with the first briefing (dist/briefing.js), not at activation.
  let panels: BriefingPanels | undefined;
  const lens = new PrepareLens(notes);
  context.subscriptions.push(
    { dispose: () => panels?.dispose() },
    lens,
    vscode.languages.registerCodeLensProvider(NOTES_DOCUMENTS, lens),
    vscode.commands.registerCommand(PREPARE_ONE_ON_ONE, async (arg?: unknown) => {
      const target = await resolvePerson(notes, arg, vscode.l10n.t('Prepare 1:1 with…'));
      if (!target) return undefined;
      panels ??= new (briefingPanelsModule().BriefingPanels)(notes);
      return panels.show(target);
    }),
  );
};
