// What each stance of the three-stage model asks of a conversation (coaching-model.md, section 3),
// in our own words: the texts hovers and lenses show.
import { STANCE_FIELDS, type Stance } from '../schema';

export const STANCE_LABELS: Readonly<Record<Stance, string>> = { supportive: 'Supportive', socratic: 'Socratic', plan: 'Plan' };

/** What a conversation at each stage is for. */
export const STAGE_PURPOSE: Readonly<Record<Stance, string>> = {
  supportive:
    'Start from good faith: they want to do this well, and the likely cause is something they do not know yet, ' +
    'cannot do yet, or were never told clearly. Say what good looks like in this situation, name the gap you ' +
    'assume, and offer help: coaching, pairing, training or time.',
  socratic:
    'Still on their side, now curious: ask open questions that do not judge, find out together what gets in the ' +
    'way, and write their view down in their own words. From here on the coaching fits this person and this situation.',
  plan:
    'Agree a written plan: specific goals, how progress will be measured, the support you commit to, a timeline ' +
    'and the date you will review it together.',
};

/** What a conversation at each stage does, in a few words, for "next time" hints. */
export const STAGE_IN_SHORT: Readonly<Record<Stance, string>> = {
  supportive: 'states the expectation and offers support',
  socratic: 'asks open questions and writes down their view',
  plan: 'brings a written plan with goals, measures and a review date',
};

/** `expectation`, `gap`, `support`: where a stage's substance is written. */
export function stageKeyList(stance: Stance): string {
  return STANCE_FIELDS[stance].map((key) => `\`${key}\``).join(', ');
}
