// Findings as a compiler prints them, one a line: `file:line:col severity rule-id message`,
// with 1-based line and column, and a summary line for the end of a run. Control characters are
// printed as escapes, so one finding stays one line whatever the notes hold.
import type { Finding, Severity } from '../findings';
import { sortFindings } from './sortFindings';
import { cappedMessage, visibleText } from './visibleText';

/** Turns a finding's notes-root path into the path to print (e.g. relative to the current folder). */
export type DisplayPath = (notesPath: string) => string;

/**
 * One finding on one line, always: control characters in the path, the code and the message are
 * written as escapes (visibleText.ts), and a long message is cut with a count of what was left out.
 */
export function formatFindingLine(finding: Finding, displayPath: DisplayPath): string {
  const { line, character } = finding.range.start;
  const message = visibleText(cappedMessage(finding.message));
  return `${visibleText(displayPath(finding.file))}:${line + 1}:${character + 1} ${finding.severity} ${visibleText(finding.code)} ${message}`;
}

/** Every finding, sorted, one a line; each line ends with a newline. Empty when there is nothing. */
export function formatTextReport(findings: readonly Finding[], displayPath: DisplayPath): string {
  return sortFindings(findings).map((f) => `${formatFindingLine(f, displayPath)}\n`).join('');
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** How many findings of each severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** `N problems (E errors, W warnings, I info, H hints) in F files`, F being the files with a finding. */
export function summaryLine(findings: readonly Finding[]): string {
  const c = countBySeverity(findings);
  const files = new Set(findings.map((f) => f.file)).size;
  const parts = [count(c.error, 'error', 'errors'), count(c.warning, 'warning', 'warnings'), `${c.info} info`, count(c.hint, 'hint', 'hints')];
  return `${count(findings.length, 'problem', 'problems')} (${parts.join(', ')}) in ${count(files, 'file', 'files')}`;
}
