// "Insert Conversation Template…": a template as a snippet where it belongs in the active editor.
//
// Argument: (templateId?) — 'supportive' | 'socratic' | 'plan' | 'feedback-positive' |
// 'feedback-corrective' | 'opening-professional'; without it, a pick. Returns true when inserted.
// - In a topic entry of a 1:1: the stance the model expects for that topic comes first (marked); the
//   stance's keys not yet written are added at the end of the entry. Feedback goes under `feedback:`.
// - Elsewhere in a 1:1: a new entry at the end of `topics:` or `feedback:` (the key is added if missing).
// - In feedback.yaml: a feedback item with its `given` date at the end of the list.
// - In any other YAML file: the entry at the cursor.
import * as vscode from 'vscode';
import { entrySnippetLines, keysSnippetLines, STANCE_TEMPLATES, templateById, TEMPLATES, type ConversationTemplate } from '../core/templates/catalog';
import { entryIntoList, keysIntoEntry, type LineInsertion } from '../core/templates/placement';
import type { Services } from '../services';
import { insertSnippetLines } from '../templates/lineInsertion';
import { templateContext, type TemplateContext } from '../templates/templateContext';

/** The templates on offer, the expected stance first when there is one. */
function offered(ctx: TemplateContext): { template: ConversationTemplate; expected: boolean }[] {
  if (ctx.kind === 'feedbackLog') return TEMPLATES.filter((t) => t.target === 'feedback').map((template) => ({ template, expected: false }));
  const expected = ctx.kind === 'oneOnOne' ? ctx.entry?.expected : undefined;
  if (!expected) return TEMPLATES.map((template) => ({ template, expected: false }));
  const first = STANCE_TEMPLATES[expected];
  return [{ template: first, expected: true }, ...TEMPLATES.filter((t) => t !== first).map((template) => ({ template, expected: false }))];
}

async function pickTemplate(ctx: TemplateContext): Promise<ConversationTemplate | undefined> {
  const items = offered(ctx).map(({ template, expected }) => ({
    label: expected ? `$(star-full) ${template.label}` : template.label,
    description: expected ? vscode.l10n.t('expected for this topic now') : undefined,
    detail: template.detail,
    template,
  }));
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Insert Conversation Template'), matchOnDetail: true }))?.template;
}

/** Where and what to insert; undefined with a reason when there is no good place. */
function insertionFor(ctx: TemplateContext, t: ConversationTemplate): LineInsertion | string | undefined {
  if (ctx.kind === 'other') return undefined;
  const list = t.target === 'feedback' ? 'feedback' : 'topics';
  if (ctx.kind === 'feedbackLog') {
    if (t.target !== 'feedback') return vscode.l10n.t('feedback.yaml holds feedback only; put topic conversations in a 1:1 file.');
    return entryIntoList(ctx.text, 'feedback', entrySnippetLines(t, false, true)) ?? vscode.l10n.t('The feedback list is not a block list ("- kind: ..."); add the item by hand.');
  }
  if (ctx.entry && t.target !== 'feedback') {
    const lines = keysSnippetLines(t, ctx.professional, ctx.entry.keys);
    return lines.length ? keysIntoEntry(ctx.text, ctx.entry, lines) : vscode.l10n.t('This topic entry already has every key of that template.');
  }
  return entryIntoList(ctx.text, list, entrySnippetLines(t, ctx.professional)) ?? vscode.l10n.t({ message: 'The {0} list is not a block list ("- ..."); add the entry by hand.', args: [list], comment: ['{0} is a YAML key of the notes file (topics or feedback): keep it as it is.'] });
}

/** The command insertTemplate: registered in writingCommands.ts, loaded on its first run. */
export async function insertTemplate(services: Services, templateId?: unknown): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('1:1 Coach: open a 1:1 file first, then insert a template.'));
    return false;
  }
  const ctx = templateContext(services.notes, editor.document, editor.selection.active.line);
  const template = typeof templateId === 'string' ? templateById(templateId) : await pickTemplate(ctx);
  if (!template) return false;
  const insertion = insertionFor(ctx, template);
  if (typeof insertion === 'string') {
    void vscode.window.showInformationMessage(vscode.l10n.t('1:1 Coach: {0}', insertion));
    return false;
  }
  if (insertion) return insertSnippetLines(editor, insertion);
  return editor.insertSnippet(new vscode.SnippetString(entrySnippetLines(template, false).join('\n')));
}
