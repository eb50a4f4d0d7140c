// Lenses above the entries of a notes file: each topic conversation's place in the three-stage model
// (with a lens that inserts the expected stage's template, in a trusted workspace), and each feedback item's timing.
// Refreshed when the notes of a person whose file is in a visible editor change (lenses read only that
// person's notes); VS Code itself asks again when the text of the editor changes.
import * as vscode from 'vscode';
import { conversationLensTitle, conversationsIn, templateToOffer } from '../core/guidance/conversation';
import { feedbackLensTitle, feedbackTiming } from '../core/guidance/feedback';
import { STANCE_LABELS } from '../core/guidance/stages';
import { personIdOf } from '../core/workspace/attention';
import type { NotesChange, NotesService } from '../notes/notesService';
import type { Feature } from '../services';
import { NOTES_DOCUMENTS, notesDocumentWhenCurrent } from './notesDocument';

/** Registered by the templates feature (commands/insertTemplateAt.ts): `(uri: Uri, line: number, stance: Stance)`. */
export const INSERT_TEMPLATE_AT = 'oneOnOneCoach.insertTemplateAt';

/** A lens that only shows text. */
function label(line: number, title: string): vscode.CodeLens {
  return new vscode.CodeLens(new vscode.Range(line, 0, line, 0), { title, command: '' });
}

class GuidanceLenses implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly notes: NotesService) {
    this.subscription = vscode.Disposable.from(
      notes.onDidChange((change) => { if (this.showsAnyOf(change)) this.changed.fire(); }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.changed.fire()),
    );
  }

  /** Whether a visible editor shows a file of a person whose notes changed. */
  private showsAnyOf({ root, files }: NotesChange): boolean {
    const people = new Set([...files].map(personIdOf));
    return vscode.window.visibleTextEditors.some((editor) => {
      const where = this.notes.locate(editor.document.uri);
      return where?.root === root && people.has(personIdOf(where.file));
    });
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    const at = await notesDocumentWhenCurrent(this.notes, document, token);
    if (!at?.notes) return [];
    const lenses: vscode.CodeLens[] = [];
    for (const place of conversationsIn(at.notes, at.file, at.ctx.settings)) {
      const line = place.step.entry.range.start.line;
      lenses.push(label(line, conversationLensTitle(place)));
      // Restricted Mode writes nothing: the lens that inserts a template is left out (commands/trusted.ts).
      const stance = vscode.workspace.isTrusted ? templateToOffer(place) : undefined;
      if (stance) {
        lenses.push(new vscode.CodeLens(new vscode.Range(line, 0, line, 0), {
          title: vscode.l10n.t({ message: 'Insert {0} template', args: [STANCE_LABELS[stance]], comment: ['{0} is the kind of conversation (Supportive, Socratic, Plan, Review), in English for now.'] }),
          command: INSERT_TEMPLATE_AT,
          arguments: [document.uri, line, stance],
        }));
      }
    }
    for (const entry of at.notes.feedback) {
      if (entry.file === at.file) lenses.push(label(entry.range.start.line, feedbackLensTitle(feedbackTiming(entry, at.notes, at.ctx.today))));
    }
    return lenses;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export const guidanceLenses: Feature = (context, { notes }) => {
  const lenses = new GuidanceLenses(notes);
  context.subscriptions.push(lenses, vscode.languages.registerCodeLensProvider(NOTES_DOCUMENTS, lenses));
};
