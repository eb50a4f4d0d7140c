// What good coaching contains (coaching-model.md, section 5): explanation, encouragement and
// empowerment turn a correction into coaching.
//
// Decisions:
// - Every topic conversation is a corrective conversation, whatever its stance; each needs at least
//   one of the three. Corrective feedback items are not held to this: they are situation, behaviour,
//   impact, and the impact is their explanation.
// - The review of a plan (a `plan` entry with a `review` and none of the plan's own keys) is left
//   alone: it reports on the plan, the coaching was in the plan.
// - The quick fix adds whichever of the three keys are not written, empty, for the manager to fill in;
//   the warning stays until at least one has a text.
import { fieldRange } from '../people/located';
import type { PersonNotes, TopicConversationEntry } from '../people/personNotes';
import { hasKey, insertKeys } from './entryEdits';
import { isReviewOnly } from './escalation/episodes';
import { finding, present, type Rule } from './rule';

export const THREE_ES = ['explanation', 'encouragement', 'empowerment'] as const;

/** Every topic conversation that is a stage of its own (not the review of a plan), in 1:1 order. */
export function coachingConversations(notes: PersonNotes): TopicConversationEntry[] {
  return notes.topicThreads
    .flatMap((t) => t.conversations)
    .filter((c) => !isReviewOnly(c))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.range.start.line - b.range.start.line);
}

export const missingThreeEs: Rule = {
  id: 'coaching/missing-three-es',
  defaultSeverity: 'warning',
  title: 'A correction without explanation, encouragement or empowerment',
  label: 'Lecture, not coaching',
  guidance:
    'Add at least one of the three, and bring it into the next conversation if it was missing from this one: '
    + 'why it matters (to the team, the users, the person), your confidence in them and what is going well, '
    + 'and what they own and decide next. The quick fix adds the three keys for you to fill in.',
  doc: {
    why:
      'A conversation about a shortfall that only states the problem is a lecture. It becomes coaching when the '
      + 'person hears why it matters (explanation), that you believe they can do it (encouragement), and what is '
      + 'theirs to decide (empowerment). The check asks for at least one of the three on every topic '
      + 'conversation, except the review of a plan.',
    example: [
      'topics:',
      '  - id: ticket-hygiene',
      '    stance: supportive',
      '    expectation: Move a ticket to "In review" when its pull request is up.',
      '    gap: knowledge',
      '    support: Walk through the board workflow together.',
    ].join('\n'),
    settings: [],
  },
  check(notes, ctx) {
    return present(coachingConversations(notes).map((c) => {
      if (THREE_ES.some((key) => c.conversation[key] !== undefined)) return undefined;
      return finding(missingThreeEs, ctx, {
        at: c,
        range: fieldRange(c, 'id'),
        message: `The conversation on ${c.topicId} has no explanation, encouragement or empowerment: without them, a correction reads as a lecture`,
        fixes: () => {
          const edit = insertKeys(c, THREE_ES.filter((key) => !hasKey(c, key)).map((key) => [key, ''] as const));
          return edit ? [{ title: 'Add explanation, encouragement and empowerment', edits: [edit] }] : [];
        },
      });
    }));
  },
};

export const coachingContentRules: readonly Rule[] = [missingThreeEs];
