// Conversions between the core's plain data and VS Code's types, in one place.
import * as vscode from 'vscode';
import type { Finding, Range, Severity, TextEdit } from './core/findings';

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function fromPosition(p: vscode.Position): { line: number; character: number } {
  return { line: p.line, character: p.character };
}

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toSeverity(s: Severity): vscode.DiagnosticSeverity {
  return SEVERITIES[s];
}

/** The codicon and theme colour for a severity, for tree items. */
export function severityIcon(s: Severity | undefined): vscode.ThemeIcon {
  switch (s) {
    case 'error': return new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
    case 'warning': return new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
    case 'info': return new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground'));
    case 'hint': return new vscode.ThemeIcon('lightbulb', new vscode.ThemeColor('problemsInfoIcon.foreground'));
    default: return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
  }
}

/** A core edit list as a WorkspaceEdit; `uriOf` maps a notes-root-relative file to its Uri. */
export function toWorkspaceEdit(edits: readonly TextEdit[], uriOf: (file: string) => vscode.Uri): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uriOf(e.file), toRange(e.range), e.text);
  return edit;
}

export type { Finding };
