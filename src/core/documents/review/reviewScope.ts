// What a review summary looks at: the part of the period the manager managed the person, the 1:1s
// held in it, the feedback observed in it, the topic conversations and action items of it, and the
// evidence the fairness checks count.
//
// Decisions (README, "Write a fair review", says the same to the manager):
// - The window is the period, both days included, cut to the person's `since` and `until` and to today
//   (nothing after today has happened yet). When nothing of the period is left, the window is empty.
// - Feedback belongs to the period when it was observed in the window (what it is about), whether it
//   was given or not; a 1:1, a topic conversation, when it is dated in the window.
// - An action item belongs to the period when it was written in a 1:1 of the window, or is due in it,
//   or was done on a day of it.
// - Evidence is what a review can rest on: each feedback item observed in the window (given or not),
//   each topic conversation in the window, and each 1:1 held in the window that holds notes (shareable
//   or private). Each counts once, on its date (a feedback item on the day it was observed).
import { daysBetween } from '../../dates';
import {
  heldOneOnOnes, type ActionEntry, type FeedbackEntry, type OneOnOneEntry, type PersonNotes, type TopicConversationEntry,
} from '../../people/personNotes';
import { isPlaceholder } from '../../schema';
import { awayOf, type TimeAway } from '../../people/timeAway';
import type { TopicThread } from '../../people/topicThreads';
import type { PersonDocumentInput, ReviewPeriod } from '../personDocument';

/** One piece of evidence: what kind, and the day it counts on. */
export interface Evidence {
  readonly kind: 'feedback' | 'conversation' | 'notes';
  readonly date: string;
}

export interface ReviewScope {
  readonly period: ReviewPeriod;
  /** The days looked at, both included; undefined when no day of the period was managed and past. */
  readonly window?: { readonly from: string; readonly to: string };
  readonly away: TimeAway;
  /** 1:1s held in the window, oldest first. */
  readonly held: readonly OneOnOneEntry[];
  /** Feedback observed in the window (given or not), by observed date. */
  readonly feedback: readonly FeedbackEntry[];
  /** Threads with a conversation in the window, with those conversations only. */
  readonly threads: readonly TopicThread[];
  readonly actions: readonly ActionEntry[];
  readonly evidence: readonly Evidence[];
}

/** True when `day` is between `from` and `to`, both included. */
export function within(day: string | undefined, window: { from: string; to: string } | undefined): boolean {
  return day !== undefined && window !== undefined && window.from <= day && day <= window.to;
}

/** The date an action was done on, when `done` is a date. */
export function doneDate(action: ActionEntry): string | undefined {
  return typeof action.item.done === 'string' ? action.item.done : undefined;
}

/** Where an action stands on `end`: done on time (or done with no date written), done late, overdue, or still open. */
export type ActionTiming = 'on-time' | 'late' | 'overdue' | 'open';

/** How an action stands on `end`: done by then (true, or a date up to it), late when done after its due date. */
export function actionTiming(action: ActionEntry, end: string): ActionTiming {
  const done = doneDate(action);
  const due = action.item.due;
  if (action.item.done === true || (done ?? '~') <= end) return due !== undefined && done !== undefined && done > due ? 'late' : 'on-time';
  return due !== undefined && due < end ? 'overdue' : 'open';
}

function hasNotes(o: OneOnOneEntry): boolean {
  const text = (value: string | undefined) => value !== undefined && value.trim() !== '' && !isPlaceholder(value);
  return text(o.data?.notes) || text(o.data?.private);
}

/** The window of a period for a person: cut to since, until and today. */
function windowOf(notes: PersonNotes, period: ReviewPeriod, today: string): { from: string; to: string } | undefined {
  const since = notes.person.data?.since;
  const until = notes.person.data?.until;
  const from = since !== undefined && since > period.from ? since : period.from;
  let to = until !== undefined && until < period.to ? until : period.to;
  if (today < to) to = today;
  return from <= to ? { from, to } : undefined;
}

export function reviewScope({ notes, ctx }: PersonDocumentInput, period: ReviewPeriod): ReviewScope {
  const window = windowOf(notes, period, ctx.today);
  const held = heldOneOnOnes(notes, ctx.today).filter((o) => within(o.date, window));
  const feedback = notes.feedback.filter((f) => within(f.item.observed, window));
  const threads: TopicThread[] = [];
  for (const thread of notes.topicThreads) {
    const conversations = thread.conversations.filter((c) => within(c.date, window));
    if (conversations.length > 0) threads.push({ ...thread, conversations });
  }
  const actions = notes.actions.filter((a) => within(a.date, window) || within(a.item.due, window) || within(doneDate(a), window));
  const conversations: TopicConversationEntry[] = threads.flatMap((t) => [...t.conversations]);
  const evidence: Evidence[] = [
    ...feedback.map((f) => ({ kind: 'feedback' as const, date: f.item.observed })),
    ...conversations.map((c) => ({ kind: 'conversation' as const, date: c.date })),
    ...held.filter(hasNotes).map((o) => ({ kind: 'notes' as const, date: o.date })),
  ];
  return { period, window, away: awayOf(notes), held, feedback, threads, actions, evidence };
}

/** Days in a window, both ends included. */
export function windowDays(window: { from: string; to: string }): number {
  return daysBetween(window.from, window.to) + 1;
}

