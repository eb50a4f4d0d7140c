// The stance the coaching model expects for a topic conversation written in a given 1:1, from the
// conversations on that topic in earlier 1:1s. Used where the editor offers templates; the counting
// itself is the escalation checks' (episodes.ts), so both always agree.
import { daysBetween } from '../dates';
import { episodesOf, expectedAfter } from '../checks/escalation/episodes';
import type { CheckSettings } from '../checks/settings';
import { compareOneOnOnes } from '../reading/layout';
import type { OneOnOneRef, PersonNotes } from '../people/personNotes';
import type { Stance } from '../schema';

export function expectedStanceIn(notes: PersonNotes | undefined, topicId: string, at: OneOnOneRef, settings: Pick<CheckSettings, 'newEpisodeAfterDays'>): Stance {
  const thread = notes?.topicThreads.find((t) => t.topicId === topicId);
  const before = thread?.conversations.filter((c) => compareOneOnOnes(c, at) < 0) ?? [];
  if (!thread || before.length === 0) return 'supportive';
  const episodes = episodesOf({ ...thread, conversations: before }, settings);
  const current = episodes[episodes.length - 1] ?? [];
  const last = current[current.length - 1];
  // Resolved long enough ago, it comes back as a new episode (the rule episodesOf applies between conversations).
  if (last?.status === 'resolved' && daysBetween(last.date, at.date) > settings.newEpisodeAfterDays) return 'supportive';
  return expectedAfter(current);
}
