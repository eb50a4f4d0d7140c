// Topic threads: every conversation on one topic id with one person, across their 1:1s, in order.
// The escalation checks read these to count conversations while a topic is open; splitting a thread
// into episodes (a topic that comes back long after it was resolved) is theirs to do, by setting.
import type { TopicConversationEntry } from './personNotes';

export interface TopicThread {
  readonly personId: string;
  readonly topicId: string;
  /** The first `title` written on the thread, if any. */
  readonly title?: string;
  /** Every conversation on the topic, in 1:1 order (date, then same-day suffix). Never empty. */
  readonly conversations: readonly TopicConversationEntry[];
}

/**
 * Groups conversations (given in 1:1 order) by topic id. Threads are ordered by their first
 * conversation, then by topic id for threads that start in the same 1:1.
 */
export function threadTopics(personId: string, conversations: readonly TopicConversationEntry[]): TopicThread[] {
  const byTopic = new Map<string, TopicConversationEntry[]>();
  /** Rank of each thread's first 1:1 in the given order. */
  const firstRank = new Map<string, number>();
  let rank = -1;
  let lastFile: string | undefined;
  for (const c of conversations) {
    if (c.file !== lastFile) { rank += 1; lastFile = c.file; }
    const list = byTopic.get(c.topicId);
    if (list) list.push(c);
    else { byTopic.set(c.topicId, [c]); firstRank.set(c.topicId, rank); }
  }
  const threads: TopicThread[] = [];
  for (const [topicId, list] of byTopic) {
    const title = list.find((c) => c.conversation.title !== undefined)?.conversation.title;
    threads.push({ personId, topicId, title, conversations: list });
  }
  const rankOf = (t: TopicThread): number => firstRank.get(t.topicId) as number;
  return threads.sort((a, b) => rankOf(a) - rankOf(b) || (a.topicId < b.topicId ? -1 : a.topicId > b.topicId ? 1 : 0));
}
