// What a briefing for one person's next 1:1 holds, as plain data in the order it is shown (issue
// "Prepare 1:1 with…"): the meeting, what you owe them, open topics, follow-ups, recognition, last time.
// briefingMarkdown.ts writes it out.
import type { CheckContext } from '../../checks/rule';
import { daysBetween } from '../../dates';
import { latestFollowUp, type FollowUpSeen } from '../../people/followUp';
import type { ActionEntry, FeedbackEntry, OneOnOneEntry, PersonNotes } from '../../people/personNotes';
import { lastOneOnOne, openActions } from '../../workspace/sidebarModel';
import { awayOf } from '../../people/timeAway';
import type { PersonDocumentInput } from '../personDocument';
import { meetingFacts, type MeetingFacts } from './meeting';
import { topicBriefs, type TopicBrief } from './topicBrief';

/** How many of the latest positive feedback items a briefing lists. */
export const RECENT_POSITIVES = 3;

export interface AwaitingFollowUp {
  readonly entry: FeedbackEntry;
  readonly latest?: FollowUpSeen;
  /** Days since it was given, or since its latest follow-up. */
  readonly age: number;
  /** Older than the stale setting (days away not counted), as feedback/stale counts. */
  readonly stale: boolean;
}

export interface Recognition {
  /** The latest positive feedback given, by the day it was given. */
  readonly last?: FeedbackEntry;
  readonly daysSince?: number;
  /** The latest few, newest first. */
  readonly recent: readonly FeedbackEntry[];
  /** When it has been longer than the recognition setting (days away not counted), or never. */
  readonly nudge: boolean;
  readonly window: number;
}

export interface Briefing {
  readonly notes: PersonNotes;
  readonly ctx: CheckContext;
  readonly professional: boolean;
  readonly meeting: MeetingFacts;
  /** Your open actions, overdue first; feedback observed and not given yet, oldest first. */
  readonly owed: { readonly actions: readonly ActionEntry[]; readonly feedback: readonly FeedbackEntry[] };
  readonly topics: readonly TopicBrief[];
  readonly followUps: { readonly feedback: readonly AwaitingFollowUp[]; readonly actions: readonly ActionEntry[] };
  readonly recognition: Recognition;
  /** The last 1:1 held. */
  readonly lastTime?: OneOnOneEntry;
}

/** True when an open action's due day has passed. */
export function isOverdue(action: ActionEntry, today: string): boolean {
  return action.item.due !== undefined && action.item.due < today;
}

/** Overdue first, then by due day (no due day last); otherwise as written. */
function overdueFirst(actions: readonly ActionEntry[], today: string): ActionEntry[] {
  const rank = (a: ActionEntry) => (isOverdue(a, today) ? 0 : a.item.due !== undefined ? 1 : 2);
  return [...actions].sort((a, b) => rank(a) - rank(b) || (a.item.due ?? '').localeCompare(b.item.due ?? ''));
}

function awaitingFollowUp(notes: PersonNotes, ctx: CheckContext): AwaitingFollowUp[] {
  const away = awayOf(notes);
  const out: AwaitingFollowUp[] = [];
  for (const entry of notes.feedback) {
    if (entry.item.kind !== 'corrective' || entry.given === undefined || entry.given > ctx.today) continue;
    const latest = latestFollowUp(entry, notes);
    if (latest?.state === 'resolved') continue;
    const since = latest?.date ?? entry.given;
    out.push({ entry, ...(latest ? { latest } : {}), age: daysBetween(since, ctx.today), stale: away.countedDays(since, ctx.today) > ctx.settings.staleFeedbackDays });
  }
  return out;
}

function recognition(notes: PersonNotes, ctx: CheckContext): Recognition {
  const given = notes.feedback
    .filter((f) => f.item.kind === 'positive' && f.given !== undefined && f.given <= ctx.today)
    .sort((a, b) => (b.given as string).localeCompare(a.given as string));
  const last = given[0];
  const window = ctx.settings.recognitionDays;
  if (!last) return { recent: [], nudge: true, window };
  const since = last.given as string;
  return { last, daysSince: daysBetween(since, ctx.today), recent: given.slice(0, RECENT_POSITIVES), nudge: awayOf(notes).countedDays(since, ctx.today) > window, window };
}

export function briefingOf({ notes, ctx }: PersonDocumentInput): Briefing {
  const open = openActions(notes);
  const lastTime = lastOneOnOne(notes, ctx.today);
  return {
    notes,
    ctx,
    professional: notes.person.data?.professional === true,
    meeting: meetingFacts(notes, ctx),
    owed: {
      actions: overdueFirst(open.filter((a) => a.item.owner === 'me'), ctx.today),
      // notes.feedback is ordered by the day observed: oldest first.
      feedback: notes.feedback.filter((f) => f.given === undefined),
    },
    topics: topicBriefs(notes, ctx),
    followUps: { feedback: awaitingFollowUp(notes, ctx), actions: overdueFirst(open.filter((a) => a.item.owner === 'them'), ctx.today) },
    recognition: recognition(notes, ctx),
    ...(lastTime ? { lastTime } : {}),
  };
}
