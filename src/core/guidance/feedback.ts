// The timing of one feedback item (coaching-model.md, section 4): how long it waited to be given, and
// for corrective feedback how long since anyone followed it up. The lens above the item and the hover
// on its dates are written from these facts.
import type { CheckSettings } from '../checks/settings';
import { days, daysAgo } from '../checks/wording';
import { daysBetween } from '../dates';
import type { FeedbackEntry, PersonNotes } from '../people/personNotes';
import { latestFollowUp, type FollowUpSeen } from '../people/followUp';
import type { FeedbackKind } from '../schema';
import { ruleLink, type DocTarget } from './ruleLinks';

export interface FeedbackTiming {
  readonly kind: FeedbackKind;
  readonly observed: string;
  /** When it was given; undefined for `given: not-yet`. */
  readonly given?: string;
  /** Days from observed to given. */
  readonly delay?: number;
  /** Not given yet: days it has waited since it was observed. */
  readonly waiting?: number;
  /** Corrective and given: the latest follow-up. */
  readonly followUp?: FollowUpSeen;
  /** Corrective, given, not resolved: days since the latest follow-up, or since it was given. */
  readonly unresolvedFor?: number;
}

/** The feedback entry written at `path` of `file`. */
export function feedbackAt(notes: PersonNotes, file: string, path: string): FeedbackEntry | undefined {
  return notes.feedback.find((e) => e.file === file && e.path === path);
}

export function feedbackTiming(entry: FeedbackEntry, notes: PersonNotes, today: string): FeedbackTiming {
  const { kind, observed } = entry.item;
  const given = entry.given;
  if (given === undefined) return { kind, observed, waiting: Math.max(0, daysBetween(observed, today)) };
  const timing = { kind, observed, given, delay: daysBetween(observed, given) };
  if (kind !== 'corrective') return timing;
  const followUp = latestFollowUp(entry, notes);
  if (followUp?.state === 'resolved') return { ...timing, followUp };
  return { ...timing, followUp, unresolvedFor: Math.max(0, daysBetween(followUp?.date ?? given, today)) };
}

function afterObserved(n: number): string {
  return n === 0 ? 'the day it was observed' : `${days(n)} after observed`;
}

/** `corrective · 16 days without follow-up`, `positive · given 9 days after observed`. */
export function feedbackLensTitle(t: FeedbackTiming): string {
  if (t.waiting !== undefined) return `${t.kind} · not given yet, observed ${daysAgo(t.waiting)}`;
  if (t.unresolvedFor !== undefined) {
    return t.followUp
      ? `${t.kind} · ${t.followUp.state}, last followed up ${daysAgo(t.unresolvedFor)}`
      : `${t.kind} · ${days(t.unresolvedFor)} without follow-up`;
  }
  const given = `${t.kind} · given ${afterObserved(t.delay ?? 0)}`;
  return t.followUp ? `${given} · resolved ${t.followUp.date}` : given;
}

function delayLine(delay: number, settings: CheckSettings, docs: DocTarget): string {
  const when = `Given ${afterObserved(delay)}`;
  if (delay <= settings.feedbackDelayHintDays) return `${when}: prompt, while both of you still remembered the details.`;
  if (delay <= settings.feedbackDelayWarningDays) return `${when}: a little late; within a day or two it lands best. ${ruleLink(docs, 'feedback/delay')}`;
  return `${when}: late. After a week it is hard to link to what happened, and a habit may have set in. Next time say it on the spot or in a message. ${ruleLink(docs, 'feedback/delay')}`;
}

function followUpLine(t: FeedbackTiming, settings: CheckSettings, docs: DocTarget): string | undefined {
  if (t.followUp?.state === 'resolved') return `Resolved ${t.followUp.date}${t.followUp.conversation ? ', in a conversation on its topic' : ''}.`;
  if (t.unresolvedFor === undefined) return undefined;
  const last = t.followUp
    ? `Last followed up ${t.followUp.date} (${t.followUp.state}${t.followUp.conversation ? ', on its topic' : ''}), ${daysAgo(t.unresolvedFor)}`
    : `Not followed up since it was given, ${daysAgo(t.unresolvedFor)}`;
  const limit = settings.staleFeedbackDays;
  if (t.unresolvedFor <= limit) return `${last}; it goes stale in ${days(limit - t.unresolvedFor + 1)}. Decide when you will look again.`;
  return `${last}: stale. Check in: has the behaviour changed? Say what you noticed, then record \`followUp: { state, date }\`. ${ruleLink(docs, 'feedback/stale')}`;
}

/** The hover on a feedback item's dates (Markdown): the delay, the wait or the follow-up, and what to do. */
export function feedbackHover(t: FeedbackTiming, settings: CheckSettings, docs: DocTarget): string {
  const kind = t.kind === 'positive' ? 'Positive' : 'Corrective';
  const paragraphs = [`**${kind} feedback** · observed ${t.observed} · ${t.given ? `given ${t.given}` : 'not given yet'}`];
  if (t.waiting !== undefined) {
    paragraphs.push(`Waiting since ${daysAgo(t.waiting)}, and worth less every day it waits. Give it today, in person or in a short message, then write the date in \`given\`. ${ruleLink(docs, 'feedback/not-given')}`);
  } else {
    paragraphs.push(delayLine(t.delay ?? 0, settings, docs));
  }
  const followUp = followUpLine(t, settings, docs);
  if (followUp) paragraphs.push(followUp);
  return paragraphs.join('\n\n');
}
