// Word lists for socratic/leading-language, in one place. Each phrase is matched as whole words
// (see escalation/phrases.ts): any case, a straight apostrophe also matching a curly one.
// `instead` is the open way of asking that the hint suggests.

export interface LanguageList {
  /** What is wrong with these words, as the message says it. */
  readonly problem: string;
  readonly phrases: readonly string[];
  readonly instead: string;
}

export const LANGUAGE_LISTS: readonly LanguageList[] = [
  {
    problem: 'a question that already holds its answer',
    phrases: [
      "why didn't you", 'why did you not', "why don't you", "why haven't you", "why can't you", "why won't you",
      "why wouldn't you", "couldn't you have", "can't you just",
    ],
    instead: 'What got in the way of …?',
  },
  {
    problem: 'a question that asks for agreement, not for their view',
    phrases: [
      "don't you think", 'do you not think', "isn't it true", 'is it not true', "isn't it obvious",
      "don't you agree", "wouldn't you agree", 'do you agree that', 'surely',
    ],
    instead: 'How did you see …?',
  },
  {
    problem: 'advice dressed as a question',
    phrases: ["wouldn't it be better", "shouldn't you", 'should you not', 'you should have', 'you need to'],
    instead: 'What would help …?',
  },
  {
    problem: 'a judgment of the person rather than a description of what happened',
    phrases: [
      'lazy', 'laziness', 'careless', 'carelessly', 'carelessness', 'sloppy', 'sloppiness', 'attitude',
      'unprofessional', 'incompetent', 'incompetence', 'irresponsible', 'negligent', 'stubborn', 'immature',
      'excuse', 'excuses', 'fault', 'blame', 'disappointing', 'failed to',
    ],
    instead: 'What happened, from your side, when …?',
  },
  {
    problem: 'a sweeping word that invites a defence rather than an example',
    phrases: ['always', 'never', 'obviously', 'every single time'],
    instead: 'When did … last happen, and what was going on?',
  },
];
