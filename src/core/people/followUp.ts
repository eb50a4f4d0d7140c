// The latest follow-up of a feedback item, as every part of the product counts it: the item's own
// `followUp`, or a later conversation on the topic it names (taking it up as a topic is following it
// up), whichever is newer. A conversation on the day it was given is where it started, not a follow-up.
import type { FeedbackEntry, PersonNotes, TopicConversationEntry } from './personNotes';
import type { ProgressState } from '../schema';

export interface FollowUpSeen {
  readonly state: ProgressState;
  readonly date: string;
  /** The conversation on the item's topic it was seen in, rather than the item's own `followUp`. */
  readonly conversation?: TopicConversationEntry;
}

/** The newest follow-up after the item was given; undefined when none, or when it was not given yet. */
export function latestFollowUp(entry: FeedbackEntry, notes: PersonNotes): FollowUpSeen | undefined {
  const given = entry.given;
  if (given === undefined) return undefined;
  const own = entry.item.followUp;
  let latest: FollowUpSeen | undefined = own && { state: own.state, date: own.date };
  const topic = entry.item.topic;
  const conversations = topic === undefined ? [] : notes.topicThreads.find((t) => t.topicId === topic)?.conversations ?? [];
  for (const c of conversations) {
    if (c.date > given && (!latest || c.date > latest.date)) latest = { state: c.status, date: c.date, conversation: c };
  }
  return latest;
}
