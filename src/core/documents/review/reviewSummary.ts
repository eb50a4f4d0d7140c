// "Summarize for Review": one person's notes over a period, as a Markdown document the manager writes
// a fair review from. Fairness checks first, then the cadence, the feedback, the topics and the
// action items; every item links to the line it came from.
//
// Privacy: `private:` notes of 1:1s appear only when the period asks for them, each marked as
// private. Feedback not given yet never appears with its words, private notes or not: the person must
// never first hear it in a review.
import { cadenceLabel } from '../../checks/cadence';
import { days } from '../../checks/wording';
import { daysBetween } from '../../dates';
import type { Located } from '../../people/located';
import { fieldRange } from '../../people/located';
import type { ActionEntry, FeedbackEntry, TopicConversationEntry } from '../../people/personNotes';
import { cadenceDays, isPlaceholder } from '../../schema';
import { isReviewOnly } from '../../checks/escalation/episodes';
import { STANCE_LABELS } from '../../guidance/stages';
import type { TopicThread } from '../../people/topicThreads';
import { lineTarget, mdText } from '../markdown';
import type { PersonDocumentInput, ReviewPeriod } from '../personDocument';
import { fairnessChecks, type FairnessResult } from './fairness';
import { actionTiming, doneDate, reviewScope, type ActionTiming, type ReviewScope } from './reviewScope';

const CHECK_NAMES: Readonly<Record<FairnessResult['id'], string>> = {
  recency: 'Recency', balance: 'Balance', gaps: 'Gaps', 'no-surprises': 'No surprises',
};

/** `[2026-09-08.yaml, line 12](ben-hughes/2026-09-08.yaml#L12)`: where an entry (or its field) was written. */
function where(entry: Located, field?: string): string {
  const line = (field === undefined ? entry.range : fieldRange(entry, field)).start.line + 1;
  return `[${mdText(entry.file.slice(entry.file.lastIndexOf('/') + 1))}, line ${line}](${lineTarget(entry.file, line)})`;
}

function text(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '' && !isPlaceholder(value);
}

/** `  - Label: text` lines for the fields that are written. */
function fieldLines(fields: readonly (readonly [string, string | readonly string[] | undefined])[], indent = '  '): string[] {
  const out: string[] = [];
  for (const [label, value] of fields) {
    if (Array.isArray(value)) {
      const items = (value as readonly string[]).filter(text);
      if (items.length === 1) out.push(`${indent}- ${label}: ${mdText(items[0] as string)}`);
      else if (items.length > 1) out.push(`${indent}- ${label}:`, ...items.map((item) => `${indent}  - ${mdText(item)}`));
    } else if (text(value as string | undefined)) out.push(`${indent}- ${label}: ${mdText(value as string)}`);
  }
  return out;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function fairnessSection(results: readonly FairnessResult[]): string[] {
  const fired = results.filter((r) => r.fired).length;
  const out = ['## Fairness checks', '', fired === 0
    ? 'Nothing in the notes makes this period hard to review fairly.'
    : fired === 1 ? 'One check found something to look at before you write the review.'
    : `${fired} checks found something to look at before you write the review.`, ''];
  for (const r of results) {
    const pointers = r.pointers.map((p) => `[${mdText(p.label)}](${p.target})`).join(', ');
    out.push(`- **${CHECK_NAMES[r.id]}: ${r.fired ? 'look again' : 'fine'}.** ${r.saw}${pointers ? ` See ${pointers}.` : ''}`);
  }
  return out;
}

function cadenceSection(input: PersonDocumentInput, scope: ReviewScope): string[] {
  const { window, away, held } = scope;
  const cadence = input.notes.person.data?.cadence ?? input.ctx.settings.defaultCadence;
  const out = ['## Cadence', ''];
  if (!window) return [...out, 'No day of the period to count 1:1s in.'];
  const { present, away: awayDays, expected } = away.expectedIn(window.from, window.to, cadenceDays(cadence));
  out.push(`${plural(held.length, '1:1')} held, against ${expected} expected at a ${cadenceLabel(cadence)} cadence over ${days(present)}${awayDays > 0 ? ` (not counting ${days(awayDays)} away)` : ''}.`);
  const periods = away.periods.filter((p) => p.from <= window.to && p.until >= window.from);
  if (periods.length) out.push('', `Time away: ${periods.map((p) => `${p.from} to ${p.until}`).join(', ')}.`);
  if (held.length) out.push('', `Held: ${held.map((o) => `[${o.date}${o.suffix}](${lineTarget(o.file, 1)})`).join(', ')}.`);
  return out;
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function feedbackItem(f: FeedbackEntry): string[] {
  const given = f.given as string;
  const delay = daysBetween(f.item.observed, given);
  const when = delay === 0 ? `observed and given ${given}` : `observed ${f.item.observed}, given ${given} (${days(delay)} later)`;
  const followUp = f.item.followUp;
  return [
    `- **${when[0]?.toUpperCase()}${when.slice(1)}** · ${where(f)}`,
    ...fieldLines([['Situation', f.item.situation], ['Behaviour', f.item.behaviour], ['Impact', f.item.impact]]),
    ...(followUp ? [`  - Follow-up: ${followUp.state} on ${followUp.date}${text(followUp.note) ? `: ${mdText(followUp.note)}` : ''}`] : []),
  ];
}

function feedbackSection(scope: ReviewScope, today: string): string[] {
  const out = ['## Feedback', ''];
  const given = scope.feedback.filter((f) => f.given !== undefined);
  const notGiven = scope.feedback.filter((f) => f.given === undefined);
  if (scope.feedback.length === 0) return [...out, 'No feedback observed in the period.'];
  if (given.length) {
    const delays = given.map((f) => daysBetween(f.item.observed, f.given as string));
    const worst = Math.max(...delays);
    const worstEntry = given[delays.indexOf(worst)] as FeedbackEntry;
    out.push(`Time from observing to giving feedback: median ${days(median(delays))}, worst ${days(worst)} (${where(worstEntry)}).`);
  }
  for (const [kind, title] of [['positive', 'Positive'], ['corrective', 'Corrective']] as const) {
    const list = given.filter((f) => f.item.kind === kind);
    out.push('', `### ${title} (${list.length})`, '');
    if (list.length === 0) out.push(`No ${kind} feedback given in the period.`);
    for (const f of list) out.push(...feedbackItem(f));
  }
  if (notGiven.length) {
    out.push('', `### Not given yet (${notGiven.length})`, '', 'Their words stay out of this summary: the person has not heard them yet. Give them first, or leave them out of the review.', '');
    for (const f of notGiven) {
      out.push(`- A ${f.item.kind} item observed ${f.item.observed}, waiting ${days(daysBetween(f.item.observed, today))} · ${where(f)}`);
    }
  }
  return out;
}

function stanceWord(c: TopicConversationEntry): string {
  return isReviewOnly(c) ? 'Plan review' : STANCE_LABELS[c.stance];
}

/** Their words in quotes, unless they were written in quotes already. */
function inTheirWords(value: string): string {
  const shown = mdText(value);
  return /^["“].*["”]$/s.test(shown) ? shown : `“${shown}”`;
}

function conversationLines(c: TopicConversationEntry): string[] {
  const t = c.conversation;
  const out = [`- **${c.date}${c.suffix}, ${stanceWord(c)}**, ${t.status} · ${where(c)}`];
  if (t.exception && !isPlaceholder(t.exception.reason)) out.push(`  - A ${t.exception.kind} matter, on purpose past the usual stages: ${mdText(t.exception.reason)}`);
  out.push(...fieldLines([['Shared purpose', t.sharedPurpose], ['Expectation', t.expectation], ['Barriers', t.barriers], ['Root cause', t.rootCause]]));
  if (text(t.theirView)) out.push(`  - Their view, in their words: ${inTheirWords(t.theirView)}`);
  out.push(...fieldLines([['Goals', t.goals], ['Measures', t.measures], ['Support', t.support], ['Timeline', t.timeline]]));
  if (t.reviewDate) out.push(`  - Review date: ${t.reviewDate}`);
  if (t.review && text(t.review.outcome)) out.push(`  - Review${t.review.date ? ` on ${t.review.date}` : ''}: ${mdText(t.review.outcome)}`);
  return out;
}

function outcome(thread: TopicThread): string {
  const last = thread.conversations[thread.conversations.length - 1] as TopicConversationEntry;
  const stages = thread.conversations.map((c) => `${stanceWord(c)} ${c.date}`).join(' → ');
  const state = last.status === 'resolved' ? `resolved on ${last.date}` : `${last.status === 'open' ? 'still open' : 'improving'} (as of ${last.date})`;
  return `${stages}. Outcome: ${state}.`;
}

function topicsSection(scope: ReviewScope): string[] {
  const out = ['## Topics', ''];
  if (scope.threads.length === 0) return [...out, 'No topic conversations in the period.'];
  for (const thread of scope.threads) {
    out.push(`### ${mdText(thread.title ?? thread.topicId)}`, '', outcome(thread), '');
    for (const c of thread.conversations) out.push(...conversationLines(c));
    out.push('');
  }
  out.pop();
  return out;
}

function actionLine(a: ActionEntry): string {
  const done = doneDate(a);
  const facts = [a.item.due ? `due ${a.item.due}` : undefined, done ? `done ${done}` : a.item.done === true ? 'done (no date written)' : 'not done'];
  return `- ${mdText(a.item.text)} (${facts.filter(Boolean).join(', ')}) · ${where(a)}`;
}

function actionsSection(scope: ReviewScope): string[] {
  const out = ['## Actions'];
  const end = scope.window?.to;
  if (end === undefined || scope.actions.length === 0) return [...out, '', 'No action items in the period.'];
  const timed = (owner: ActionEntry['item']['owner'], ...timings: ActionTiming[]) =>
    scope.actions.filter((a) => a.item.owner === owner && timings.includes(actionTiming(a, end)));
  const groups: [string, ActionEntry[]][] = [
    ['Theirs, done', timed('them', 'on-time', 'late')],
    [`Theirs, overdue on ${end}`, timed('them', 'overdue')],
    ['Yours, done on time', timed('me', 'on-time')],
    ['Yours, late', timed('me', 'late', 'overdue')],
  ];
  for (const [title, list] of groups) {
    out.push('', `### ${title} (${list.length})`, '');
    if (list.length === 0) out.push('None.');
    for (const a of list) out.push(actionLine(a));
  }
  return out;
}

function privateSection(scope: ReviewScope): string[] {
  const notes = scope.held.filter((o) => text(o.data?.private));
  const out = ['## Private notes', '', 'For you alone: not for the review as written, nor for the person.', ''];
  if (notes.length === 0) return [...out, 'No private notes in the period.'];
  for (const o of notes) out.push(`- **Private**, ${o.date}${o.suffix} · ${where(o, 'private')}: ${mdText(o.data?.private as string)}`);
  return out;
}

/** The review summary of one person over a period (both days included), as Markdown. */
export function writeReviewSummary(input: PersonDocumentInput, period: ReviewPeriod): string {
  const { notes, ctx } = input;
  const name = notes.person.name;
  const scope = reviewScope(input, period);
  const out = [`# Review summary: ${mdText(name)}`, ''];
  if (text(notes.person.data?.role)) out.push(mdText(notes.person.data?.role as string), '');
  out.push(`Period: ${period.from} to ${period.to}, both days included.`);
  const w = scope.window;
  if (!w) {
    out.push('', `No day of this period falls while you managed ${mdText(name)}, up to today (${ctx.today}): nothing to summarize.`);
    return `${out.join('\n')}\n`;
  }
  if (w.from !== period.from || w.to !== period.to) {
    out.push(`The notes looked at run from ${w.from} to ${w.to}${w.from !== period.from ? ` (you managed ${mdText(name)} from ${w.from})` : ''}${w.to !== period.to ? (w.to === ctx.today ? ' (up to today)' : ` (you managed ${mdText(name)} until ${w.to})`) : ''}.`);
  }
  out.push(period.includePrivate ? 'Private notes are included, each marked as private.' : 'Private notes are left out.');
  out.push('', ...fairnessSection(fairnessChecks(scope, notes, ctx)));
  out.push('', ...cadenceSection(input, scope));
  out.push('', ...feedbackSection(scope, ctx.today));
  out.push('', ...topicsSection(scope));
  out.push('', ...actionsSection(scope));
  if (period.includePrivate) out.push('', ...privateSection(scope));
  return `${out.join('\n')}\n`;
}
