// What the People view shows about one person, as plain data and words: no vscode here, so that
// every label and every choice of what is "open" is unit-tested.
import { expectedStance, stageRank } from '../checks/escalation/episodes';
import { openPlan, type OpenPlan } from '../checks/escalation/missedReview';
import { settledNotes } from '../checks/escalation/settledIds';
import { daysAgo } from '../checks/wording';
import type { CheckContext } from '../checks/rule';
import { daysBetween, isIsoDate } from '../dates';
import type { Finding, Range, Severity } from '../findings';
import { latestFollowUp } from '../people/followUp';
import type { Located } from '../people/located';
import { isHeld, type ActionEntry, type FeedbackEntry, type OneOnOneEntry, type PersonNotes, type TopicConversationEntry } from '../people/personNotes';
import type { Stance } from '../schema';
import type { TopicThread } from '../people/topicThreads';

/** How many of the latest 1:1s a person shows. */
export const RECENT_ONE_ON_ONES = 5;

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** The more severe of two severities (undefined: no finding). */
export function worse(a: Severity | undefined, b: Severity | undefined): Severity | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return SEVERITY_ORDER.indexOf(a) <= SEVERITY_ORDER.indexOf(b) ? a : b;
}

/** The worst severity among findings; undefined when there are none. */
export function worstSeverity(findings: Iterable<Finding>): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings) worst = worse(worst, f.severity);
  return worst;
}

/** Whether a position-range starts inside another (same file assumed). */
export function startsWithin(outer: Range, inner: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.start, outer.end);
}

/** The findings of a file that start inside an entry (`findings` are that file's findings). */
export function findingsOn(entry: Located, findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.file === entry.file && startsWithin(entry.range, f.range));
}

/** `today`, `yesterday`, `4 days ago`, `tomorrow`, `in 3 days`. */
export function relativeDay(date: string, today: string): string {
  if (!isIsoDate(date) || !isIsoDate(today)) return date;
  return daysAgo(daysBetween(date, today));
}

/** The first line of a text, cut to `max` characters: a label. */
export function oneLine(text: string, max = 80): string {
  const line = text.split(/\r?\n/, 1)[0]?.trim() ?? '';
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** The latest 1:1 held by today (a file dated later, or with nothing written yet, is a plan). */
export function lastOneOnOne(notes: PersonNotes, today: string): OneOnOneEntry | undefined {
  for (let i = notes.oneOnOnes.length - 1; i >= 0; i--) {
    const o = notes.oneOnOnes[i] as OneOnOneEntry;
    if (isHeld(o, today)) return o;
  }
  return undefined;
}

/**
 * "last 1:1 4 days ago · Staff engineer"; "no 1:1 yet" when there is none. The time comes first: in a
 * side bar of ordinary width a long role would otherwise cut it off.
 */
export function personDescription(notes: PersonNotes, today: string): string {
  const last = lastOneOnOne(notes, today);
  const when = last ? `last 1:1 ${relativeDay(last.date, today)}` : 'no 1:1 yet';
  const role = notes.person.data?.role;
  return role ? `${when} · ${role}` : when;
}

const STANCE_LABELS: Record<Stance, string> = { supportive: 'Supportive', socratic: 'Socratic', plan: 'Formal plan' };

export function stanceLabel(stance: Stance): string {
  return STANCE_LABELS[stance];
}

export interface OpenTopic {
  readonly thread: TopicThread;
  /** Conversations in the current episode so far. */
  readonly held: number;
  /** The stage the model expects next: 1 supportive, 2 socratic, 3 plan. */
  readonly stage: number;
  readonly expected: Stance;
  /** The latest conversation on the topic: where a click goes. */
  readonly latest: TopicConversationEntry;
  /** The plan written in this episode, when there is one. */
  readonly plan?: OpenPlan;
}

/**
 * Topics whose latest conversation did not resolve them, with the stage expected next. A topic id
 * that looks like a slip for an open topic's is counted with that topic, as the checks count it.
 */
export function openTopics(notes: PersonNotes, ctx: CheckContext): OpenTopic[] {
  const open: OpenTopic[] = [];
  for (const thread of settledNotes(notes).topicThreads) {
    const next = expectedStance(thread, ctx);
    if (!next) continue;
    const latest = thread.conversations[thread.conversations.length - 1] as TopicConversationEntry;
    const plan = openPlan(thread, ctx.settings);
    open.push({ thread, held: next.n, stage: stageRank(next.expected) + 1, expected: next.expected, latest, ...(plan ? { plan } : {}) });
  }
  return open;
}

/**
 * "2 of 3 · Socratic": the stage the next conversation should be. Once a plan is written, where the
 * plan stands: "plan · review due 2026-12-15", "plan · review overdue", "plan · reviewed".
 */
export function topicDescription(topic: OpenTopic, today: string): string {
  const { plan } = topic;
  if (!plan) return `${topic.stage} of 3 · ${stanceLabel(topic.expected)}`;
  if (plan.reviewed) return 'plan · reviewed, still open';
  if (plan.reviewDate === undefined) return 'plan · no review date';
  return plan.reviewDate < today ? 'plan · review overdue' : `plan · review due ${plan.reviewDate}`;
}

/**
 * Feedback still waiting for the manager: observed and not given yet (either kind), or corrective,
 * given and not resolved (by its follow-up, or by a later conversation on its topic).
 */
export function awaitingFollowUp(notes: PersonNotes): FeedbackEntry[] {
  return notes.feedback.filter((entry) => {
    if (entry.given === undefined) return true;
    return entry.item.kind === 'corrective' && latestFollowUp(entry, notes)?.state !== 'resolved';
  });
}

/** "corrective · given 16 days ago", "positive · observed 3 days ago, not given yet". */
export function feedbackDescription(entry: FeedbackEntry, today: string): string {
  const { kind, observed, followUp } = entry.item;
  if (entry.given === undefined) return `${kind} · observed ${relativeDay(observed, today)}, not given yet`;
  const base = `${kind} · given ${relativeDay(entry.given, today)}`;
  return followUp ? `${base} · ${followUp.state} ${relativeDay(followUp.date, today)}` : base;
}

/** The latest 1:1s, newest first. */
export function recentOneOnOnes(notes: PersonNotes, count = RECENT_ONE_ON_ONES): OneOnOneEntry[] {
  return notes.oneOnOnes.slice(-count).reverse();
}

/** "2026-01-05" (and "2026-01-05b" for a second 1:1 that day). */
export function oneOnOneLabel(entry: OneOnOneEntry): string {
  return `${entry.date}${entry.suffix}`;
}

/** Action items not done yet, in 1:1 order. */
export function openActions(notes: PersonNotes): ActionEntry[] {
  return notes.actions.filter((a) => a.item.done === false);
}

/** "you · due 2026-01-07 (3 days ago)", "Ada · no due date". */
export function actionDescription(entry: ActionEntry, personName: string, today: string): string {
  const owner = entry.item.owner === 'me' ? 'you' : (personName.split(/\s+/)[0] ?? personName);
  const due = entry.item.due;
  return due ? `${owner} · due ${due} (${relativeDay(due, today)})` : `${owner} · no due date`;
}
