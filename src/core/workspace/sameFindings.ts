// Whether two lists of findings show the same: what Problems, Needs Attention and the People view
// show of a finding (its rule, severity, words, place and related places). Fixes are not compared:
// they are read when a quick fix is asked for, from the findings of that moment.
import type { Finding, Range, RelatedLocation } from '../findings';

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character
    && a.end.line === b.end.line && a.end.character === b.end.character;
}

function sameRelated(a: readonly RelatedLocation[] | undefined, b: readonly RelatedLocation[] | undefined): boolean {
  if (a === b) return true;
  if ((a?.length ?? 0) !== (b?.length ?? 0)) return false;
  return (a ?? []).every((r, i) => {
    const s = (b as readonly RelatedLocation[])[i] as RelatedLocation;
    return r.file === s.file && r.message === s.message && sameRange(r.range, s.range);
  });
}

/** Whether two findings show the same (fixes aside). */
export function sameFinding(a: Finding, b: Finding): boolean {
  return a === b || (a.code === b.code && a.severity === b.severity && a.message === b.message && a.summary === b.summary
    && a.file === b.file && a.guidance === b.guidance && sameRange(a.range, b.range) && sameRelated(a.related, b.related));
}

/** Whether two lists show the same findings in the same order. */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a === b || (a.length === b.length && a.every((f, i) => sameFinding(f, b[i] as Finding)));
}
