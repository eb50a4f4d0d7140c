// Every finding becomes a diagnostic in Problems: set and deleted per file, never cleared wholesale.
import * as vscode from 'vscode';
import type { Finding } from '../core/findings';
import { toRange, toSeverity } from '../convert';
import { findingsForProblems } from '../core/workspace/problemsFindings';
import { sameFindings } from '../core/workspace/sameFindings';
import type { NotesRoot } from '../notes/notesRoot';
import type { Feature } from '../services';
import { checkDocUri } from './checkDocs';
import { yamlExtensionReportsSyntax } from './yamlExtension';

export const DIAGNOSTIC_SOURCE = '1:1 Coach';

export function toDiagnostic(root: NotesRoot, f: Finding, extensionUri: vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f.range), f.message, toSeverity(f.severity));
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: f.code, target: checkDocUri(extensionUri, f.code) };
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(root.uriOf(r.file), toRange(r.range)), r.message));
  }
  return d;
}

export const problems: Feature = (context, { notes }) => {
  const collection = vscode.languages.createDiagnosticCollection('oneOnOneCoach');
  /**
   * What this feature has set, per Uri: the findings shown, so that a change publishes only the files
   * whose findings differ, and a reload can delete what is gone.
   */
  const shown = new Map<string, { uri: vscode.Uri; root: NotesRoot; findings: readonly Finding[] }>();
  const refresh = (root: NotesRoot, files: Iterable<string>) => {
    for (const file of files) {
      const uri = root.uriOf(file);
      const key = uri.toString();
      const found = findingsForProblems(root.notes.findingsFor(file), () => yamlExtensionReportsSyntax(uri));
      const before = shown.get(key);
      if (found.length) {
        // The same findings of the same root: Problems shows them already.
        if (before?.root === root && sameFindings(before.findings, found)) continue;
        collection.set(uri, found.map((f) => toDiagnostic(root, f, context.extensionUri)));
        shown.set(key, { uri, root, findings: found });
      } else if (shown.delete(key)) {
        collection.delete(uri);
      }
    }
  };
  /** Every file of every root again: whether Red Hat YAML reports the syntax may have changed. */
  const refreshAll = () => {
    for (const root of notes.roots()) refresh(root, root.notes.grouped().keys());
  };
  context.subscriptions.push(
    collection,
    notes.onDidChange(({ root, files }) => refresh(root, files)),
    vscode.extensions.onDidChange(refreshAll),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('yaml.validate') && refreshAll()),
    notes.onDidChangeRoots(() => {
      // Drop the files of roots that are gone; the roots that remain fire their own changes.
      const live = new Set<string>();
      for (const root of notes.roots()) for (const file of root.notes.grouped().keys()) live.add(root.uriOf(file).toString());
      for (const [key, { uri }] of shown) if (!live.has(key)) { collection.delete(uri); shown.delete(key); }
    }),
  );
};
