// One open topic in a briefing: where it stands in the three-stage model (the People view's reading,
// sidebarModel.ts), what was agreed last time (guidance/lastAgreed.ts), what the next conversation
// should bring with questions from the question bank that fit its stance, and the plan when there is one.
import type { CheckContext } from '../../checks/rule';
import { agreedIn, type LastAgreed } from '../../guidance/lastAgreed';
import type { PersonNotes, TopicConversationEntry } from '../../people/personNotes';
import type { Stance } from '../../schema';
import { openTopics, type OpenTopic } from '../../workspace/sidebarModel';
import { QUESTION_BANK, type QuestionPurpose } from '../../templates/questionBank.data';

/** What each stance asks, as purposes of the question bank: first clarify and open options, then probe, then commit. */
export const QUESTIONS_FOR: Readonly<Record<Stance, readonly QuestionPurpose[]>> = {
  supportive: ['clarify', 'options'],
  socratic: ['barriers', 'rootCause'],
  plan: ['commitment'],
};

/** How many questions of each purpose a briefing offers. */
export const QUESTIONS_PER_PURPOSE = 2;

export interface TopicBrief {
  readonly open: OpenTopic;
  /** The latest shared purpose written on the topic, for a professional. */
  readonly sharedPurpose?: { readonly text: string; readonly entry: TopicConversationEntry };
  readonly agreed: Omit<LastAgreed, 'thread' | 'entry'>;
  readonly questions: readonly { readonly purpose: QuestionPurpose; readonly questions: readonly string[] }[];
}

export function topicBriefs(notes: PersonNotes, ctx: CheckContext): TopicBrief[] {
  return openTopics(notes, ctx).map((open) => {
    const { conversations } = open.thread;
    const withPurpose = conversations.findLast((c) => c.conversation.sharedPurpose?.trim());
    return {
      open,
      ...(withPurpose ? { sharedPurpose: { text: (withPurpose.conversation.sharedPurpose as string).trim(), entry: withPurpose } } : {}),
      agreed: agreedIn(notes, conversations),
      questions: QUESTIONS_FOR[open.expected].map((purpose) => ({ purpose, questions: QUESTION_BANK[purpose].slice(0, QUESTIONS_PER_PURPOSE) })),
    };
  });
}
