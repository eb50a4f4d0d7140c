// escalation/skipped-stage: a conversation further along the three stages than its place in the
// episode allows: a plan at the 1st or 2nd conversation, or Socratic questions at the 1st.
import type { Fix } from '../../findings';
import { fieldRange } from '../../people/located';
import { finding, present, type Rule } from '../rule';
import { countedConversations, earlierConversations, ordinal, stageRank, stageSteps, topicName } from './episodes';
import { changeStanceFix, exceptionFix } from './fixes';

export const skippedStage: Rule = {
  id: 'escalation/skipped-stage',
  defaultSeverity: 'warning',
  title: 'A stage of the escalation was skipped',
  label: 'Stage skipped',
  guidance:
    'Go one stage at a time: the first conversation on a shortfall states the expectation and offers support, ' +
    'the second asks open questions and writes down their view, and only the third brings a written plan. ' +
    'Change the stance to the stage this conversation is at. If it really is a conduct or safety matter that cannot wait, ' +
    'keep the stance and add `exception: { kind: conduct, reason: ... }` (or `kind: safety`) with the reason in a sentence.',
  doc: {
    why:
      'People meet expectations they know about and can reach. Jumping to a formal plan before the expectation was ' +
      'stated and the person was heard treats a likely gap in knowledge or skill as a failure, and costs trust. ' +
      'Conduct and safety matters are the exception, and the notes should say why.',
    example: [
      'topics:',
      '  - id: on-call-response',
      '    stance: plan        # the first conversation on this topic',
      '    goals: [Every page acknowledged within 15 minutes]',
    ].join('\n'),
    settings: ['newEpisodeAfterDays'],
  },
  check(notes, ctx) {
    return present(
      stageSteps(notes, ctx.settings)
        .filter(({ step }) => !step.excepted && stageRank(step.entry.stance) > stageRank(step.expected))
        .map(({ thread, step }) => {
          const { entry, n, expected } = step;
          const what = entry.stance === 'plan' ? 'A formal plan' : 'A Socratic conversation';
          return finding(skippedStage, ctx, {
            at: entry,
            range: fieldRange(entry, 'stance'),
            message: `${what} at the ${ordinal(n)} conversation on ${topicName(thread)}: the model expects a ${expected} one here, unless it is a conduct or safety exception. ${countedConversations(step, ctx.settings)}`,
            related: earlierConversations(thread, step),
            fixes: () => [changeStanceFix(entry, expected), exceptionFix(entry)].filter((f): f is Fix => f !== undefined),
          });
        }),
    );
  },
};
