// Episodes of a topic thread: the runs of conversations about one shortfall while it is open, and
// the stance the three-stage model expects at each of them (coaching-model.md, section 3).
//
// Decisions, shared by every escalation rule and by the editor:
// - Every conversation on the topic counts, in 1:1 order. A topic marked `resolved` that comes back
//   within `newEpisodeAfterDays` days (180 by default; exactly 180 still counts as within) is the same
//   shortfall again: the count goes on. Resolved for longer, it starts a new episode at 1.
// - A `plan` entry with a `review` and none of the plan's own keys (goals, measures, timeline,
//   reviewDate) is the review of the plan before it, not a new stage: it counts as a conversation,
//   but the stage rules (skipped, stuck, empty) leave it alone.
// - Once an episode holds a plan, the next conversation is expected to be a plan too (its review).
// - An `exception` (conduct or safety, with its reason) covers the conversation it is written on
//   and every later one in the same episode: a conduct plan at the 1st conversation and its review
//   at the 2nd are both fine. A placeholder reason (the one the quick fix writes, or any `<...>`) does not count.
import { daysBetween } from '../../dates';
import type { RelatedLocation } from '../../findings';
import { fieldRange } from '../../people/located';
import type { PersonNotes, TopicConversationEntry } from '../../people/personNotes';
import { isPlaceholder, placeholder, STANCES, type Stance } from '../../schema';
import type { TopicThread } from '../../people/topicThreads';
import type { CheckContext } from '../rule';
import type { CheckSettings } from '../settings';

/** The conversations of one episode, in order. Never empty. */
export type Episode = readonly TopicConversationEntry[];

/** One conversation seen in its episode: what came before it and what the model expected of it. */
export interface EpisodeStep {
  readonly entry: TopicConversationEntry;
  /** 1 for the first conversation of the episode. */
  readonly n: number;
  /** The conversations of the episode before this one. */
  readonly earlier: Episode;
  /** The stance the model expected for this conversation. */
  readonly expected: Stance;
  /** An exception on this conversation or an earlier one of the episode allows skipping stages. */
  readonly excepted: boolean;
  /** A review of an earlier plan, not a stage of its own (see the decisions above). */
  readonly reviewOnly: boolean;
  /** For the 1st conversation of a later episode: the day the topic was resolved before it came back. */
  readonly restartedAfter?: string;
}

/** The reason the exception quick fix writes, for the manager to replace; until then it covers nothing. */
export const REASON_PLACEHOLDER = placeholder('why this cannot wait for the usual stages');

/** True when the conversation carries a conduct or safety exception with a reason of its own. */
export function hasException(entry: TopicConversationEntry): boolean {
  const exception = entry.conversation.exception;
  return exception !== undefined && !isPlaceholder(exception.reason);
}

/** The outcome the "add the review" action writes, for the manager to replace; until then it is no review. */
export const REVIEW_PLACEHOLDER = '<what the review found and what happens next>';

/** True when the conversation records a plan's review with an outcome of its own. */
export function hasReview(entry: TopicConversationEntry): boolean {
  const review = entry.conversation.review;
  return review !== undefined && review.outcome.trim() !== REVIEW_PLACEHOLDER;
}

const PLAN_KEYS = ['goals', 'measures', 'timeline', 'reviewDate'] as const;

/** True for a `plan` entry that only records the review of an earlier plan. */
export function isReviewOnly(entry: TopicConversationEntry): boolean {
  const c = entry.conversation;
  if (c.stance !== 'plan' || c.review === undefined) return false;
  return PLAN_KEYS.every((key) => {
    const value = c[key];
    return value === undefined || (Array.isArray(value) && value.length === 0);
  });
}

/** Splits a thread into episodes (see the decisions above). */
export function episodesOf(thread: TopicThread, settings: Pick<CheckSettings, 'newEpisodeAfterDays'>): Episode[] {
  const episodes: TopicConversationEntry[][] = [];
  let current: TopicConversationEntry[] = [];
  let resolvedOn: string | undefined;
  for (const entry of thread.conversations) {
    if (resolvedOn !== undefined && daysBetween(resolvedOn, entry.date) > settings.newEpisodeAfterDays) {
      episodes.push(current);
      current = [];
    }
    current.push(entry);
    resolvedOn = entry.status === 'resolved' ? entry.date : undefined;
  }
  episodes.push(current);
  return episodes;
}

/** The stance the model expects after these conversations of one episode. */
export function expectedAfter(earlier: Episode): Stance {
  if (earlier.some((e) => e.stance === 'plan')) return 'plan';
  return earlier.length === 0 ? 'supportive' : earlier.length === 1 ? 'socratic' : 'plan';
}

/** Each conversation of each episode with its position and expectation, in thread order. */
export function episodeSteps(thread: TopicThread, settings: CheckSettings): EpisodeStep[] {
  const steps: EpisodeStep[] = [];
  let before: Episode | undefined;
  for (const episode of episodesOf(thread, settings)) {
    let excepted = false;
    const restartedAfter = before?.[before.length - 1]?.date;
    episode.forEach((entry, i) => {
      const earlier = episode.slice(0, i);
      excepted ||= hasException(entry);
      const step = { entry, n: i + 1, earlier, expected: expectedAfter(earlier), excepted, reviewOnly: isReviewOnly(entry) };
      steps.push(i === 0 && restartedAfter !== undefined ? { ...step, restartedAfter } : step);
    });
    before = episode;
  }
  return steps;
}

/** The steps that are stages of their own (reviews of a plan left out), with their thread. */
export function stageSteps(notes: PersonNotes, settings: CheckSettings): { thread: TopicThread; step: EpisodeStep }[] {
  const out: { thread: TopicThread; step: EpisodeStep }[] = [];
  for (const thread of notes.topicThreads) {
    for (const step of episodeSteps(thread, settings)) if (!step.reviewOnly) out.push({ thread, step });
  }
  return out;
}

/** The earlier conversations of a step's episode, as related locations on their stance. */
export function earlierConversations(thread: TopicThread, step: EpisodeStep): RelatedLocation[] {
  return step.earlier.map((e, i) => ({
    file: e.file,
    range: fieldRange(e, 'stance'),
    message: `${ordinal(i + 1)} conversation on ${topicName(thread)}: ${e.stance}${e.status === 'resolved' ? `, resolved on ${e.date}` : ''}`,
  }));
}

/**
 * What a step's place in its episode rests on, as a sentence for the end of a message: the
 * conversations counted (how many, since when), and why a resolution did or did not start the
 * count again.
 */
export function countedConversations(step: EpisodeStep, settings: Pick<CheckSettings, 'newEpisodeAfterDays'>): string {
  const within = settings.newEpisodeAfterDays;
  const first = step.earlier[0];
  if (first === undefined) {
    const after = step.restartedAfter;
    if (after === undefined) return 'No earlier conversation on it is written.';
    return `It was resolved on ${after}, ${daysBetween(after, step.entry.date)} days before this one, more than the ${within} that keep it one episode, so the count starts again here.`;
  }
  const n = step.earlier.length;
  const counted = n === 1
    ? `Counted: the conversation before it on this topic, on ${first.date}.`
    : `Counted: the ${n} conversations before it on this topic, since ${first.date}.`;
  const resolved = step.earlier.findLast((e) => e.status === 'resolved');
  if (resolved === undefined) return counted;
  const gap = daysBetween(resolved.date, step.earlier[step.earlier.indexOf(resolved) + 1]?.date ?? step.entry.date);
  return `${counted} It was resolved on ${resolved.date} and came back ${gap === 1 ? '1 day' : `${gap} days`} later, within the ${within} days that make it the same episode, so the count goes on.`;
}

/**
 * The stance the model expects for the next conversation on a topic that is still open, with `n`
 * the number of conversations of the current episode so far (the next one is the (n+1)-th). Undefined when the latest conversation
 * resolved the topic: nothing is expected until it comes back.
 */
export function expectedStance(thread: TopicThread, ctx: CheckContext): { n: number; expected: Stance } | undefined {
  const episodes = episodesOf(thread, ctx.settings);
  const current = episodes[episodes.length - 1] as Episode;
  const last = current[current.length - 1] as TopicConversationEntry;
  if (last.status === 'resolved') return undefined;
  return { n: current.length, expected: expectedAfter(current) };
}

/** How far along the model a stance is: supportive 0, socratic 1, plan 2. */
export function stageRank(stance: Stance): number {
  return STANCES.indexOf(stance);
}

/** The readable name of a thread's topic: its title, else its id. */
export function topicName(thread: TopicThread): string {
  return thread.title ?? thread.topicId;
}

/** 1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
