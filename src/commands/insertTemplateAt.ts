// `oneOnOneCoach.insertTemplateAt` (hidden; the guidance CodeLens calls it):
// arguments (uri: Uri, line: number, stance: 'supportive' | 'socratic' | 'plan'). Adds the keys of
// that stance (with the three Es and, for a professional, the shared purpose) that the topic entry at
// `line` does not have yet, as empty keys with a hint each: one undoable edit on the document, unsaved
// changes kept. Returns true when something was added.
import * as vscode from 'vscode';
import { STANCES, type Stance } from '../core/schema';
import { PLAIN } from '../core/templates/fields';
import { keysIntoEntry } from '../core/templates/placement';
import { conversationKeys, keyLines } from '../core/templates/topicEntry';
import type { Feature, Services } from '../services';
import { insertLines } from '../templates/lineInsertion';
import { templateContext } from '../templates/templateContext';

async function insertTemplateAt(services: Services, uri: unknown, line: unknown, stance: unknown): Promise<boolean> {
  if (!(uri instanceof vscode.Uri) || typeof line !== 'number' || !STANCES.includes(stance as Stance)) return false;
  const document = await vscode.workspace.openTextDocument(uri);
  const ctx = templateContext(services.notes, document, line);
  if (ctx.kind !== 'oneOnOne' || !ctx.entry) return false;
  const lines = keyLines(conversationKeys(stance as Stance, ctx.professional), PLAIN, ctx.entry.keys);
  if (lines.length === 0) return false;
  return insertLines(document, keysIntoEntry(ctx.text, ctx.entry, lines));
}

export const insertTemplateAtCommand: Feature = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('oneOnOneCoach.insertTemplateAt', (uri?: unknown, line?: unknown, stance?: unknown) => insertTemplateAt(services, uri, line, stance)),
  );
};
