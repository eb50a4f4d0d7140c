// The grammar of socratic/leading-language, in one place: every pattern the check uses, with an
// example of each. docs/checks.md shows these tables (generated from this file).
//
// A QUESTION is one of the `questions:` items of a Socratic conversation (each sentence of it), or a
// sentence ending in "?" inside its barriers or root cause. Each question is read in three steps:
//   1. its OPENING (OPENINGS, first match wins): an open request, a "why" about purpose, a blame "why",
//      a negative question that holds its answer, or a closed yes/no question with an open rephrasing
//      built from the question's own words. A question that matches none is open ("What…", "How…").
//   2. its PRESUPPOSITIONS (MARKERS anywhere in it, TAGS at its end): a verdict already in the question
//      ("…again", "How many times…"), even when it opens openly.
//   3. its WORDS (JUDGMENT_LISTS), which are read in every text the manager wrote, question or not.
//
// Pattern syntax (kept small so the table reads like the sentences): matched at the start of the
// question, case-insensitive, after lead-in words (LEAD_INS); one space stands for any run of spaces;
// an apostrophe matches a straight one, a curly one or none ("didn't", "didn’t", "didnt");
// `(?<name>…)` captures words that the rephrasing repeats as `{name}`. The words captured as `rest`
// run to the end of the question, without its final punctuation.

/** The kinds of hint: what is wrong with the question, as the message says it. */
export type HintKind = 'closed' | 'blame' | 'verdict';

export const KIND_PROBLEMS: Record<HintKind, string> = {
  closed: 'is a yes/no question, which probes little',
  blame: 'asks them to justify themselves, which invites a defence',
  verdict: 'already holds a verdict, which invites a defence',
};

export interface Opening {
  /** `open`: an open question that only looks like a closed one or a blame "why"; the check stays quiet. */
  readonly kind: HintKind | 'open';
  /** What this opening is, for the docs. */
  readonly what: string;
  readonly pattern: string;
  /** The open rephrasing, `{name}` replaced by the words of that group; absent for `open`. */
  readonly open?: string;
  /** A question this opening matches (and, when it has a rephrasing, the one it gives), for the docs and a test. */
  readonly example: readonly [string, string?];
}

/** Words before the question proper that change nothing: "So, did you…", "Looking back, why…". */
export const LEAD_INS = [
  'so', 'and', 'but', 'ok', 'okay', 'right', 'now', 'then', 'also', 'well', 'honestly', 'just curious',
  'out of curiosity', 'looking back', 'thinking back', 'in hindsight', 'on reflection', 'last thing', 'one more thing',
];

/** A short label before the question proper, also skipped: "On the release: did you…?" (a regular expression). */
export const LABEL = '^[^?:\\n]{1,40}:\\s+';

/** Words ending in a full stop that do not end a sentence ("Reviews wait, e.g. on Fridays."). */
export const ABBREVIATIONS = ['e.g', 'i.e', 'etc', 'vs', 'approx', 'incl', 'cf', 'mr', 'mrs', 'ms', 'dr'];

/** Auxiliaries that open a yes/no question; any of them, with any subject, makes a question closed. */
export const AUXILIARIES = [
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'am', 'can', 'could', 'will', 'would', 'shall', 'should',
  'have', 'has', 'had', 'may', 'might', 'must',
];

/** Their negative forms: a question opening with one already leans on its answer ("Didn't you see…?"). */
export const NEGATIVE_AUXILIARIES = [
  "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't", "won't", "wouldn't",
  "shouldn't", "haven't", "hasn't", "hadn't", "mustn't",
];

/** Words that ask for a story, after "can / could / would / will you (please)": an open request. */
export const OPEN_REQUESTS = [
  'walk me through', 'talk me through', 'take me through', 'run me through', 'go through', 'tell me', 'tell us',
  'describe', 'explain', 'share', 'say more', 'expand on', 'elaborate', 'give me an example', 'give me a sense',
  'give an example', 'help me understand', 'unpack', 'sketch', 'outline', 'show me', 'think of', 'think back',
  'recall', 'remember a time', 'picture', 'imagine', 'put into words', 'summarise', 'summarize', 'list', 'name',
  'mind sharing', 'mind telling me', 'mind walking me through',
];

/**
 * What a "why" about purpose or values asks about, as the first word after "why … you": the person's
 * motives, not a justification of what went wrong. "Why did you choose platform work?" is read as
 * purpose (a choice of work), while "Why did you choose to skip the tests?" is a justification of an
 * act, so "choose" and "chose" count only when no "to" follows.
 */
export const PURPOSE_WORDS = [
  'care', 'enjoy', 'like', 'love', 'value', 'want', 'prefer', 'find it rewarding', 'feel strongly',
  'interested', 'drawn', 'excited', 'passionate', 'keen', 'proud', 'motivated', 'join', 'joined', 'go into',
  'get into', 'become',
];

/** Gradable words after "are you / is it / was it…": "Are you happy with…?" becomes "How happy are you with…?". */
export const DEGREE_WORDS = [
  'happy', 'comfortable', 'confident', 'clear', 'sure', 'certain', 'worried', 'concerned', 'satisfied', 'familiar',
  'frustrated', 'stressed', 'tired', 'busy', 'overloaded', 'interested', 'keen', 'open', 'willing', 'ready',
  'supported', 'hard', 'easy', 'difficult', 'tricky', 'useful', 'helpful', 'fair', 'realistic', 'reasonable',
  'important', 'urgent', 'likely', 'close', 'far', 'risky', 'painful', 'stressful', 'fun',
];

// Placeholders the patterns below use for the lists above.
//   {PURPOSE} a purpose word   {DEGREE} a degree word   {REQUEST} an open request
//   {AUX} an auxiliary   {NEG} a negative auxiliary (or an auxiliary with "not" after its subject)
//   {YOU} you, we, I, they, he or she
export const OPENINGS: readonly Opening[] = [
  // Open requests in question form: they invite a story.
  { kind: 'open', what: 'an open request', pattern: "(?:can|could|would|will) you (?:please )?(?:{REQUEST})\\b", example: ['Can you walk me through the last release?'] },
  { kind: 'open', what: 'an open request', pattern: '(?:can|could|may) I ask\\b', example: ['May I ask what the week looked like?'] },
  { kind: 'open', what: 'an open request', pattern: "(?:do (?:tell|share|say)|have a (?:think|look)|would love to (?:hear|know|understand))\\b", example: ['Would love to hear how the week went?'] },
  // A "why" about purpose or values.
  { kind: 'open', what: 'a "why" about purpose or values', pattern: "why (?:do|did|are|were|would) you (?:really |still )?(?:{PURPOSE})\\b", example: ['Why do you care about the on-call rota?'] },
  { kind: 'open', what: 'a "why" about purpose or values', pattern: 'why did you (?:choose|chose|pick) (?!to\\b)', example: ['Why did you choose platform work?'] },
  { kind: 'open', what: 'a "why" that asks for their view', pattern: 'why do you think\\b', example: ['Why do you think the estimates run over?'] },

  // Blame "why", any tense: the rephrasing keeps the words that follow.
  { kind: 'blame', what: 'a blame "why"', pattern: "(?:why|how come) (?:didn't you|did you not|couldn't you|could you not|did you never|you didn't|you never) (?<rest>.+)", open: 'What made it hard to {rest}?', example: ["Why didn't you ask for help when the queue grew?", 'What made it hard to ask for help when the queue grew?'] },
  { kind: 'blame', what: 'a blame "why"', pattern: "(?:why|how come) (?:don't you|do you not|can't you|can you not|won't you|wouldn't you|you don't|you can't) (?:just )?(?<rest>.+)", open: 'What makes it hard to {rest}?', example: ["Why don't you speak up in planning?", 'What makes it hard to speak up in planning?'] },
  { kind: 'blame', what: 'a blame "why"', pattern: "why (?:weren't you|were you not) (?<rest>.+)", open: 'What made it hard to be {rest}?', example: ["Why weren't you at the incident review?", 'What made it hard to be at the incident review?'] },
  { kind: 'blame', what: 'a blame "why"', pattern: "why (?:aren't you|are you not) (?<rest>.+)", open: 'What makes it hard to be {rest}?', example: ["Why aren't you more involved in planning?", 'What makes it hard to be more involved in planning?'] },
  { kind: 'blame', what: 'a blame "why"', pattern: '(?:why|how come) (?:do|did) you keep (?<rest>.+)', open: 'What is going on when you end up {rest}?', example: ['Why do you keep missing stand-up?', 'What is going on when you end up missing stand-up?'] },
  { kind: 'blame', what: 'a blame "why"', pattern: 'why (?:did|would) you (?:ever |even )?(?<rest>.+)', open: 'What led you to {rest}?', example: ['Why did you merge without a second review?', 'What led you to merge without a second review?'] },
  { kind: 'blame', what: 'a blame "why"', pattern: 'why do you (?<rest>.+)', open: 'What leads you to {rest}?', example: ['Why do you wait until Friday to open a PR?', 'What leads you to wait until Friday to open a PR?'] },
  { kind: 'blame', what: 'a blame "why"', pattern: 'why were you (?<rest>.+)', open: 'What led you to be {rest}?', example: ['Why were you late to the demo?', 'What led you to be late to the demo?'] },
  { kind: 'blame', what: 'a blame "why"', pattern: 'why are you (?<rest>.+)', open: 'What leads you to be {rest}?', example: ['Why are you so quiet in design reviews?', 'What leads you to be so quiet in design reviews?'] },
  { kind: 'blame', what: 'a blame "why"', pattern: "why (?:have you|haven't you|has it taken you|is it that you|was it that you|on earth|would anyone|(?:{NEG}) (?:it|this|that|the)\\b)", open: 'What has got in the way, from your side?', example: ["Why haven't you updated the runbook?", 'What has got in the way, from your side?'] },
  { kind: 'blame', what: 'a blame "why"', pattern: 'how come you\\b', open: 'What was going on for you at the time?', example: ['How come you only told me on Friday?', 'What was going on for you at the time?'] },
  { kind: 'blame', what: 'a request for a justification', pattern: '(?:is|was) there (?:a|any) (?:good )?reason\\b', open: 'What was going on for you at the time?', example: ['Is there a reason the tests were skipped?', 'What was going on for you at the time?'] },

  // Negative questions lean on their answer; those that ask for agreement get "your view" instead.
  { kind: 'verdict', what: 'a question that asks for agreement', pattern: "(?:don't you|do you not|wouldn't you|would you not) (?:think|agree|feel|believe) (?:that )?(?<rest>.+)", open: 'What is your view on whether {rest}?', example: ["Don't you think the estimate was too low?", 'What is your view on whether the estimate was too low?'] },
  { kind: 'verdict', what: 'a question that asks for agreement', pattern: "(?:isn't it|is it not|wasn't it|was it not) (?:true|obvious|clear|fair to say) (?:that )?(?<rest>.+)", open: 'What is your view on whether {rest}?', example: ["Isn't it true that the tests were skipped?", 'What is your view on whether the tests were skipped?'] },
  { kind: 'verdict', what: 'advice dressed as a question', pattern: "(?:wouldn't it be|would it not be) (?:better|easier|smarter|wiser)\\b", open: 'What would help here?', example: ["Wouldn't it be better to ask earlier?", 'What would help here?'] },
  { kind: 'verdict', what: 'a question that asks for agreement', pattern: "wouldn't you say (?:that )?(?<rest>.+)", open: 'What is your view on whether {rest}?', example: ["Wouldn't you say the scope grew?", 'What is your view on whether the scope grew?'] },
  { kind: 'verdict', what: 'hindsight that holds its answer', pattern: "(?:shouldn't|couldn't|wouldn't) you (?:just )?have\\b", open: 'What would have helped, looking back?', example: ["Shouldn't you have flagged it sooner?", 'What would have helped, looking back?'] },
  { kind: 'verdict', what: 'a question that holds its answer', pattern: "(?:didn't you|did you not) (?<rest>.+)", open: 'What made it easy or hard to {rest}?', example: ["Didn't you see the alert?", 'What made it easy or hard to see the alert?'] },
  { kind: 'verdict', what: 'a question that holds its answer', pattern: "(?:can't|couldn't|won't|wouldn't) you (?:just )?(?<rest>.+)", open: 'What makes it hard to {rest}?', example: ["Can't you just ask Ana?", 'What makes it hard to ask Ana?'] },
  { kind: 'verdict', what: 'a question that holds its answer', pattern: "(?:{NEG})\\b", open: 'How do you see …?', example: ["Isn't the backlog the real problem?", 'How do you see …?'] },

  // Closed questions, with an open rephrasing from their own words: the most specific first.
  // "Something / anything" as the object: the question already asks what; say so.
  { kind: 'closed', what: 'a closed question', pattern: "(?<aux>did|do|does|can|could|will|would|should|have|has) (?<subj>{YOU}|it|that|this) (?<verb>\\S+) (?:any|some)thing (?<else>else )?(?<rest>(?:(?:about|from|for|with|in|on|at|to|before|after|that|differently|this|next)\\b.*)?)$", open: 'What {else}{aux} {subj} {verb} {rest}?', example: ['Did you learn anything from the incident?', 'What did you learn from the incident?'] },
  { kind: 'closed', what: 'a closed question', pattern: '(?<aux>did|do|does|have|has) (?<subj>{YOU}) (?<verb>\\S+) (?:any|some)thing (?<adj>odd|unusual|strange|different|new|wrong|off|useful|surprising)(?<rest>(?: .*)?)$', open: 'What {aux} {subj} {verb} that was {adj} {rest}?', example: ['Did you notice anything odd before the outage?', 'What did you notice that was odd before the outage?'] },
  { kind: 'closed', what: 'a closed question', pattern: '(?:is|was) there (?:any|some)thing (?<else>else )?(?:that )?(?<subj>{YOU}) (?<modal>can|could|should|would|might) (?<rest>.+)', open: 'What {else}{modal} {subj} {rest}?', example: ['Is there anything I can do to help?', 'What can I do to help?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'is there (?:any|some)thing (?<else>else )?(?:that )?(?<subj>you|we|I) (?<verb>need|want) (?<rest>.+)', open: 'What {else}do {subj} {verb} {rest}?', example: ['Is there anything you need from me?', 'What do you need from me?'] },
  { kind: 'closed', what: 'a closed question', pattern: '(?<be>is|was) there (?:any|some)thing (?<else>else )?(?:that )?(?<rest>(?:\\S+ing|in|on)\\b.*)', open: 'What {else}{be} {rest}?', example: ['Is there anything blocking you?', 'What is blocking you?'] },
  { kind: 'closed', what: 'a closed question', pattern: '(?<be>is|was) there (?:any|some)thing (?<else>else )?that (?<rest>.+)', open: 'What {else}{rest}?', example: ['Is there anything that worries you about the cut-over?', 'What worries you about the cut-over?'] },
  { kind: 'closed', what: 'a closed question', pattern: '(?<be>is|was|has) (?:any|some)thing (?<rest>.+)', open: 'What {be} {rest}?', example: ['Has anything changed since we last talked?', 'What has changed since we last talked?'] },
  { kind: 'closed', what: 'a closed question', pattern: '(?<be>is|are|was|were) there any (?<rest>\\S+)$', open: 'What {rest} {be} there?', example: ['Are there any blockers?', 'What blockers are there?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'is there (?:a|any) way (?:to|for us to) (?<rest>.+)', open: 'What would make it possible to {rest}?', example: ['Is there a way to speed up the reviews?', 'What would make it possible to speed up the reviews?'] },
  // Did …
  { kind: 'closed', what: 'a closed question', pattern: 'did you (?<verb>think|feel|believe|expect|assume|decide|want) (?<rest>.+)', open: 'What made you {verb} {rest}?', example: ['Did you think the plan was realistic?', 'What made you think the plan was realistic?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'did you (?:(?:get|have) (?:a|the) chance to|have (?:the )?time to|manage to|get (?:a)?round to|remember to|get to) (?<rest>.+)', open: 'What made it easy or hard to {rest}?', example: ['Did you get a chance to read the design doc?', 'What made it easy or hard to read the design doc?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'did you (?<rest>.+)', open: 'What made it easy or hard to {rest}?', example: ['Did you ask for help when the queue grew?', 'What made it easy or hard to ask for help when the queue grew?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'did we (?<rest>.+)', open: 'What made it easy or hard for us to {rest}?', example: ['Did we give you enough context?', 'What made it easy or hard for us to give you enough context?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'did (?<subj>they|he|she) (?<rest>.+)', open: 'What made it easy or hard for {obj} to {rest}?', example: ['Did they reply to your review comments?', 'What made it easy or hard for them to reply to your review comments?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'did (?<subj>it|that|this) go (?:well|ok|okay|alright|fine|smoothly|badly|to plan|as planned|as expected)(?<rest>.*)', open: 'How did {subj} go{rest}?', example: ['Did it go well with the new rota?', 'How did it go with the new rota?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'did (?<subj>it|that|this) (?<rest>.+)', open: 'How did {subj} {rest}?', example: ['Did that help with the backlog?', 'How did that help with the backlog?'] },
  // Do / does …
  { kind: 'closed', what: 'a closed question', pattern: 'do you agree with (?<rest>.+)', open: 'What is your view on {rest}?', example: ['Do you agree with the new review rule?', 'What is your view on the new review rule?'] },
  { kind: 'verdict', what: 'a question that asks for agreement', pattern: 'do you agree (?:that )?(?<rest>\\S+ \\S+.*)', open: 'What is your view on whether {rest}?', example: ['Do you agree that the release was rushed?', 'What is your view on whether the release was rushed?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'do you (?:think|believe|reckon|suppose|feel like|feel that) (?:that )?(?<rest>\\S+ \\S+.*)', open: 'What is your view on whether {rest}?', example: ['Do you think the deadline was realistic?', 'What is your view on whether the deadline was realistic?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'do you (?<verb>know|remember|understand) (?:if|whether) (?<rest>.+)', open: 'What do you {verb} about whether {rest}?', example: ['Do you know if the freeze was announced?', 'What do you know about whether the freeze was announced?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'do you (?<verb>know|remember|understand) (?<rest>.+)', open: 'What do you {verb} about {rest}?', example: ['Do you remember what we agreed last time?', 'What do you remember about what we agreed last time?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'do you (?:need|want) (?:any )?(?:help|support)(?<rest>.*)', open: 'What help would make a difference{rest}?', example: ['Do you need help with the migration?', 'What help would make a difference with the migration?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'do you have any (?<rest>.+)', open: 'What {rest} do you have?', example: ['Do you have any questions about the plan?', 'What questions about the plan do you have?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'do you have a (?:sense|view|feel) (?:of|on|for) (?<rest>.+)', open: 'What is your sense of {rest}?', example: ['Do you have a sense of where the time goes?', 'What is your sense of where the time goes?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'do you feel (?<degree>{DEGREE})(?<rest>.*)', open: 'How {degree} do you feel{rest}?', example: ['Do you feel supported by the team?', 'How supported do you feel by the team?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'do you (?<verb>have|get) (?<rest>.+)', open: 'What would help you {verb} {rest}?', example: ['Do you have enough time for reviews?', 'What would help you have enough time for reviews?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'do you (?:feel|see|find|mind|like|prefer|need|want|mean|care|expect|hope|wish|plan|intend)\\b', open: 'How do you see …?', example: ['Do you like the new rota?', 'How do you see …?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'do you (?<rest>.+)', open: 'What makes it easy or hard to {rest}?', example: ['Do you review the small PRs first?', 'What makes it easy or hard to review the small PRs first?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'do we (?<rest>.+)', open: 'What makes it easy or hard for us to {rest}?', example: ['Do we give juniors enough review time?', 'What makes it easy or hard for us to give juniors enough review time?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'does (?<subj>it|that|this) make sense(?<rest>.*)', open: 'What questions do you have about {subj}?', example: ['Does that make sense to you?', 'What questions do you have about that?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'does (?<subj>it|that|this) (?<rest>.+)', open: 'How does {subj} {rest}?', example: ['Does that work for you?', 'How does that work for you?'] },
  // Can / could / will / would / are you going to … (what would help).
  { kind: 'closed', what: 'a closed question', pattern: '(?:could|should|would) you have\\b', open: 'What would have helped, looking back?', example: ['Could you have flagged it sooner?', 'What would have helped, looking back?'] },
  { kind: 'closed', what: 'a closed question', pattern: '(?:can|could|will) you (?:be able to )?(?<rest>.+)', open: 'What would help you {rest}?', example: ['Can you get reviews done within a day?', 'What would help you get reviews done within a day?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'are you (?:able|going|planning) to (?<rest>.+)', open: 'What would help you {rest}?', example: ['Are you able to hand over the on-call notes by Monday?', 'What would help you hand over the on-call notes by Monday?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'were you able to (?<rest>.+)', open: 'What made it easy or hard to {rest}?', example: ['Were you able to pair with Ana last week?', 'What made it easy or hard to pair with Ana last week?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'can we (?<rest>.+)', open: 'What would help us {rest}?', example: ['Can we get the checklist done this sprint?', 'What would help us get the checklist done this sprint?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'would you (?:like|want) to (?<rest>.+)', open: 'What would make you want to {rest}?', example: ['Would you like to lead the next retro?', 'What would make you want to lead the next retro?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'would you do (?:it|that|this|things|anything) differently(?<rest>.*)', open: 'What would you do differently{rest}?', example: ['Would you do it differently next time?', 'What would you do differently next time?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'would you be (?<degree>{DEGREE}) (?<rest>.+)', open: 'How {degree} would you be {rest}?', example: ['Would you be open to pairing with Ana?', 'How open would you be to pairing with Ana?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'would you say (?:that )?(?<rest>.+)', open: 'What is your view on whether {rest}?', example: ['Would you say the sprint went well?', 'What is your view on whether the sprint went well?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'would you (?<rest>.+)', open: 'What would make it easy or hard to {rest}?', example: ['Would you consider a rotation for reviews?', 'What would make it easy or hard to consider a rotation for reviews?'] },
  // Be …
  { kind: 'closed', what: 'a closed question', pattern: '(?<be>are|were) you (?:ok|okay|alright|fine|good) with (?<rest>.+)', open: 'How {do} you feel about {rest}?', example: ['Are you ok with the new on-call rota?', 'How do you feel about the new on-call rota?'] },
  { kind: 'closed', what: 'a closed question', pattern: '(?<be>are|were) you (?:stuck|blocked)(?<rest>.*)', open: 'What {is} blocking you{rest}?', example: ['Are you blocked on the payments API?', 'What is blocking you on the payments API?'] },
  { kind: 'closed', what: 'a closed question', pattern: '(?<be>are|were) you aware of (?<rest>.+)', open: 'What {do} you know about {rest}?', example: ['Were you aware of the release freeze?', 'What did you know about the release freeze?'] },
  { kind: 'closed', what: 'a closed question', pattern: '(?<be>are|were) you (?<degree>{DEGREE})(?<rest>.*)', open: 'How {degree} {be} you{rest}?', example: ['Are you happy with the release process?', 'How happy are you with the release process?'] },
  { kind: 'closed', what: 'a closed question', pattern: '(?<be>is|was) (?<subj>it|that|this) possible (?<rest>to .+)', open: 'What would make {subj} possible {rest}?', example: ['Is it possible to ship the export by Friday?', 'What would make it possible to ship the export by Friday?'] },
  { kind: 'closed', what: 'a closed question', pattern: '(?<be>is|was) (?<subj>it|that|this) (?<degree>{DEGREE})(?<rest>.*)', open: 'How {degree} {be} {subj}{rest}?', example: ['Was it hard to get reviews from the platform team?', 'How hard was it to get reviews from the platform team?'] },
  // Have …
  { kind: 'closed', what: 'a closed question', pattern: 'have you (?:thought about|considered|thought of) (?<rest>.+)', open: 'What do you think of {rest}?', example: ['Have you thought about splitting the ticket?', 'What do you think of splitting the ticket?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'have you (?:had (?:a|the) chance to|had (?:the )?time to|been able to|managed to) (?<rest>.+)', open: 'What made it easy or hard to {rest}?', example: ['Have you had time to look at the runbook?', 'What made it easy or hard to look at the runbook?'] },
  { kind: 'closed', what: 'a closed question', pattern: 'have you tried\\b', open: 'What have you tried so far, and how did it go?', example: ['Have you tried pairing on the reviews?', 'What have you tried so far, and how did it go?'] },
  // Any other auxiliary first: closed, with a short open opening instead.
  { kind: 'closed', what: 'a closed question', pattern: '(?:will|may|might|must|shall) (?:{YOU}|it|this|that|there|the|a|an|your|our|my|his|her|their|anyone|someone|everyone)\\b', open: 'How do you see …?', example: ['Shall we move the demo to next week?', 'How do you see …?'] },
  { kind: 'closed', what: 'a closed question', pattern: '(?:do|does|did|is|are|was|were|am|can|could|would|should|have|has|had) (?!(?:{AUX})\\b)', open: 'How do you see …?', example: ['Is the backlog the real problem?', 'How do you see …?'] },
];

/** The object form of a subject a rephrasing repeats (`{obj}`): "Did he…?" becomes "…for him to…". */
export const OBJECT_FORMS: Record<string, string> = { they: 'them', he: 'him', she: 'her', we: 'us', i: 'me', you: 'you' };

/** Verb forms that follow the tense of a `be` captured by an opening: `{do}` is "do" after "are", "did" after "were". */
export const TENSE_WORDS: Record<string, Record<string, string>> = {
  are: { do: 'do', is: 'is' },
  were: { do: 'did', is: 'was' },
};

export interface Marker {
  readonly kind: HintKind;
  /** What the words presuppose, as the message says it. */
  readonly problem: string;
  /** Matched as whole words anywhere in the question (same syntax as the openings, no captures). */
  readonly phrases: readonly string[];
  /** An open way of asking, for the message. */
  readonly instead: string;
  readonly example: string;
}

/** Presuppositions: words that put a verdict into a question, wherever they stand in it. */
export const MARKERS: readonly Marker[] = [
  {
    kind: 'verdict',
    problem: 'already says it keeps going wrong',
    phrases: [
      'keeps? (?:on )?(?:happening|missing|slipping|forgetting|failing|breaking|skipping|ignoring|dropping|running late|being late|coming back|coming up|going wrong|getting worse)',
      'every single time',
    ],
    instead: 'What is different on the days it goes well?',
    example: 'Why does this keep happening?',
  },
  {
    kind: 'verdict',
    problem: 'already says it keeps going wrong',
    phrases: [
      'yet again', 'once again', 'all over again', 'again and again', 'for the (?:hundredth|umpteenth|last) time',
      '(?:happen|happens|happened|happening|go wrong|goes wrong|went wrong|slip|slips|slipped|fail|fails|failed|break|breaks|broke|late|forgot|forget|missed|miss) again',
    ],
    instead: 'What would help next time?',
    example: "What will you do so this doesn't happen again?",
  },
  {
    kind: 'verdict',
    problem: 'already says it is late',
    phrases: ["still (?:not|hasn't|haven't|isn't|aren't|didn't|doesn't|don't|can't|won't)"],
    instead: 'What is in the way now?',
    example: 'Why is the doc still not done?',
  },
  {
    kind: 'verdict',
    problem: 'already says it keeps going wrong',
    phrases: ['how many (?:more )?times', 'how often (?:do|did|will|must|have) (?:I|we) (?:have|need|got) to'],
    instead: 'What gets in the way, each time it comes up?',
    example: 'How many times do we need to talk about this?',
  },
  {
    kind: 'verdict',
    problem: 'already holds a verdict, which invites a defence',
    phrases: [
      "what(?:'s| is| was) (?:your|the) excuse", 'any excuse', '(?:did|do|does|have|has|were|was|are|is) you even', 'surely', 'at all$',
      'on earth',
    ],
    instead: 'What happened, from your side?',
    example: "What's your excuse for the missed deadline?",
  },
  {
    kind: 'verdict',
    problem: 'asks them to agree, not for their view',
    phrases: ['do you agree that', 'would you agree that', "isn't it true", 'is it not true', "isn't it obvious"],
    instead: 'How do you see it?',
    example: 'So you can see, do you agree that the plan slipped?',
  },
  {
    kind: 'verdict',
    problem: 'is advice dressed as a question',
    phrases: ['you should have', 'you ought to', "shouldn't you", 'should you not', "wouldn't it be better"],
    instead: 'What would help …?',
    example: 'What do you think you should have done?',
  },
  {
    kind: 'blame',
    problem: 'asks them to justify themselves, which invites a defence',
    phrases: [
      "why you (?:didn't|did not|never|haven't|have not|weren't|were not|couldn't|wouldn't|can't|don't|won't)",
    ],
    instead: 'What got in the way of …?',
    example: "Can you tell me why you didn't ask for help?",
  },
];

/**
 * Tag questions: a statement with a request to agree at its end ("…, right?"). The statement is kept:
 * "The estimate was too low, right?" becomes "What is your view on whether the estimate was too low?".
 */
export const TAGS = [
  'right', 'correct', 'no', 'yes', 'yeah', 'true', 'agreed', 'surely', 'ok', 'okay', 'eh',
  "(?:{NEG}|{AUX}) (?:{YOU}|it|that|there)",
];
export const TAG_OPEN = 'What is your view on whether {rest}?';
export const TAG_PROBLEM = 'asks them to agree, not for their view';

/** Words of a statement's start that are written lower case inside the rephrasing ("The estimate…" → "whether the estimate…"). */
export const LOWER_CASE_STARTS = ['the', 'this', 'that', 'these', 'those', 'it', 'you', 'we', 'they', 'he', 'she', 'there', 'your', 'our', 'my', 'a', 'an', 'all', 'every', 'some', 'nobody', 'everyone'];

export interface JudgmentList {
  /** What is wrong with these words, as the message says it. */
  readonly problem: string;
  /** Matched as whole words (see escalation/phrases.ts): any case, a straight apostrophe also matching a curly one. */
  readonly phrases: readonly string[];
  readonly instead: string;
}

/** Words that judge the person, read in every text the manager wrote for the conversation, questions or not. */
export const JUDGMENT_LISTS: readonly JudgmentList[] = [
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
    phrases: ['always', 'never', 'obviously'],
    instead: 'When did … last happen, and what was going on?',
  },
];
