// topics/id-typo: a topic id written once that is most likely a slip for the id of a topic that is
// still open ("relase-notes" for "release-notes"). Such a slip splits one thread in two: the
// conversation counts as the first on a new topic, and the real topic misses it.
//
// Decisions:
// - Suspected: a topic with exactly one conversation, whose id is one edit (a letter added, dropped,
//   changed, or two swapped) from the id of another topic of the same person, not counting hyphens
//   ("oncall-load" and "on-call-load" are the same id written two ways).
// - That other topic is open: it was talked about in an earlier 1:1, and its latest conversation
//   before this one is not `resolved`. It is not talked about in the same 1:1 (two entries in one
//   1:1 are two topics).
// - Ids that differ in a number ("api-v1", "api-v2"), and ids shorter than six characters, are
//   different topics: too short or too deliberate to be a slip.
// - While an id is in doubt, the escalation checks say nothing about its conversation, and count it
//   with the open topic it most likely belongs to (escalation/settledIds.ts). Once the id is used
//   again, or renamed, it is settled.
import { editDistance } from '../didYouMean';
import type { Fix } from '../findings';
import { compareOneOnOnes } from '../reading/layout';
import { fieldRange } from '../people/located';
import type { PersonNotes, TopicConversationEntry } from '../people/personNotes';
import type { TopicThread } from '../people/topicThreads';
import { childPath } from '../reading/yamlSpans';
import { finding, present, type Rule } from './rule';

/** Ids shorter than this are never taken for slips. */
const MIN_ID_LENGTH = 6;

/** One conversation whose topic id looks like a slip for an open topic's. */
export interface SuspectedTypo {
  /** The only conversation under the suspected id. */
  readonly entry: TopicConversationEntry;
  /** The open topic it most likely belongs to. */
  readonly meant: TopicThread;
}

const numbersOf = (id: string): string => (id.match(/\d+/g) ?? []).join(' ');
const withoutHyphens = (id: string): string => id.replace(/-/g, '');

/** How far apart two ids are as a likely slip (0: they differ in hyphens only); undefined when they are different topics. */
export function slipDistance(written: string, meant: string): number | undefined {
  if (written === meant || written.length < MIN_ID_LENGTH || meant.length < MIN_ID_LENGTH) return undefined;
  if (numbersOf(written) !== numbersOf(meant)) return undefined;
  const d = editDistance(withoutHyphens(written), withoutHyphens(meant));
  return d <= 1 ? d : undefined;
}

/** The latest conversation of `thread` in a 1:1 before `entry`'s, when it is still open then. */
function openBefore(thread: TopicThread, entry: TopicConversationEntry): TopicConversationEntry | undefined {
  if (thread.conversations.some((c) => c.file === entry.file)) return undefined;
  const last = thread.conversations.findLast((c) => compareOneOnOnes(c, entry) < 0);
  return last?.status === 'resolved' ? undefined : last;
}

const cache = new WeakMap<PersonNotes, readonly SuspectedTypo[]>();

/** The conversations of one person whose topic id is in doubt, in 1:1 order. */
export function suspectedTypos(notes: PersonNotes): readonly SuspectedTypo[] {
  const known = cache.get(notes);
  if (known) return known;
  const found: SuspectedTypo[] = [];
  const singles = notes.topicThreads.filter((t) => t.conversations.length === 1).map((t) => t.conversations[0] as TopicConversationEntry);
  for (const entry of singles.sort(compareOneOnOnes)) {
    let best: { meant: TopicThread; distance: number; last: TopicConversationEntry } | undefined;
    for (const thread of notes.topicThreads) {
      // A suspected id is no topic to be meant.
      if (found.some((s) => s.entry.topicId === thread.topicId)) continue;
      const distance = slipDistance(entry.topicId, thread.topicId);
      const last = distance === undefined ? undefined : openBefore(thread, entry);
      if (distance === undefined || last === undefined) continue;
      if (!best || distance < best.distance || (distance === best.distance && compareOneOnOnes(last, best.last) > 0)) best = { meant: thread, distance, last };
    }
    if (best) found.push({ entry, meant: best.meant });
  }
  cache.set(notes, found);
  return found;
}

/** Renames the topic id of `entry` to `id`: only the id's letters change, its quotes and comment stay. */
export function renameTopicFix(entry: TopicConversationEntry, id: string): Fix {
  const range = fieldRange(entry, 'id');
  const span = entry.loaded.spans[childPath(entry.path, 'id')];
  // A quoted id ("relase-notes" or 'relase-notes') keeps its quotes.
  const quoted = span !== undefined && span[1] - span[0] === entry.topicId.length + 2 && range.start.line === range.end.line;
  const inner = quoted
    ? { start: { ...range.start, character: range.start.character + 1 }, end: { ...range.end, character: range.end.character - 1 } }
    : range;
  return { title: `Change the topic id to ${id}`, edits: [{ file: entry.file, range: inner, text: id }] };
}

export const topicIdTypo: Rule = {
  id: 'topics/id-typo',
  defaultSeverity: 'warning',
  title: 'A topic id that looks like a slip for an open topic',
  label: 'Topic id slip?',
  guidance:
    'If this conversation goes on with the open topic, change the id to that topic\'s (the quick fix does it), so ' +
    'the conversations are counted together. If it really is a new topic, keep the id: the warning goes once a ' +
    'second conversation uses it. Until then, the escalation checks leave this conversation alone.',
  doc: {
    why:
      'The three stages are counted by topic id. A slip in the id starts a second topic: the conversation counts as ' +
      'a first one, the real topic misses it, and the stage checks speak of the wrong conversation and offer the ' +
      'wrong fix. An id used only once, one letter or a hyphen away from a topic that is still open, is most likely ' +
      'such a slip. Ids that differ in a number ("api-v1", "api-v2") and ids shorter than six characters are taken ' +
      'as different topics. While the id is in doubt, the escalation checks say nothing about that conversation and ' +
      'count it with the open topic it most likely belongs to, as they will once it is renamed.',
    example: [
      '# an earlier 1:1 has a conversation on release-notes, still open',
      'topics:',
      '  - id: relase-notes',
      '    stance: socratic',
    ].join('\n'),
    settings: [],
  },
  check(notes, ctx) {
    return present(
      suspectedTypos(notes).map(({ entry, meant }) => {
        const last = meant.conversations.findLast((c) => compareOneOnOnes(c, entry) < 0) as TopicConversationEntry;
        return finding(topicIdTypo, ctx, {
          at: entry,
          range: fieldRange(entry, 'id'),
          summary: `Did you mean ${meant.topicId}?`,
          message:
            `Did you mean ${meant.topicId}? The topic ${entry.topicId} has only this conversation, and ${meant.topicId} is open ` +
            `(last talked about on ${last.date}). Its stage is checked once the id is settled.`,
          fixes: () => [renameTopicFix(entry, meant.topicId)],
        });
      }),
    );
  },
};

export const topicIdRules: readonly Rule[] = [topicIdTypo];
