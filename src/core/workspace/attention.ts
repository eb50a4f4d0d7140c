// What "Needs attention" lists and in which order: every error and warning, most urgent first.
//
// Urgency, decided here once (the view, its badge and the status bar all use it):
// 1. Errors first: a file with a format error is not read by the coaching checks at all.
// 2. Warnings by what the rule is about, in RULE_PRIORITY order: feedback gone stale, a topic stuck
//    at a stage (a third conversation without a plan), a plan's review missed, a topic id that
//    looks like a slip (its stage checks wait on it), overdue actions,
//    overdue 1:1s, feedback not given, no recent recognition, then how well a stage was held.
//    Rules not listed come after the listed ones, format warnings last.
// 3. Within a rule: the manager's own overdue commitments before the person's.
// 4. Then the oldest first: the date the thing dates from (an action's due date, feedback's given
//    or observed date, the 1:1 a conversation was held in); undated findings after dated ones.
// 5. Then by file and position, so the order is the same on every run.
import type { Finding, Severity } from '../findings';
import type { PersonNotes } from '../people/personNotes';
import { startsWithin } from './sidebarModel';

export const RULE_PRIORITY: readonly string[] = [
  'feedback/stale',
  'escalation/stuck-stage',
  'escalation/missed-review',
  'topics/id-typo',
  'actions/overdue',
  'cadence/overdue',
  'feedback/not-given',
  'recognition/none-recent',
  'escalation/skipped-stage',
  'escalation/empty-stage',
  'escalation/vague-expectation',
  'feedback/delay',
  'coaching/missing-three-es',
  'professional/no-shared-purpose',
  'socratic/leading-language',
  'recognition/imbalance',
  'culture/recurring-barrier',
];

const ATTENTION_SEVERITIES: ReadonlySet<Severity> = new Set(['error', 'warning']);

/** Whether a finding belongs in Needs attention (and counts in its badge). */
export function needsAttention(f: Finding): boolean {
  return ATTENTION_SEVERITIES.has(f.severity);
}

/** How many findings need attention. */
export function attentionCount(findings: Iterable<Finding>): number {
  let n = 0;
  for (const f of findings) if (needsAttention(f)) n += 1;
  return n;
}

/** The person a root-relative file belongs to (its first folder). */
export function personIdOf(file: string): string | undefined {
  const slash = file.indexOf('/');
  return slash > 0 ? file.slice(0, slash) : undefined;
}

/** What a finding's place in the order depends on, besides the finding itself. */
export interface AttentionRank {
  /** Position of the rule in the order (errors and unknown rules included). */
  readonly priority: number;
  /** An action item the manager owns. */
  readonly mine: boolean;
  /** The date the thing dates from, when known (older is more urgent). */
  readonly since: string | undefined;
}

export function rulePriority(f: Finding): number {
  if (f.severity === 'error') return -1;
  const i = RULE_PRIORITY.indexOf(f.code);
  if (i >= 0) return i;
  return f.code.startsWith('format/') || f.code.startsWith('layout/') ? RULE_PRIORITY.length + 1 : RULE_PRIORITY.length;
}

/** Ranks a finding, looking up what it is on in its person's notes (when they are known). */
export function rankFinding(f: Finding, notes: PersonNotes | undefined): AttentionRank {
  const priority = rulePriority(f);
  const on = <T extends { file: string; range: Finding['range'] }>(list: readonly T[]) =>
    list.find((e) => e.file === f.file && startsWithin(e.range, f.range));
  if (!notes) return { priority, mine: false, since: undefined };
  const action = on(notes.actions);
  if (action) return { priority, mine: action.item.owner === 'me', since: action.item.due ?? action.date };
  const feedback = on(notes.feedback);
  if (feedback) return { priority, mine: false, since: feedback.given ?? feedback.item.observed };
  const oneOnOne = notes.oneOnOnes.find((o) => o.file === f.file);
  return { priority, mine: false, since: oneOnOne?.date };
}

export interface Ranked {
  readonly finding: Finding;
  readonly rank: AttentionRank;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most urgent first (see the order at the top of this file). */
export function compareAttention(a: Ranked, b: Ranked): number {
  const [x, y] = [a.rank, b.rank];
  if (x.priority !== y.priority) return x.priority - y.priority;
  if (x.mine !== y.mine) return x.mine ? -1 : 1;
  if (x.since !== y.since) {
    if (x.since === undefined) return 1;
    if (y.since === undefined) return -1;
    return compareText(x.since, y.since);
  }
  const [f, g] = [a.finding, b.finding];
  return compareText(f.file, g.file)
    || f.range.start.line - g.range.start.line
    || f.range.start.character - g.range.start.character
    || compareText(f.code, g.code)
    || compareText(f.message, g.message);
}
