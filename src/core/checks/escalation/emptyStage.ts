// escalation/empty-stage: a conversation whose stance is named but whose substance is not written:
// supportive without expectation or support, Socratic without questions (or with no open one among
// them) or their view, a plan without goals, measures, support or a review date.
import { fieldRange } from '../../people/located';
import type { Stance, TopicConversation } from '../../schema';
import { finding, present, type Rule } from '../rule';
import { hasOpenQuestion } from '../socraticLanguage';
import { stageSteps, topicName } from './episodes';
import { missingKeysFix } from './fixes';

/** What each stage has to show, with the words the message uses for each key. */
export const STAGE_ESSENTIALS: Record<Stance, readonly { key: keyof TopicConversation; what: string }[]> = {
  supportive: [
    { key: 'expectation', what: 'what good looks like' },
    { key: 'support', what: 'the support you offer' },
  ],
  socratic: [
    { key: 'questions', what: 'the open questions you asked' },
    { key: 'theirView', what: 'their view, in their words' },
  ],
  plan: [
    { key: 'goals', what: 'specific goals' },
    { key: 'measures', what: 'how progress is measured' },
    { key: 'support', what: 'the support you give' },
    { key: 'reviewDate', what: 'when the plan is reviewed' },
  ],
};

const STAGE_NAMES: Record<Stance, string> = { supportive: 'A supportive conversation', socratic: 'A Socratic conversation', plan: 'A plan' };

/** True for a key not written: absent (empty keys and placeholders read as absent), or an empty list. */
export function isBlank(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0);
}

export const emptyStage: Rule = {
  id: 'escalation/empty-stage',
  defaultSeverity: 'warning',
  title: 'A stage without its substance',
  label: 'Stage left thin',
  guidance:
    'Write down what this stage is for. Supportive: what good looks like, in this situation, and the support you offer. ' +
    'Socratic: the open questions you asked and their own view, in their words. Plan: specific goals, how progress ' +
    'is measured, the support you give, and the date you will review it together.',
  doc: {
    why:
      'Each stage works only through what it contains: an expectation the person can meet, a view that was heard, ' +
      'a plan that can be measured and reviewed. A conversation that names its stance without that content leaves ' +
      'nothing to follow up on, and nothing for the next stage to build on.',
    example: [
      'topics:',
      '  - id: design-review-turnaround',
      '    stance: socratic',
      '    questions: [What gets in the way of a first response within three days?]',
      '    rootCause: There is no queue anyone can see.',
      '    # no theirView: her own words are missing',
    ].join('\n'),
    settings: [],
  },
  check(notes, ctx) {
    return present(
      stageSteps(notes, ctx.settings).map(({ thread, step: { entry } }) => {
        const missing = STAGE_ESSENTIALS[entry.stance].filter(({ key }) => isBlank(entry.conversation[key]));
        // Questions written, but none of them open: the stage is as empty as without them.
        const closedOnly = entry.stance === 'socratic' && !isBlank(entry.conversation.questions) && !hasOpenQuestion(entry.conversation.questions);
        if (missing.length === 0 && !closedOnly) return undefined;
        const names = [
          ...(closedOnly ? ['an open question (each one written is yes/no or leading)'] : []),
          ...missing.map(({ key, what }) => `${key} (${what})`),
        ];
        const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
        return finding(emptyStage, ctx, {
          at: entry,
          range: fieldRange(entry, 'stance'),
          message: `${STAGE_NAMES[entry.stance]} on ${topicName(thread)} without ${list}`,
          fixes: () => {
            const fix = missing.length ? missingKeysFix(entry, missing.map(({ key }) => key)) : undefined;
            return fix ? [fix] : [];
          },
        });
      }),
    );
  },
};
