// Fairness checks on a review summary: what in the notes could make a written review unfair to the
// person, each with what it saw. Plain data; reviewSummary.ts writes it as Markdown.
//
// Decisions (README, "Write a fair review", says the same to the manager):
// - Recency: fires when more than half of the evidence (see reviewScope.ts) is dated in the last
//   quarter of the window, the last 25% of its days (rounded down, at least one day).
// - Balance: always says how many positive and corrective items observed in the window were given
//   (feedback not given yet is counted apart); fires when none was given, when none given was
//   positive, or when more corrective than positive was given.
// - Gaps: a calendar month of the window with no notes at all (no 1:1 held, no feedback observed or
//   given, no topic conversation) fires, when the window covers enough of it, not counting days away,
//   for one 1:1 at the cadence. A month whose window days are all away is no gap: it is said to be away.
// - No surprises: fires for each corrective item observed in the window that was never given
//   (`given: not-yet`: named by date and line only, never by its text), or that was given outside 1:1s
//   (feedback.yaml) and never came up in a 1:1: its topic has no conversation in a 1:1 held by
//   today, and no follow-up is dated on the day of a held 1:1. (Topic conversations are written in
//   1:1 files, so a topic in the summary always came up in a 1:1 held by then.)
import { addDays, daysBetween } from '../../dates';
import { heldOneOnOnes, type FeedbackEntry, type PersonNotes } from '../../people/personNotes';
import { cadenceDays } from '../../schema';
import type { CheckContext } from '../../checks/rule';
import { days } from '../../checks/wording';
import { entryTarget } from '../markdown';
import { windowDays, within, type ReviewScope } from './reviewScope';

export type FairnessCheckId = 'recency' | 'balance' | 'gaps' | 'no-surprises';

/** A place in the notes a check points at: a label (a date) and a link target. */
export interface FairnessPointer {
  readonly label: string;
  readonly target: string;
}

export interface FairnessResult {
  readonly id: FairnessCheckId;
  /** True when the check found something to look at before writing the review. */
  readonly fired: boolean;
  /** What it saw, in plain words (Markdown-safe: no text from the notes). */
  readonly saw: string;
  /** What it points at, if anything (e.g. the feedback never given). */
  readonly pointers: readonly FairnessPointer[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthName(yearMonth: string): string {
  const [year, month] = yearMonth.split('-');
  return `${MONTHS[Number(month) - 1]} ${year}`;
}

function pieces(n: number): string {
  return `${n} ${n === 1 ? 'piece' : 'pieces'}`;
}

export function recencyCheck(scope: ReviewScope): FairnessResult {
  const { window, evidence } = scope;
  if (!window || evidence.length === 0) {
    return { id: 'recency', fired: false, saw: 'No evidence in the period to weigh.', pointers: [] };
  }
  const quarterDays = Math.max(1, Math.floor(windowDays(window) / 4));
  const lastQuarterFrom = addDays(window.to, 1 - quarterDays);
  const late = evidence.filter((e) => e.date >= lastQuarterFrom).length;
  const fired = late * 2 > evidence.length;
  const saw = `${late} of ${pieces(evidence.length)} of evidence come from the last quarter (${lastQuarterFrom} to ${window.to}).`;
  return {
    id: 'recency', fired, pointers: [],
    saw: fired ? `${saw} The review would lean on the last few weeks; look back at the earlier months too.` : saw,
  };
}

/** `2 positive for each corrective`, or the other way round when corrective feedback outweighs it. */
function ratioWords(positive: number, corrective: number): string {
  const ratio = (a: number, b: number) => (a / b).toFixed(1).replace(/\.0$/, '');
  if (corrective === 0) return 'all positive';
  return positive >= corrective ? `${ratio(positive, corrective)} positive for each corrective` : `${ratio(corrective, positive)} corrective for each positive`;
}

export function balanceCheck(scope: ReviewScope): FairnessResult {
  const given = scope.feedback.filter((f) => f.given !== undefined);
  const positive = given.filter((f) => f.item.kind === 'positive').length;
  const corrective = given.length - positive;
  const waiting = scope.feedback.length - given.length;
  const counts = `${positive} positive and ${corrective} corrective feedback ${given.length === 1 ? 'item' : 'items'} given${waiting ? ` (and ${waiting} not given yet)` : ''}`;
  if (given.length === 0) {
    return { id: 'balance', fired: true, saw: `No feedback given in the period${waiting ? ` (${waiting} not given yet)` : ''}: a review needs things they did, good and not.`, pointers: [] };
  }
  if (positive === 0) {
    return { id: 'balance', fired: true, saw: `${counts}: no positive feedback at all. What did they do well in these months?`, pointers: [] };
  }
  const saw = `${counts}: ${ratioWords(positive, corrective)}`;
  if (corrective > positive) return { id: 'balance', fired: true, saw: `${saw}. More corrective than positive: is that the whole picture?`, pointers: [] };
  return { id: 'balance', fired: false, saw: `${saw}.`, pointers: [] };
}

/** Days with any notes: 1:1s held, feedback observed or given, topic conversations. */
function notedDays(notes: PersonNotes, today: string): Set<string> {
  const noted = new Set<string>();
  for (const o of heldOneOnOnes(notes, today)) noted.add(o.date);
  for (const f of notes.feedback) {
    noted.add(f.item.observed);
    if (f.given !== undefined) noted.add(f.given);
  }
  for (const t of notes.topicThreads) for (const c of t.conversations) noted.add(c.date);
  return noted;
}

export function gapsCheck(scope: ReviewScope, notes: PersonNotes, ctx: CheckContext): FairnessResult {
  const { window, away } = scope;
  if (!window) return { id: 'gaps', fired: false, saw: 'No month of the period to look at.', pointers: [] };
  const enough = cadenceDays(notes.person.data?.cadence ?? ctx.settings.defaultCadence);
  const noted = notedDays(notes, ctx.today);
  const gaps: string[] = [];
  const awayMonths: string[] = [];
  let covered = 0;
  for (let month = window.from.slice(0, 7); month <= window.to.slice(0, 7); month = addDays(`${month}-28`, 7).slice(0, 7)) {
    const from = `${month}-01` < window.from ? window.from : `${month}-01`;
    const lastDay = addDays(`${addDays(`${month}-28`, 7).slice(0, 7)}-01`, -1);
    const to = lastDay > window.to ? window.to : lastDay;
    const present = away.daysPresentIn(from, to);
    if (present === 0) { awayMonths.push(monthName(month)); continue; }
    covered += 1;
    let any = false;
    for (const day of noted) if (within(day, { from, to })) { any = true; break; }
    if (!any && present >= enough) gaps.push(monthName(month));
  }
  const awayNote = awayMonths.length ? ` Away all of ${awayMonths.join(', ')}: not a gap.` : '';
  if (gaps.length === 0) {
    return { id: 'gaps', fired: false, saw: `Notes in every month of the period (${covered} ${covered === 1 ? 'month' : 'months'}).${awayNote}`, pointers: [] };
  }
  return {
    id: 'gaps', fired: true, pointers: [],
    saw: `No notes at all in ${gaps.join(', ')}. What happened then counts as much as the months you wrote about.${awayNote}`,
  };
}

/** True when a corrective item given outside 1:1s came up in a 1:1 after all (see the decisions above). */
function cameUpInOneOnOne(entry: FeedbackEntry, notes: PersonNotes, heldDays: ReadonlySet<string>): boolean {
  if (entry.oneOnOne !== undefined) return true;
  const topic = entry.item.topic;
  if (topic !== undefined && notes.topicThreads.some((t) => t.topicId === topic && t.conversations.some((c) => heldDays.has(c.date)))) return true;
  const followUp = entry.item.followUp?.date;
  return followUp !== undefined && heldDays.has(followUp);
}

export function noSurprisesCheck(scope: ReviewScope, notes: PersonNotes, ctx: CheckContext): FairnessResult {
  const heldDays = new Set(heldOneOnOnes(notes, ctx.today).map((o) => o.date));
  const corrective = scope.feedback.filter((f) => f.item.kind === 'corrective');
  const notGiven = corrective.filter((f) => f.given === undefined);
  const notDiscussed = corrective.filter((f) => f.given !== undefined && !cameUpInOneOnOne(f, notes, heldDays));
  const pointer = (f: FeedbackEntry): FairnessPointer => ({ label: `observed ${f.item.observed}`, target: entryTarget(f) });
  const said: string[] = [];
  if (notGiven.length) {
    const oldest = notGiven[0] as FeedbackEntry;
    said.push(`${notGiven.length === 1 ? 'One corrective item was' : `${notGiven.length} corrective items were`} never given (the oldest waiting ${days(daysBetween(oldest.item.observed, ctx.today))}): give ${notGiven.length === 1 ? 'it' : 'them'} first, in person, or leave ${notGiven.length === 1 ? 'it' : 'them'} out of the review.`);
  }
  if (notDiscussed.length) {
    said.push(`${notDiscussed.length === 1 ? 'One corrective item was' : `${notDiscussed.length} corrective items were`} given only outside your 1:1s and never came up in one: talk ${notDiscussed.length === 1 ? 'it' : 'them'} through in a 1:1 before the review.`);
  }
  if (said.length === 0) {
    return {
      id: 'no-surprises', fired: false, pointers: [],
      saw: corrective.length === 0
        ? 'No corrective feedback in the period.'
        : corrective.length === 1 ? 'The one corrective item was given, and came up in a 1:1.' : `All ${corrective.length} corrective items were given, and each came up in a 1:1.`,
    };
  }
  return { id: 'no-surprises', fired: true, saw: said.join(' '), pointers: [...notGiven, ...notDiscussed].map(pointer) };
}

/** The four checks, in the order the summary shows them. */
export function fairnessChecks(scope: ReviewScope, notes: PersonNotes, ctx: CheckContext): FairnessResult[] {
  return [recencyCheck(scope), balanceCheck(scope), gapsCheck(scope, notes, ctx), noSurprisesCheck(scope, notes, ctx)];
}
