// Quick fixes for the findings in Problems: each diagnostic of 1:1 Coach is matched (rule id, range,
// message) to the finding it shows, and the fixes that finding carries become QuickFix actions. The
// edits are minimal text edits built by the core, so comments and layout survive, and VS Code applies
// them to the open document (undoable, unsaved editors included). A fix the core describes as a command
// (a new 1:1, logging feedback, adding a plan's review) runs that command instead (findingActions.ts).
import * as vscode from 'vscode';
import { commandOfFix, type FindingTarget } from '../commands/findingActions';
import { toRange, toWorkspaceEdit } from '../convert';
import type { Finding, Fix } from '../core/findings';
import { DIAGNOSTIC_SOURCE } from '../diagnostics/problems';
import { NOTES_DOCUMENTS, notesDocumentWhenCurrent } from '../guidance/notesDocument';
import type { NotesRoot } from '../notes/notesRoot';
import type { NotesService } from '../notes/notesService';
import type { Feature } from '../services';

function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

/** The finding a diagnostic shows. */
function findingOf(d: vscode.Diagnostic, findings: readonly Finding[]): Finding | undefined {
  const code = ruleIdOf(d);
  return findings.find((f) => f.code === code && f.message === d.message && toRange(f.range).isEqual(d.range));
}

class FindingFixes implements vscode.CodeActionProvider {
  constructor(private readonly notes: NotesService) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    // Restricted Mode writes nothing: no fix is offered (commands/trusted.ts).
    if (!vscode.workspace.isTrusted || (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix))) return [];
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    // Right after an edit, this waits for the index to read the editor's text; a diagnostic of the
    // older text then matches no finding, and offers no fix built on ranges that have moved.
    const at = ours.length ? await notesDocumentWhenCurrent(this.notes, document, token) : undefined;
    if (!at) return [];
    const findings = at.root.notes.findingsFor(at.file);
    return ours.flatMap((d) => {
      const finding = findingOf(d, findings);
      return finding ? (finding.fixes ?? []).map((fix, i) => fixAction(fix, i === 0, d, { root: at.root, finding })) : [];
    });
  }
}

/** A quick fix: the fix's edits, or the command it stands for. */
function fixAction(fix: Fix, preferred: boolean, d: vscode.Diagnostic, target: FindingTarget & { root: NotesRoot }): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  if (fix.edits.length || !fix.command) action.edit = toWorkspaceEdit(fix.edits, (file) => target.root.uriOf(file));
  if (fix.command) action.command = commandOfFix(fix.command, fix.title, target);
  action.diagnostics = [d];
  action.isPreferred = preferred;
  return action;
}

export const quickFixes: Feature = (context, { notes }) => {
  context.subscriptions.push(vscode.languages.registerCodeActionsProvider(NOTES_DOCUMENTS, new FindingFixes(notes), {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  }));
};
