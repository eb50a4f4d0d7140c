// The text of a new 1:1 file for one person, from what their notes leave open: topics at the stance
// the coaching model expects next (with that stance's keys), feedback awaiting a follow-up or still
// to give, and action items not done. Pure: the same notes, date and settings give the same text.
//
// Feedback and actions are carried over as agenda lines that say where they were written, not
// copied: a follow-up is recorded on the original feedback item, and an action is closed where it was
// made, so nothing is counted twice. What is left to write holds a placeholder (`<a hint>`), which
// reads as "not written": the new file counts as a planned 1:1, and its topic entries as planned
// conversations, until the manager writes over them (personNotes.ts).
import { expectedStance, ordinal, topicName } from '../checks/escalation/episodes';
import { settledNotes } from '../checks/escalation/settledIds';
import type { CheckContext } from '../checks/rule';
import type { ActionEntry, FeedbackEntry, PersonNotes } from '../people/personNotes';
import { placeholder, type Stance } from '../schema';
import type { TopicThread } from '../people/topicThreads';
import { COACHING_KEYS, ONE_ON_ONE_HINTS, PLAIN, type TemplateKey } from './fields';
import { keyLines, topicEntryLines } from './topicEntry';
import { indentLines, yamlScalar } from './yamlText';

export interface OpenTopic {
  readonly thread: TopicThread;
  /** Conversations so far in the current episode; the new one is the (n+1)-th. */
  readonly n: number;
  readonly expected: Stance;
}

/** What a new 1:1 carries over from a person's notes. */
export interface CarryOver {
  readonly topics: readonly OpenTopic[];
  /** Corrective feedback given and not followed up as resolved. */
  readonly followUps: readonly FeedbackEntry[];
  /** Feedback observed and not given yet (`given: not-yet`). */
  readonly toGive: readonly FeedbackEntry[];
  /** Action items not done. */
  readonly actions: readonly ActionEntry[];
}

export function carryOver(notes: PersonNotes, ctx: CheckContext): CarryOver {
  const topics: OpenTopic[] = [];
  // A topic id that looks like a slip is carried over as the topic it most likely belongs to.
  for (const thread of settledNotes(notes).topicThreads) {
    const next = expectedStance(thread, ctx);
    if (next) topics.push({ thread, ...next });
  }
  return {
    topics,
    followUps: notes.feedback.filter((f) => f.item.kind === 'corrective' && f.given !== undefined && f.item.followUp?.state !== 'resolved'),
    toGive: notes.feedback.filter((f) => f.given === undefined),
    actions: notes.actions.filter((a) => a.item.done === false),
  };
}

/** The file name part after the person's folder: `2026-03-04.yaml`. */
function fileName(entry: { file: string }): string {
  return entry.file.slice(entry.file.lastIndexOf('/') + 1);
}

function agendaLines(c: CarryOver): string[] {
  const items = [
    ...c.toGive.map((f) => `Give ${f.item.kind} feedback observed ${f.item.observed} (${fileName(f)}): ${f.item.behaviour}`),
    ...c.followUps.map((f) => `Follow up on feedback given ${f.given} (${fileName(f)}): ${f.item.behaviour}`),
    ...c.actions.map((a) => `Open action for ${a.item.owner === 'me' ? 'me' : 'them'}${a.item.due ? `, due ${a.item.due}` : ''} (${fileName(a)}): ${a.item.text}`),
  ];
  const lines = ['agenda:', `  - ${placeholder(ONE_ON_ONE_HINTS.agenda)}`];
  if (items.length === 0) return lines;
  return [
    ...lines,
    '  # Carried over. Close each where it was written: followUp: { state, date } on the feedback,',
    '  # given: the date, for feedback you give today; done: the date, on an action.',
    ...items.map((text) => `  - ${yamlScalar(text)}`),
  ];
}

const STANCE_NOTES: Record<Stance, string> = {
  supportive: 'assume they want to do well; state what good looks like and offer support',
  socratic: 'ask open questions, find the barriers, write down their view',
  plan: 'a written plan: goals, measures, support, timeline, review date',
};

function topicLines(t: OpenTopic, professional: boolean): string[] {
  const planSoFar = t.thread.conversations.slice(-t.n).some((c) => c.stance === 'plan');
  const comment = `${ordinal(t.n + 1)} conversation on this topic: ${planSoFar ? 'the plan continues; note its review when you hold it' : STANCE_NOTES[t.expected]}`;
  const title = t.thread.title === undefined ? '' : `   # ${topicName(t.thread)}`;
  if (!planSoFar) {
    const lines = topicEntryLines({ stance: t.expected, professional, style: PLAIN, idText: t.thread.topicId, stanceComment: comment });
    lines[0] += title;
    return lines;
  }
  const keys: TemplateKey[] = [...(professional ? ['sharedPurpose' as const] : []), 'review', ...COACHING_KEYS, 'status'];
  return [`- id: ${t.thread.topicId}${title}`, ...indentLines([`stance: plan   # ${comment}`, ...keyLines(keys, PLAIN)], 2)];
}

/** The text of a new 1:1 on `date` with the person whose notes these are. */
export function newOneOnOneText(notes: PersonNotes, date: string, ctx: CheckContext): string {
  const c = carryOver(notes, ctx);
  const professional = notes.person.data?.professional === true;
  const lines = [
    `# 1:1 with ${notes.person.name}. Write over each <hint>, or delete it; one left as it is counts as not written.`,
    `date: ${date}`,
    ...agendaLines(c),
    'notes: |',
    `  ${placeholder(ONE_ON_ONE_HINTS.notes)}`,
    'private: |',
    `  ${placeholder(ONE_ON_ONE_HINTS.private)}`,
    'feedback:   # feedback you give today: kind, observed, situation, behaviour, impact',
  ];
  if (c.topics.length === 0) {
    lines.push('topics:   # a conversation about a shortfall: id, stance, and the stance\'s keys');
  } else {
    lines.push('topics:', '  # Open topics, at the stance the coaching model expects next.');
    for (const t of c.topics) lines.push(...indentLines(topicLines(t, professional), 2));
  }
  lines.push('actions:   # who does what by when: text, owner (me or them), due');
  return `${lines.join('\n')}\n`;
}
