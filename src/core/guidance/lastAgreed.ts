// What was agreed the last time a topic was talked about, for the hover on a topic entry's `id`: the
// latest expectation and support written on the topic before this conversation, and the commitments
// (action items) of the 1:1 that held the previous conversation.
import { ordinal, topicName } from '../checks/escalation/episodes';
import { compareOneOnOnes } from '../reading/layout';
import type { ActionEntry, PersonNotes, TopicConversationEntry } from '../people/personNotes';
import type { TopicThread } from '../people/topicThreads';

export interface LastAgreed {
  readonly thread: TopicThread;
  /** The conversation hovered. */
  readonly entry: TopicConversationEntry;
  /** The conversation before it on the topic; undefined for the first one. */
  readonly previous?: TopicConversationEntry;
  /** The latest expectation written before, with the day it was written. */
  readonly expectation?: { readonly text: string; readonly date: string; readonly entry: TopicConversationEntry };
  /** The latest support written before, with the day it was written. */
  readonly support?: { readonly items: readonly string[]; readonly date: string; readonly entry: TopicConversationEntry };
  /** The action items of the previous conversation's 1:1. */
  readonly commitments: readonly ActionEntry[];
}

/**
 * What was agreed before the topic conversation at `entryPath` (`topics.N`) of `file`; undefined when
 * none is there. The entry may be one prepared and not written yet: that is when this helps most.
 */
export function lastAgreed(notes: PersonNotes, file: string, entryPath: string): LastAgreed | undefined {
  const isIt = (c: TopicConversationEntry) => c.file === file && c.path === entryPath;
  const entry = notes.topicThreads.flatMap((t) => t.conversations).find(isIt) ?? notes.unwritten.conversations.find(isIt);
  if (!entry) return undefined;
  const found = notes.topicThreads.find((t) => t.topicId === entry.topicId);
  const thread: TopicThread = found ?? { personId: entry.personId, topicId: entry.topicId, conversations: [entry] };
  // One conversation per topic in a 1:1, so the earlier ones are those of earlier 1:1s.
  const earlier = thread.conversations.filter((c) => compareOneOnOnes(c, entry) < 0);
  return { thread, entry, ...agreedIn(notes, earlier) };
}

/** What `earlier` conversations on one topic (in 1:1 order) agreed, as of the last of them. */
export function agreedIn(notes: PersonNotes, earlier: readonly TopicConversationEntry[]): Omit<LastAgreed, 'thread' | 'entry'> {
  const previous = earlier[earlier.length - 1];
  if (!previous) return { commitments: [] };
  const withExpectation = earlier.findLast((c) => c.conversation.expectation?.trim());
  const withSupport = earlier.findLast((c) => (c.conversation.support?.length ?? 0) > 0);
  return {
    previous,
    ...(withExpectation ? { expectation: { text: (withExpectation.conversation.expectation as string).trim(), date: withExpectation.date, entry: withExpectation } } : {}),
    ...(withSupport ? { support: { items: withSupport.conversation.support as string[], date: withSupport.date, entry: withSupport } } : {}),
    commitments: notes.actions.filter((a) => a.file === previous.file),
  };
}

/** A user's text as Markdown that shows it as written. */
function plain(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[\\`*_{}[\]<>#|~]/g, '\\$&');
}

/** Where an action item stands: `done 2026-03-05`, `open, was due 2026-03-06`, `due 2026-03-13`, `open`. */
export function actionState(a: ActionEntry, today: string): string {
  const { done, due } = a.item;
  return done === true ? 'done'
    : typeof done === 'string' ? `done ${done}`
      : due === undefined ? 'open'
        : due < today ? `open, was due ${due}` : `due ${due}`;
}

function commitmentLine(a: ActionEntry, personName: string, today: string): string {
  const owner = a.item.owner === 'me' ? 'You' : (personName.split(/\s+/)[0] ?? personName);
  return `- ${plain(owner)}: ${plain(a.item.text)} (${actionState(a, today)})`;
}

/** The hover on a topic entry's id (Markdown). */
export function lastAgreedHover(agreed: LastAgreed, personName: string, today: string): string {
  const name = plain(topicName(agreed.thread));
  const { previous } = agreed;
  if (!previous) return `**First conversation on ${name}**: nothing was agreed on it before. Say what good looks like, and the support you offer.`;
  const n = agreed.thread.conversations.indexOf(previous) + 1;
  const since = (date: string) => (date === previous.date ? '' : ` (written ${date})`);
  const paragraphs = [`**Agreed last time on ${name}**: the ${ordinal(n)} conversation, ${previous.date}, ${previous.stance}.`];
  paragraphs.push(agreed.expectation
    ? `Expectation${since(agreed.expectation.date)}: ${plain(agreed.expectation.text)}`
    : 'Expectation: none written yet.');
  paragraphs.push(agreed.support
    ? `Support${since(agreed.support.date)}: ${agreed.support.items.map(plain).join('; ')}`
    : 'Support: none written yet.');
  paragraphs.push(agreed.commitments.length
    ? `Commitments in that 1:1:\n${agreed.commitments.map((a) => commitmentLine(a, personName, today)).join('\n')}`
    : 'Commitments: no action items in that 1:1.');
  return paragraphs.join('\n\n');
}
