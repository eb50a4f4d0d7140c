// Senior professionals are coached by persuasion (coaching-model.md, section 6): the notes should show
// the shared purpose named before the hard part of the conversation.
//
// Decisions:
// - Only for people with `professional: true` in person.yaml.
// - Every topic conversation needs its own `sharedPurpose`, not only the first of an episode: the
//   purpose is restated up front each time, even as "the same as last time". The review of a plan
//   (a `plan` entry with only its `review`) is left alone.
// - The quick fix adds an empty `sharedPurpose:` right after the entry's id, title and stance, where
//   it is read first.
import { fieldRange } from '../people/located';
import type { TopicConversationEntry } from '../people/personNotes';
import { coachingConversations } from './coachingContent';
import { hasKey, insertKeys } from './entryEdits';
import { finding, present, type Rule } from './rule';

/** The last line of the keys that open a topic entry (id, title, stance), as written. */
function openingEndLine(c: TopicConversationEntry): number {
  return Math.max(...['id', 'title', 'stance'].filter((key) => hasKey(c, key)).map((key) => fieldRange(c, key).end.line));
}

export const noSharedPurpose: Rule = {
  id: 'professional/no-shared-purpose',
  defaultSeverity: 'warning',
  title: 'No shared purpose with a professional',
  label: 'No shared purpose',
  guidance:
    'Before the difficult part, name what you both want: the outcome for the team, the users or the craft '
    + 'that this conversation serves. Write it as `sharedPurpose`. With a senior professional, agreement on the '
    + 'purpose is what makes the rest a discussion between peers rather than an instruction.',
  doc: {
    why:
      'Senior professionals (staff engineers, tech leads, specialists) respond to persuasion and influence, not '
      + 'to authority. That works only on common ground: mutual respect and a purpose you both share, stated '
      + 'before the hard part. For a person marked `professional: true`, every topic conversation except the '
      + 'review of a plan should name that shared purpose.',
    example: [
      '# person.yaml has professional: true',
      'topics:',
      '  - id: decision-records',
      '    stance: supportive',
      '    expectation: A half-page decision record for each migration decision other teams depend on.',
    ].join('\n'),
    settings: [],
  },
  check(notes, ctx) {
    if (notes.person.data?.professional !== true) return [];
    return present(coachingConversations(notes).map((c) => {
      if (c.conversation.sharedPurpose !== undefined) return undefined;
      return finding(noSharedPurpose, ctx, {
        at: c,
        range: fieldRange(c, 'id'),
        message: `${notes.person.name} is a professional, and the conversation on ${c.topicId} does not name a shared purpose first`,
        fixes: () => {
          const edit = hasKey(c, 'sharedPurpose') ? undefined : insertKeys(c, [['sharedPurpose', '']], openingEndLine(c));
          return edit ? [{ title: 'Add sharedPurpose', edits: [edit] }] : [];
        },
      });
    }));
  },
};

export const professionalRules: readonly Rule[] = [noSharedPurpose];
