// Findings as JSON for other tools: an array of objects whose keys always come in the same order:
//   { file, range: { start: { line, character }, end: { line, character } }, rule, severity, message,
//     related: [{ file, range, message }] }
// Lines and characters are 0-based, as in the editor; files are display paths (see DisplayPath).
// Control characters are written as \u escapes (JSON does most, visibleJson the rest); messages are cut
// at the same length as in the text report.
import type { Finding, Range, Severity } from '../findings';
import { sortFindings } from './sortFindings';
import type { DisplayPath } from './textReport';
import { cappedMessage, visibleJson } from './visibleText';

export interface JsonRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

export interface JsonRelated {
  readonly file: string;
  readonly range: JsonRange;
  readonly message: string;
}

export interface JsonFinding {
  readonly file: string;
  readonly range: JsonRange;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly related: readonly JsonRelated[];
}

/** A fresh range object in the stable key order, whatever order the input had. */
function jsonRange(range: Range): JsonRange {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}

export function toJsonFinding(finding: Finding, displayPath: DisplayPath): JsonFinding {
  return {
    file: displayPath(finding.file),
    range: jsonRange(finding.range),
    rule: finding.code,
    severity: finding.severity,
    message: cappedMessage(finding.message),
    related: (finding.related ?? []).map((r) => ({ file: displayPath(r.file), range: jsonRange(r.range), message: cappedMessage(r.message) })),
  };
}

/** The sorted findings as pretty-printed JSON (two-space indent), ending with a newline. */
export function formatJsonReport(findings: readonly Finding[], displayPath: DisplayPath): string {
  return `${visibleJson(JSON.stringify(sortFindings(findings).map((f) => toJsonFinding(f, displayPath)), null, 2))}\n`;
}
