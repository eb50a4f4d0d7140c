// escalation/stuck-stage: a conversation that stays behind its place in the episode: the 2nd again
// only supportive, or the 3rd and later without a formal plan.
import { fieldRange } from '../../people/located';
import { finding, present, type Rule } from '../rule';
import { countedConversations, earlierConversations, ordinal, stageSteps, topicName, type EpisodeStep } from './episodes';
import { changeStanceFix } from './fixes';

/** The 2nd conversation still supportive (with no plan before it), or the 3rd and later not a plan. */
function isStuck({ n, entry, expected }: EpisodeStep): boolean {
  if (n === 2) return entry.stance === 'supportive' && expected === 'socratic';
  return n >= 3 && entry.stance !== 'plan';
}

export const stuckStage: Rule = {
  id: 'escalation/stuck-stage',
  defaultSeverity: 'warning',
  title: 'The escalation is stuck at one stage',
  label: 'Stage stuck',
  guidance:
    'When the same shortfall comes up again, move to the next stage. At the second conversation, ask open questions ' +
    'about what gets in the way and write down their view in their words (stance: socratic). From the third on, ' +
    'agree a written plan: goals, how progress is measured, the support you give, a timeline and a review date (stance: plan). ' +
    'If the topic was in fact resolved in between, mark it `status: resolved` where it was.',
  doc: {
    why:
      'Repeating the same supportive talk does not change the outcome: the second conversation is where the real ' +
      'barriers come out, and the third needs a plan both sides can measure. Staying put leaves the person without ' +
      'the clarity of a plan and the manager without a record of it.',
    example: [
      '# the 2nd conversation on code-review-responsiveness',
      'topics:',
      '  - id: code-review-responsiveness',
      '    stance: supportive',
      '    expectation: A first response on any review request within one working day.',
    ].join('\n'),
    settings: ['newEpisodeAfterDays'],
  },
  check(notes, ctx) {
    return present(
      stageSteps(notes, ctx.settings)
        .filter(({ step }) => isStuck(step))
        .map(({ thread, step }) => {
          const { entry, n, expected } = step;
          const why = n === 2 ? 'it should move on to open, Socratic questions' : 'from the 3rd conversation on, a written plan is due';
          return finding(stuckStage, ctx, {
            at: entry,
            range: fieldRange(entry, 'stance'),
            message: `The ${ordinal(n)} conversation on ${topicName(thread)} is ${entry.stance}: ${why}. ${countedConversations(step, ctx.settings)}`,
            related: earlierConversations(thread, step),
            fixes: () => [changeStanceFix(entry, expected)],
          });
        }),
    );
  },
};
