// Open questions for a Socratic conversation, by what they are for. Written in our own words; each
// asks for the person's view and none holds its answer (the socratic/leading-language check reads
// every one of them in a unit test). Plain text: no `: `, no ` #`, no commas (they go into snippet
// choices, where a comma separates the options).

export const QUESTION_PURPOSES = ['clarify', 'barriers', 'rootCause', 'options', 'commitment'] as const;
export type QuestionPurpose = (typeof QUESTION_PURPOSES)[number];

export const PURPOSE_LABELS: Record<QuestionPurpose, string> = {
  clarify: 'clarify the situation',
  barriers: 'find what gets in the way',
  rootCause: 'get to the root cause',
  options: 'open up options',
  commitment: 'agree on a next step',
};

export const QUESTION_BANK: Record<QuestionPurpose, readonly string[]> = {
  clarify: [
    'How do you see the situation so far?',
    'What does a good outcome look like to you here?',
    'What happened from your side last time?',
    'Which part of this matters most to you?',
  ],
  barriers: [
    'What got in the way?',
    'What makes this harder than it looks from outside?',
    'What would you need that you do not have today?',
    'Where do you get stuck most often?',
  ],
  rootCause: [
    'What do you think is behind it?',
    'When does it go well and what is different then?',
    'What would have to change for this to stop coming back?',
    'How did we end up here in your view?',
  ],
  options: [
    'What could you try first?',
    'What would help you most right now?',
    'Who could help with this?',
    'What have you already considered?',
  ],
  commitment: [
    'What will you do before we next meet?',
    'How will we both know it is working?',
    'What support do you want from me?',
    'When shall we look at this again?',
  ],
};
