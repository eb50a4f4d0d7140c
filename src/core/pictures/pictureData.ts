// The data behind the team pictures (the overview, a person's history, the coaching habits), as zod
// schemas: the one description of what the core hands to the webview, from which the types come, and
// which the message protocol (protocol.ts) checks on both sides. Plain JSON: dates as YYYY-MM-DD,
// nothing undefined that matters, every item with the place it was written (file and line).
import * as z from 'zod/mini';
import { isIsoDate } from '../dates';
import { FEEDBACK_KINDS, OWNERS, PROGRESS_STATES, STANCES } from '../schema';
import { locationSchema } from './location';
import { TIMELINE_RANGES } from './pictureKeys';

export { locationSchema, notesFileSchema, type PictureLocation } from './location';
export { SORT_KEYS, TIMELINE_RANGES, type SortKey, type TimelineRange } from './pictureKeys';

export const daySchema = z.string().check(z.refine(isIsoDate, { error: 'a day is written YYYY-MM-DD' }));


/** A span of days, both included. */
export const spanSchema = z.strictObject({ from: daySchema, to: daySchema });
export type DaySpan = z.infer<typeof spanSchema>;

const kindSchema = z.enum(FEEDBACK_KINDS);
const stanceSchema = z.enum(STANCES);
const progressSchema = z.enum(PROGRESS_STATES);

/** A 1:1 held: its day, the same-day letter ('' for the first), and its file at the `date:` line. */
export const heldOneOnOneSchema = z.strictObject({ date: daySchema, suffix: z.string(), at: locationSchema });
export type HeldOneOnOne = z.infer<typeof heldOneOnOneSchema>;

// ---------------------------------------------------------------------------
// The team overview

/**
 * One week of the 1:1 strip: `held` (a 1:1 in it), `missed` (none, and by its end the last one was longer
 * ago than the cadence and its grace allow), `away` (none, and the person was away at least one day of
 * it), `not-due` (none, and none due yet: a cadence longer than a week), `before` (before the person
 * started: `since`, else their first 1:1), `ended` (after their `until`).
 */
export const WEEK_STATES = ['held', 'missed', 'away', 'not-due', 'before', 'ended'] as const;
export const weekSchema = z.strictObject({
  from: daySchema,
  to: daySchema,
  state: z.enum(WEEK_STATES),
  /** The 1:1s held in the week, for a `held` week; empty otherwise. */
  held: z.array(heldOneOnOneSchema),
});
export type OneOnOneWeek = z.infer<typeof weekSchema>;

/**
 * One feedback item as a mark. `given`: a filled mark at the day it was given, shaded by its delay
 * (observed to given, in days). `waiting`: observed and not given yet, a hollow mark at the day it was
 * observed, with its age in days (it may lie before the overview's first week: it is still waiting).
 */
const markAttention = {
  /** The row label of the item's most urgent finding that needs attention (stale, not given), as Needs Attention shows it. */
  attention: z.optional(z.string()),
};
export const feedbackMarkSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('given'), kind: kindSchema, date: daySchema, observed: daySchema, delay: z.int().check(z.gte(0)), at: locationSchema, ...markAttention }),
  z.strictObject({ state: z.literal('waiting'), kind: kindSchema, date: daySchema, observed: daySchema, age: z.int(), at: locationSchema, ...markAttention }),
]);
export type FeedbackMark = z.infer<typeof feedbackMarkSchema>;

/**
 * An open topic as the People view counts it: the stage its latest conversation held, the stage the
 * model expects next, the conversations so far in this episode, and a written plan's review date
 * while the review is still to come (overdue once it has passed).
 */
export const openTopicSchema = z.strictObject({
  topicId: z.string(),
  title: z.optional(z.string()),
  stage: stanceSchema,
  next: stanceSchema,
  conversations: z.int().check(z.gte(1)),
  reviewDate: z.optional(daySchema),
  reviewOverdue: z.boolean(),
  at: locationSchema,
});
export type OpenTopicMark = z.infer<typeof openTopicSchema>;

/** The last recognition (positive feedback given), as the recognition check counts it. */
export const recognitionSchema = z.strictObject({
  date: daySchema,
  days: z.int().check(z.gte(0)),
  /** Whether the recognition check finds it too long ago (its window, time away not counted). */
  overdue: z.boolean(),
  at: locationSchema,
});

/** How urgent a person is, from the same findings and order as Needs Attention. */
export const urgencySchema = z.strictObject({
  /** 0 for the most urgent person; people with nothing that needs attention come last, by name. */
  rank: z.int().check(z.gte(0)),
  /** How many of their findings need attention (errors and warnings). */
  attention: z.int().check(z.gte(0)),
  /** The row label of their most urgent finding, as Needs Attention shows it. */
  top: z.optional(z.string()),
});

export const overviewRowSchema = z.strictObject({
  personId: z.string(),
  name: z.string(),
  role: z.optional(z.string()),
  /** Days between 1:1s the strip counts against. */
  cadenceDays: z.int().check(z.gte(1)),
  urgency: urgencySchema,
  weeks: z.array(weekSchema),
  feedback: z.array(feedbackMarkSchema),
  topics: z.array(openTopicSchema),
  /** Absent when no positive feedback was given yet. */
  recognition: z.optional(recognitionSchema),
});
export type OverviewRow = z.infer<typeof overviewRowSchema>;

export const teamOverviewSchema = z.strictObject({
  today: daySchema,
  /** The 26 weeks shown, the last ending today. */
  span: spanSchema,
  /** Everyone you manage today, most urgent first. */
  rows: z.array(overviewRowSchema),
  /** People kept apart, with why (no longer managed: their `until` has passed). */
  apart: z.array(z.extend(overviewRowSchema, { why: z.string() })),
});
export type TeamOverview = z.infer<typeof teamOverviewSchema>;


// ---------------------------------------------------------------------------
// A person's history


/** Feedback as a span from observed to given (no `given` yet: it still waits, `age` days so far). */
export const feedbackSpanSchema = z.strictObject({
  kind: kindSchema,
  observed: daySchema,
  given: z.optional(daySchema),
  delay: z.optional(z.int().check(z.gte(0))),
  age: z.optional(z.int()),
  topic: z.optional(z.string()),
  at: locationSchema,
});
export type FeedbackSpan = z.infer<typeof feedbackSpanSchema>;

/** One conversation of a topic's arc: its stage (or `review`, the review of a plan), n-th of its episode. */
export const topicStepSchema = z.strictObject({
  date: daySchema,
  suffix: z.string(),
  stage: z.enum([...STANCES, 'review']),
  status: progressSchema,
  n: z.int().check(z.gte(1)),
  reviewDate: z.optional(daySchema),
  review: z.optional(z.strictObject({ date: daySchema, outcome: z.string() })),
  at: locationSchema,
});
export type TopicStep = z.infer<typeof topicStepSchema>;

export const topicArcSchema = z.strictObject({
  topicId: z.string(),
  title: z.optional(z.string()),
  steps: z.array(topicStepSchema),
  /** Where the topic stands after its latest conversation, and since when. */
  outcome: z.strictObject({ status: progressSchema, date: daySchema }),
});
export type TopicArc = z.infer<typeof topicArcSchema>;

export const ACTION_TIMINGS = ['on-time', 'late', 'overdue', 'open'] as const;
export const actionMarkSchema = z.strictObject({
  text: z.string(),
  owner: z.enum(OWNERS),
  /** The 1:1 it was agreed in. */
  created: daySchema,
  due: z.optional(daySchema),
  /** The day it was done; `true` when done with no day written. */
  done: z.optional(z.union([daySchema, z.literal(true)])),
  timing: z.enum(ACTION_TIMINGS),
  at: locationSchema,
});
export type ActionMark = z.infer<typeof actionMarkSchema>;

export const personTimelineSchema = z.strictObject({
  personId: z.string(),
  name: z.string(),
  range: z.enum(TIMELINE_RANGES),
  /** The days shown; undefined when no day of the range was managed yet. */
  span: z.optional(spanSchema),
  oneOnOnes: z.array(heldOneOnOneSchema),
  feedback: z.array(feedbackSpanSchema),
  topics: z.array(topicArcSchema),
  actions: z.array(actionMarkSchema),
});
export type PersonTimeline = z.infer<typeof personTimelineSchema>;

// ---------------------------------------------------------------------------
// Your coaching habits

export const HABIT_IDS = ['cadence', 'commitments', 'recognition', 'positive-share', 'feedback-delay', 'two-way', 'recurring-barriers'] as const;
export type HabitId = (typeof HABIT_IDS)[number];

/** An item behind a signal: whose, which day, a few words, and where it was written. */
export const habitItemSchema = z.strictObject({ personId: z.string(), date: daySchema, label: z.string(), at: locationSchema });
export type HabitItem = z.infer<typeof habitItemSchema>;

/** A signal over one quarter: its value (absent when there is nothing to measure), what it counts, and the items. */
export const habitValueSchema = z.strictObject({
  value: z.optional(z.number()),
  /** What was counted: held 1:1s, commitments kept, positive feedback, ... */
  count: z.int().check(z.gte(0)),
  /** Out of how many, for a share. */
  of: z.optional(z.int().check(z.gte(0))),
  items: z.array(habitItemSchema),
});
export type HabitValue = z.infer<typeof habitValueSchema>;

export const habitSignalSchema = z.strictObject({
  id: z.enum(HABIT_IDS),
  label: z.string(),
  unit: z.enum(['share', 'count', 'days']),
  /** Which way is better. */
  better: z.enum(['up', 'down']),
  thisQuarter: habitValueSchema,
  lastQuarter: habitValueSchema,
  /** This quarter against the one before; `none` when either has no value. */
  trend: z.enum(['up', 'down', 'flat', 'none']),
  /** Whether the trend goes the better way; absent when flat or none. */
  good: z.optional(z.boolean()),
});
export type HabitSignal = z.infer<typeof habitSignalSchema>;

export const coachingHabitsSchema = z.strictObject({
  today: daySchema,
  thisQuarter: spanSchema,
  lastQuarter: spanSchema,
  signals: z.array(habitSignalSchema),
});
export type CoachingHabits = z.infer<typeof coachingHabitsSchema>;
