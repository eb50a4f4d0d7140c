// Where the review of a plan is written when the manager asks to add it (the fix of
// escalation/missed-review), and the lines that start it. Pure: the person's notes say which file,
// the file's text (an editor's, unsaved changes included) says which lines.
//
// Decisions:
// - The review belongs to the 1:1 where it is held. When the person has a 1:1 dated today (the last
//   one of the day) other than the plan's own, the review goes there: into that 1:1's entry on the
//   topic when there is one (New 1:1 carries open topics over), else as a new `plan` entry on the topic
//   at the end of its `topics` list.
// - Otherwise it goes on the plan entry itself, with today's date: `review: { outcome, date }`.
// - The outcome is the placeholder REVIEW_PLACEHOLDER, for the manager to replace; until then the plan
//   still counts as not reviewed. An entry that already has a `review` key gets nothing added.
import { REVIEW_PLACEHOLDER } from '../checks/escalation/episodes';
import type { PersonNotes } from '../people/personNotes';
import { entryIntoList, keysIntoEntry, topicEntries, type LineInsertion, type NotesText } from './placement';

export type ReviewTarget =
  /** In the 1:1 of today: `file` is that 1:1. */
  | { readonly kind: 'today'; readonly file: string; readonly topicId: string }
  /** On the plan entry at `path` of `file`, dated today. */
  | { readonly kind: 'on-plan'; readonly file: string; readonly path: string; readonly topicId: string };

/** Where the review of the plan entry at `path` of `file` goes; undefined when there is no such plan. */
export function reviewTarget(notes: PersonNotes | undefined, file: string, path: string, today: string): ReviewTarget | undefined {
  const plan = notes?.topicThreads.flatMap((t) => t.conversations).find((c) => c.file === file && c.path === path);
  if (!notes || !plan || plan.stance !== 'plan') return undefined;
  const todays = notes.oneOnOnes.filter((o) => o.date === today).pop();
  if (todays && todays.file !== file) return { kind: 'today', file: todays.file, topicId: plan.topicId };
  return { kind: 'on-plan', file, path, topicId: plan.topicId };
}

/**
 * The lines that start the review in the target's file (`text`, read as a 1:1); undefined when there
 * is nothing to add (a `review` is already written there) or no safe place (a flow-style entry or list).
 */
export function reviewInsertion(target: ReviewTarget, text: NotesText, today: string): LineInsertion | undefined {
  const entries = topicEntries(text);
  if (target.kind === 'on-plan') {
    const index = Number(/^topics\.(\d+)$/.exec(target.path)?.[1] ?? Number.NaN);
    const entry = entries.find((e) => e.index === index && e.id === target.topicId);
    if (!entry || entry.keys.has('review')) return undefined;
    return keysIntoEntry(text, entry, ['review:', `  outcome: ${REVIEW_PLACEHOLDER}`, `  date: ${today}`]);
  }
  const entry = entries.find((e) => e.id === target.topicId);
  if (entry) return entry.keys.has('review') ? undefined : keysIntoEntry(text, entry, ['review:', `  outcome: ${REVIEW_PLACEHOLDER}`]);
  // Written another way (a flow map): a second entry on the topic would be an error.
  const data = text.loaded.kind === 'oneOnOne' ? text.loaded.data : undefined;
  if (data?.topics.some((t) => t.id === target.topicId)) return undefined;
  return entryIntoList(text, 'topics', [`- id: ${target.topicId}`, '  stance: plan', '  review:', `    outcome: ${REVIEW_PLACEHOLDER}`]);
}
