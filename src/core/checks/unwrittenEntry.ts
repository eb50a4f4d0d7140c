// notes/unwritten-entry: a topic conversation, feedback item or action item that still holds nothing
// real once its day has passed (coaching-model.md, section 7: the notes are the memory of what was said).
//
// Decisions:
// - What "nothing real" means is decided once, in personNotes.ts (isWritten): an id, a stance, a title,
//   `status: open`, comments and placeholders (`<a hint>`) are not enough. Such an entry never counts as a
//   conversation; this rule only reminds the manager that it is there.
// - Only once the day has passed: before and on the day of the 1:1, an unwritten entry is preparation.
//   The day is the 1:1's date; for an item in feedback.yaml, the day it was observed.
// - One finding per entry, info only: it is a reminder, not a coaching problem. The quick fix removes the
//   entry, its lines alone.
import type { TextEdit } from '../findings';
import { fieldRange } from '../people/located';
import type { ActionEntry, FeedbackEntry, TopicConversationEntry } from '../people/personNotes';
import { removeEntry } from './entryEdits';
import { finding, present, type Rule } from './rule';

function removeFix(edit: TextEdit | undefined) {
  return edit ? [{ title: 'Remove this unwritten entry', edits: [edit] }] : [];
}

export const unwrittenEntry: Rule = {
  id: 'notes/unwritten-entry',
  defaultSeverity: 'info',
  title: 'An entry left unwritten after its day',
  guidance:
    'Write down what was said, while you still remember it. If it did not come up, remove the entry: the quick '
    + 'fix does that. An entry with nothing written in it never counts as a conversation.',
  doc: {
    why:
      'Templates and New 1:1 prepare entries for the conversation to come: a topic with its id and the stance the '
      + 'model expects, keys with placeholders such as <what good looks like>. Until something real is written in '
      + 'one, it is a plan, not a conversation, and no check counts it. Once the day of the 1:1 has passed, an '
      + 'entry still left that way is either a conversation not written down or one that did not happen.',
    example: [
      '# 2026-11-20.yaml, checked on 27 November',
      'topics:',
      '  - id: release-notes',
      '    stance: socratic',
      '    questions:',
      '      - <the open questions you asked>',
      '    theirView: |',
      '      <their view, in their own words>',
      '    status: open',
    ].join('\n'),
    settings: [],
  },
  check(notes, ctx) {
    const past = (date: string) => date < ctx.today;
    const topicName = (c: TopicConversationEntry) => c.conversation.title ?? notes.topicThreads.find((t) => t.topicId === c.topicId)?.title ?? c.topicId;
    const topic = (c: TopicConversationEntry) => past(c.date) && finding(unwrittenEntry, ctx, {
      at: c,
      range: fieldRange(c, 'id'),
      message: `Nothing is written yet in the conversation on ${topicName(c)} of ${c.date}: write what was said, or remove the entry`,
      fixes: () => removeFix(removeEntry(c)),
    });
    const feedback = (f: FeedbackEntry) => past(f.oneOnOne?.date ?? f.item.observed) && finding(unwrittenEntry, ctx, {
      at: f,
      range: fieldRange(f, 'behaviour'),
      message: `This ${f.item.kind} feedback has no behaviour written yet: write what they did, or remove the item`,
      fixes: () => removeFix(removeEntry(f)),
    });
    const action = (a: ActionEntry) => past(a.date) && finding(unwrittenEntry, ctx, {
      at: a,
      range: fieldRange(a, 'text'),
      message: `This action item of ${a.date} has no text yet: write what will be done, or remove it`,
      fixes: () => removeFix(removeEntry(a)),
    });
    const { conversations, feedback: items, actions } = notes.unwritten;
    return present([...conversations.map(topic), ...items.map(feedback), ...actions.map(action)].map((f) => f || undefined));
  },
};

export const unwrittenEntryRules: readonly Rule[] = [unwrittenEntry];
