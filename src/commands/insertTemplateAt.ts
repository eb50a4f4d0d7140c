// `oneOnOneCoach.insertTemplateAt` (hidden; the guidance CodeLens calls it):
// arguments (uri: Uri, line: number, stance: 'supportive' | 'socratic' | 'plan'). Adds the keys of
// that stance (with the three Es and, for a professional, the shared purpose) that the topic entry at
// `line` does not have yet, as empty keys with a hint each: one undoable edit on the document, unsaved
// changes kept. Returns true when something was added. A lens never does nothing: when there is
// nothing to add, it says so and puts the cursor on the entry.
import * as vscode from 'vscode';
import { STANCE_LABELS } from '../core/guidance/stages';
import { STANCES, type Stance } from '../core/schema';
import { PLAIN } from '../core/templates/fields';
import { keysIntoEntry } from '../core/templates/placement';
import { conversationKeys, keyLines } from '../core/templates/topicEntry';
import type { Services } from '../services';
import { insertLines } from '../templates/lineInsertion';
import { templateContext } from '../templates/templateContext';

/** Shows the document with the cursor at the start of `line`. */
async function cursorTo(document: vscode.TextDocument, line: number): Promise<void> {
  const at = document.lineAt(Math.min(Math.max(line, 0), document.lineCount - 1)).range.start;
  const start = at.translate(0, document.lineAt(at.line).firstNonWhitespaceCharacterIndex);
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(start, start), preview: false });
}

/** The command insertTemplateAt: registered in writingCommands.ts, loaded on its first run. */
export async function insertTemplateAt(services: Services, uri: unknown, line: unknown, stance: unknown): Promise<boolean> {
  if (!(uri instanceof vscode.Uri) || typeof line !== 'number' || !STANCES.includes(stance as Stance)) return false;
  const document = await vscode.workspace.openTextDocument(uri);
  const ctx = templateContext(services.notes, document, line);
  if (ctx.kind !== 'oneOnOne' || !ctx.entry) {
    await cursorTo(document, line);
    void vscode.window.showInformationMessage(vscode.l10n.t('1:1 Coach: the topic entry has moved since the lens was shown, so nothing was added. Try the lens again.'));
    return false;
  }
  const lines = keyLines(conversationKeys(stance as Stance, ctx.professional), PLAIN, ctx.entry.keys);
  if (lines.length === 0) {
    await cursorTo(document, ctx.entry.firstLine);
    const label = STANCE_LABELS[stance as Stance].toLowerCase();
    void vscode.window.showInformationMessage(vscode.l10n.t({ message: '1:1 Coach: nothing to add. This entry already has every key of a {0} conversation: the cursor is on it, fill in what is still empty.', args: [label], comment: ['{0} is the kind of conversation, in English for now: supportive, socratic, plan or review.'] }));
    return false;
  }
  return insertLines(document, keysIntoEntry(ctx.text, ctx.entry, lines));
}
