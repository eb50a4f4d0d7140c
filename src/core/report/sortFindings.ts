// The order every report lists findings in: by file, then line, then column, then rule id and
// message, in code-unit order, so the same notes give the same output on every machine.
import type { Finding } from '../findings';

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareFindings(a: Finding, b: Finding): number {
  return byCodeUnits(a.file, b.file)
    || a.range.start.line - b.range.start.line
    || a.range.start.character - b.range.start.character
    || byCodeUnits(a.code, b.code)
    || byCodeUnits(a.message, b.message);
}

/** A sorted copy; the input is left as it was. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
