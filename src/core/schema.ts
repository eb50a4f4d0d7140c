// The notes file format, in one place. Every other part of the extension (the
// loader, the index, the checks, the JSON Schemas shipped for the YAML
// extension) derives from the zod schemas in this file. docs/notes-format.md
// explains the format to users; keep both in step.
//
// Conventions:
// - Objects are strict: an unknown key is an error, so the loader can suggest
//   the key that was meant.
// - Dates are `YYYY-MM-DD` strings (yaml@2 keeps them strings) and must exist
//   on the calendar.
// - A key left empty (`notes:` with nothing after it) reads as if it were
//   absent, so a template can list every key and the user fills in what
//   applies.
// - Lists of text also accept a single line: `support: pairing with Ana` is
//   read as `support: [pairing with Ana]`.
// - A placeholder, a value that is only `<a hint>` (what templates and snippets
//   write for the manager to replace), reads as not written: an optional key
//   holding one is absent, a list drops it. A required text keeps it (so the
//   file stays valid); whether an entry holds anything real is decided once,
//   in personNotes.ts, with isPlaceholder.
// - Every field has a description: it becomes the hover text in the editor.

import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { ISO_DATE_PATTERN, isoDateProblem } from './dates';

// zod/mini: the same schemas, checks and messages as zod's classic API, in half the bundle. It only does
// not set up on its own what classic zod does: English messages, and the memoizer that gives containers
// cycle support.
z.config(en());
z.config({ memoizer: z.memoizer() });

/** As classic zod's `.describe()`: a copy of the schema with its description (the hover text) registered. */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
}

/** As classic zod's `.meta()`: a copy of the schema with the metadata registered. */
function withMeta<T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, meta);
  return copy;
}

/** As classic zod's `.transform()`. */
function transformed<T extends z.ZodMiniType, Out>(schema: T, to: (value: z.output<T>) => Out) {
  return z.pipe(schema, z.transform(to));
}

// ---------------------------------------------------------------------------
// Building blocks

/** A value that is only `<a hint>`: a template's placeholder, never something the manager wrote. */
export const PLACEHOLDER_PATTERN = /^\s*<[^<>\r\n]*[^<>\s][^<>\r\n]*>\s*$/;

/** True for a placeholder value (see PLACEHOLDER_PATTERN). */
export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && PLACEHOLDER_PATTERN.test(value);
}

/** The placeholder a template writes for `hint`: `<hint>`. Hints hold no `<`, `>`, `: ` or ` #`. */
export function placeholder(hint: string): string {
  return `<${hint}>`;
}

/** A date, or a placeholder, as one pattern (so the shipped JSON Schemas accept a template's placeholder too). */
const ISO_DATE_OR_PLACEHOLDER = new RegExp(`${ISO_DATE_PATTERN.source}|${PLACEHOLDER_PATTERN.source}`);

/**
 * The date pattern the shipped JSON Schemas hold instead of ISO_DATE_PATTERN: months 01–12, days 01–31 as the
 * month allows (February up to 29). A pattern cannot know leap years: `format/invalid-date` still catches
 * 2026-02-29. The zod checks keep ISO_DATE_PATTERN, so a day that does not exist gets its own message.
 */
export const CALENDAR_DATE_PATTERN = /^\d{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d)|(?:0[13-9]|1[0-2])-30|(?:0[13578]|1[02])-31)$/;

/** The JSON Schema pattern for each date pattern the zod checks use. */
const JSON_SCHEMA_PATTERNS: ReadonlyMap<string, string> = new Map([
  [ISO_DATE_PATTERN.source, CALENDAR_DATE_PATTERN.source],
  [ISO_DATE_OR_PLACEHOLDER.source, `${CALENDAR_DATE_PATTERN.source}|${PLACEHOLDER_PATTERN.source}`],
]);

/** Topic ids: lower-case words joined by hyphens, e.g. `code-review-latency`. */
export const TOPIC_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A real calendar date written `YYYY-MM-DD`; `orElse` names what else may be written instead.
 * `placeholderToo`: a placeholder passes as well (for optional dates, which read it as absent).
 */
function isoDate(orElse = '', placeholderToo = false, notYet?: string) {
  return z
    .string({ error: (iss) => (iss.input === undefined ? `A date is required here (YYYY-MM-DD${orElse})` : `Write a date as YYYY-MM-DD${orElse}`) })
    .check(z.regex(placeholderToo ? ISO_DATE_OR_PLACEHOLDER : ISO_DATE_PATTERN, {
      error: (iss) =>
        notYet !== undefined && iss.input === NOT_YET ? notYet : `"${String(iss.input)}" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-04${orElse}`,
    }))
    .check(z.superRefine((value, ctx) => {
      const problem = isoDateProblem(value);
      // A wrong shape was already reported by the regex; this catches days that do not exist.
      if (problem !== undefined && ISO_DATE_PATTERN.test(value)) ctx.addIssue({ code: 'custom', message: problem, input: value });
    }));
}

/** A real calendar date written `YYYY-MM-DD`. */
export const isoDateSchema = isoDate();

/** An optional date: a date, empty, or a placeholder (both read as absent). */
function optionalDate() {
  return blankable(isoDate('', true));
}

/** An optional choice of an enumeration: a value, empty, or a placeholder (both read as absent). */
function optionalChoice<T extends z.ZodMiniType>(schema: T, message: string) {
  const choice = z.nullable(z.union([schema, z.string().check(z.regex(PLACEHOLDER_PATTERN, { error: message }))], { error: message }));
  return z.optional(transformed(choice, (v): z.output<T> | undefined => (v === null || isPlaceholder(v) ? undefined : (v as z.output<T>))));
}

function requiredText(what: string) {
  return z.string({
    error: (iss) =>
      iss.input === undefined ? `${what} is required` : iss.input === null ? `${what} is empty; write it out` : `${what} should be text`,
  });
}

/** An optional value; `key:` left empty (YAML null) or holding a placeholder counts as absent. */
function blankable<T extends z.ZodMiniType>(schema: T) {
  return z.optional(transformed(z.nullable(schema), (v): z.output<T> | undefined => (v === null || isPlaceholder(v) ? undefined : (v as z.output<T>))));
}

/** Optional free text (multi-line welcome: use `|`). */
function optionalText() {
  return blankable(z.string({ error: 'Expected text' }));
}

/** One line of text or a list of lines; read as a list without its placeholders. Absent or empty: []. */
function textList() {
  const lines = z.union([z.string(), z.array(z.string({ error: 'Each item should be text' })), z.null()], {
    error: 'Write one line of text, or a list with one "- item" per line',
  });
  return z._default(transformed(lines, (v): string[] => (v === null ? [] : typeof v === 'string' ? [v] : v).filter((line) => !isPlaceholder(line))), []);
}

/** A list of objects; absent or empty: []. */
function objectList<T extends z.ZodMiniType>(item: T) {
  return z._default(transformed(z.nullable(z.array(item)), (v): z.output<T>[] => v ?? []), []);
}

const topicIdSchema = z
  .string({ error: 'A topic id is text, e.g. code-review-latency' })
  .check(z.regex(TOPIC_ID_PATTERN, {
    error: (iss) => `"${String(iss.input)}" is not a topic id: use lower-case letters, digits and hyphens, e.g. code-review-latency`,
  }))
  .check(z.maxLength(60, { error: 'Keep topic ids short (60 characters at most)' }));

// ---------------------------------------------------------------------------
// Enumerations

/** How a topic conversation is held; the n-th open conversation on a topic should move along these. */
export const STANCES = ['supportive', 'socratic', 'plan'] as const;
export const stanceSchema = z.enum(STANCES, { error: 'stance is one of: supportive, socratic, plan' });
export type Stance = z.infer<typeof stanceSchema>;

export const FEEDBACK_KINDS = ['positive', 'corrective'] as const;
export const feedbackKindSchema = z.enum(FEEDBACK_KINDS, { error: 'kind is positive or corrective' });
export type FeedbackKind = z.infer<typeof feedbackKindSchema>;

/** Where a topic, or a piece of corrective feedback, stands. */
export const PROGRESS_STATES = ['open', 'improving', 'resolved'] as const;
export const progressStateSchema = z.enum(PROGRESS_STATES, { error: 'Use open, improving or resolved' });
export type ProgressState = z.infer<typeof progressStateSchema>;
/** The state of a feedback follow-up. */
export type FollowUpState = ProgressState;
/** The status of a topic after a conversation. */
export type TopicStatus = ProgressState;

/** The assumed reason for a gap, at the supportive stage. */
export const GAP_KINDS = ['knowledge', 'skill', 'unclear-expectation'] as const;
export const gapKindSchema = z.enum(GAP_KINDS, { error: 'gap is one of: knowledge, skill, unclear-expectation' });
export type GapKind = z.infer<typeof gapKindSchema>;

/** Matters serious enough to skip escalation stages. */
export const EXCEPTION_KINDS = ['conduct', 'safety'] as const;
export const exceptionKindSchema = z.enum(EXCEPTION_KINDS, { error: 'An exception is for conduct or safety' });
export type ExceptionKind = z.infer<typeof exceptionKindSchema>;

/** Who owns an action item: `me` (the manager writing the notes) or `them` (the person). */
export const OWNERS = ['me', 'them'] as const;
export const ownerSchema = z.enum(OWNERS, { error: 'owner is me (you, the manager) or them (the person)' });
export type Owner = z.infer<typeof ownerSchema>;

export const CADENCE_NAMES = ['weekly', 'biweekly', 'monthly'] as const;
export const cadenceSchema = z.union(
  [z.enum(CADENCE_NAMES), z.number().check(z.int()).check(z.gte(1))],
  { error: 'cadence is weekly, biweekly, monthly, or a whole number of days (1 or more)' },
);
export type Cadence = z.infer<typeof cadenceSchema>;

/** Days between 1:1s for a cadence: weekly 7, biweekly 14, monthly 30, or the number given. */
export function cadenceDays(cadence: Cadence): number {
  switch (cadence) {
    case 'weekly': return 7;
    case 'biweekly': return 14;
    case 'monthly': return 30;
    default: return cadence;
  }
}

/** Written in feedback.yaml as `given: not-yet` for feedback observed but not given yet. */
export const NOT_YET = 'not-yet';

/** The one error for `given: not-yet` in a 1:1 file, where everything written was given at the latest in that 1:1. */
const NOT_YET_IN_ONE_ON_ONE =
  'not-yet belongs in feedback.yaml: move this item there, or write the date you gave it (YYYY-MM-DD), or leave given out if you gave it in this 1:1';

// ---------------------------------------------------------------------------
// person.yaml

/** A check id as docs/checks.md lists them: `group/name`, e.g. `feedback/stale`. */
export const CHECK_ID_PATTERN = /^[a-z]+\/[a-z]+(?:-[a-z]+)*$/;

/** A stretch of time away (leave, holiday, sabbatical): from and until are both days away. */
export const awayPeriodSchema = z
  .strictObject({
    from: isoDateSchema.apply(described, 'The first day away (YYYY-MM-DD).'),
    until: isoDateSchema.apply(described, 'The last day away (YYYY-MM-DD); the checks count time again from the day after.'),
    reason: optionalText().apply(described, 'Why, in a few words, e.g. parental leave. For you; the checks do not read it.'),
  })
  .apply(described, 'Time away, e.g. { from: 2026-12-20, until: 2027-01-06, reason: parental leave }.');

export type AwayPeriod = z.output<typeof awayPeriodSchema>;

/** A finding put off until a day: the check drops it up to and including `until`. */
export const snoozeSchema = z
  .strictObject({
    check: requiredText('check')
      .check(z.regex(CHECK_ID_PATTERN, { error: (iss) => `"${String(iss.input)}" is not a check id; write it as docs/checks.md does, e.g. feedback/stale` }))
      .apply(described, 'The id of the check to quiet, e.g. feedback/stale (as docs/checks.md lists them).'),
    until: isoDateSchema.apply(described, 'The last day the finding stays quiet (YYYY-MM-DD); it comes back the day after.'),
    about: optionalText().apply(described,
      'Which finding of that check: a topic id, a file name (2026-11-20.yaml), or a file and a date (feedback.yaml 2026-10-30, the day the feedback was observed or the action is due). Absent: every finding of that check about this person.',
    ),
    reason: optionalText().apply(described, 'Why it can wait, in a few words. For you; the checks do not read it.'),
  })
  .apply(described, 'A finding put off until a day, e.g. { check: cadence/overdue, until: 2026-12-08, reason: team offsite }.');

export type Snooze = z.output<typeof snoozeSchema>;

export const personSchema = z
  .strictObject({
    name: requiredText('name').check(z.minLength(1, { error: 'name is empty' })).apply(described, 'Full name, as you address the person.'),
    role: optionalText().apply(described, 'Role or title, e.g. "Senior engineer, Payments".'),
    professional: z._default(z.boolean({ error: 'professional is true or false' }), false).apply(described,
        'true for a senior professional (staff engineer, tech lead, specialist) coached by persuasion: their topic conversations should name a shared purpose up front.',
      ),
    cadence: blankable(cadenceSchema).apply(described,
      'How often you meet: weekly, biweekly, monthly, or a number of days. Absent: the default cadence setting (weekly unless changed).',
    ),
    since: optionalDate().apply(described, 'The day you started managing this person (YYYY-MM-DD); no 1:1 is expected before it.'),
    until: optionalDate().apply(described,
      'The last day you managed this person (YYYY-MM-DD). After it no 1:1 is expected, the checks that count days up to today fall quiet, and a feedback delay is a hint at most.',
    ),
    away: blankable(z.array(awayPeriodSchema)).apply(described,
      'Time away: a list of { from, until, reason }. Checks that count days (1:1 cadence, recognition, feedback and action follow-up, plan reviews) are quiet while the person is away, and the days away do not count afterwards.',
    ),
    snooze: blankable(z.array(snoozeSchema)).apply(described,
      'Findings put off until a day: a list of { check, until, about, reason }. Each stays quiet up to and including until.',
    ),
  })
  .check(z.superRefine((p, ctx) => {
    p.away?.forEach((a, i) => {
      if (a.until < a.from) ctx.addIssue({ code: 'custom', path: ['away', i, 'until'], message: `until (${a.until}) is before from (${a.from})` });
    });
  }))
  .apply(described, 'A person you hold 1:1s with: <notes folder>/<person-id>/person.yaml. The folder name is the person id.')
  .apply(withMeta, { title: '1:1 Coach person' });

export type Person = z.output<typeof personSchema>;
export type PersonInput = z.input<typeof personSchema>;

// ---------------------------------------------------------------------------
// Feedback (in a 1:1 file and in feedback.yaml)

export const followUpSchema = z
  .strictObject({
    state: progressStateSchema.apply(described, 'Where the feedback stands now: open (no change yet), improving, or resolved.'),
    date: isoDateSchema.apply(described, 'When you followed up (YYYY-MM-DD).'),
    note: optionalText().apply(described, 'What you saw or discussed when following up.'),
  })
  .apply(described, 'Your latest follow-up on this feedback, e.g. { state: improving, date: 2026-03-18 }. Update it each time you follow up.');

export type FollowUp = z.output<typeof followUpSchema>;

const feedbackFields = {
  kind: feedbackKindSchema.apply(described, 'positive (keep doing this) or corrective (change this).'),
  observed: isoDateSchema.apply(described, 'When you saw the behaviour (YYYY-MM-DD). The gap to `given` is the feedback delay.'),
  situation: optionalText().apply(described, 'Situation: where and when it happened.'),
  behaviour: requiredText('behaviour').check(z.minLength(1, { error: 'behaviour is empty' })).apply(described, 'Behaviour: what the person did, as you observed it (facts, not judgements).'),
  impact: optionalText().apply(described, 'Impact: what it caused, for the team, users or the person; why it matters.'),
  followUp: blankable(followUpSchema).apply(described,
    'Your latest follow-up, e.g. { state: improving, date: 2026-03-18 }. Corrective feedback without one goes stale.',
  ),
  topic: blankable(topicIdSchema).apply(described, 'Id of the topic this feedback belongs to, e.g. code-review-latency.'),
};

/** observed must not come after given. */
function checkObservedBeforeGiven(item: { observed: string; given?: string | undefined }, ctx: z.core.$RefinementCtx<{ observed: string; given?: string | undefined }>): void {
  const given = item.given;
  if (given !== undefined && given !== NOT_YET && given < item.observed) {
    ctx.addIssue({ code: 'custom', path: ['given'], message: `given (${given}) is before observed (${item.observed})` });
  }
}

/** A feedback item inside a 1:1 file: given in that 1:1 unless `given` says otherwise. */
export const oneOnOneFeedbackSchema = z
  .strictObject({
    ...feedbackFields,
    given: blankable(isoDate('', true, NOT_YET_IN_ONE_ON_ONE)).apply(described, 'When you gave the feedback (YYYY-MM-DD). Absent: in this 1:1, on its date.'),
  })
  .check(z.superRefine(checkObservedBeforeGiven))
  .apply(described, 'Feedback given in (or recorded at) this 1:1, as situation, behaviour, impact.');

/** A feedback item in feedback.yaml: `given` is a date or `not-yet`. */
export const loggedFeedbackSchema = z
  .strictObject({
    ...feedbackFields,
    given: z
      .union([z.literal(NOT_YET), isoDate(', or not-yet')], {
        error: (iss) =>
          iss.input === undefined
            ? 'given is required in feedback.yaml: the date you gave it (YYYY-MM-DD), or not-yet'
            : 'given is a date (YYYY-MM-DD) or not-yet',
      })
      .apply(described, 'When you gave the feedback (YYYY-MM-DD), or not-yet if you have not given it yet (it ages every day).'),
  })
  .check(z.superRefine(checkObservedBeforeGiven))
  .apply(described, 'Feedback observed outside a 1:1: given on the spot, or still to give.');

/**
 * A feedback item from either file. In a 1:1 file `given` may be absent (the
 * 1:1's date); in feedback.yaml it is a date or `not-yet`. Use givenDate().
 */
export type FeedbackItem = z.output<typeof oneOnOneFeedbackSchema> | z.output<typeof loggedFeedbackSchema>;
export type OneOnOneFeedback = z.output<typeof oneOnOneFeedbackSchema>;
export type LoggedFeedback = z.output<typeof loggedFeedbackSchema>;

/**
 * The date a feedback item was given, or undefined when it is not given yet.
 * Pass the 1:1's date for items from a 1:1 file; omit it for feedback.yaml.
 */
export function givenDate(item: FeedbackItem, oneOnOneDate?: string): string | undefined {
  if (item.given === NOT_YET) return undefined;
  return item.given ?? oneOnOneDate;
}

// ---------------------------------------------------------------------------
// Topic conversations

export const planReviewSchema = z
  .strictObject({
    outcome: requiredText('outcome').check(z.minLength(1, { error: 'outcome is empty' })).apply(described, 'What the review found against the goals and measures, and what happens next.'),
    date: optionalDate().apply(described, 'When the review took place (YYYY-MM-DD). Absent: in this 1:1, on its date.'),
  })
  .apply(described, 'The review of a formal plan. Write it in the 1:1 where the review happened.');

export type PlanReview = z.output<typeof planReviewSchema>;

export const stageExceptionSchema = z
  .strictObject({
    kind: exceptionKindSchema.apply(described, 'conduct or safety.'),
    reason: requiredText('reason').check(z.minLength(1, { error: 'reason is empty' })).apply(described, 'Why this cannot wait for the usual stages.'),
  })
  .apply(described, 'Marks a conduct or safety matter that skips escalation stages on purpose, e.g. { kind: safety, reason: ... }.');

export type StageException = z.output<typeof stageExceptionSchema>;

export const topicConversationSchema = z
  .strictObject({
    id: topicIdSchema.apply(described, 'Short id that links conversations on the same topic across 1:1s, e.g. code-review-latency.'),
    title: optionalText().apply(described, 'A readable name for the topic; once, on the first conversation, is enough.'),
    stance: stanceSchema.apply(described,
      'How you held this conversation: supportive (1st: expectation, assumed gap, support), socratic (2nd: open questions, their view), plan (3rd and later: a formal action plan).',
    ),
    status: z._default(progressStateSchema, 'open').apply(described, 'Where the topic stands after this conversation: open (default), improving, or resolved (as of this 1:1).'),
    sharedPurpose: optionalText().apply(described, 'The purpose you both serve, named before the hard part. Expected for professionals.'),
    explanation: optionalText().apply(described, 'Explanation: why it matters, for the team, users, the person.'),
    encouragement: optionalText().apply(described, 'Encouragement: your confidence in the person, what is going well.'),
    empowerment: optionalText().apply(described, 'Empowerment: what the person owns and decides next.'),
    expectation: optionalText().apply(described, 'What good looks like, in this situation, in your own words (not a link to a job ladder).'),
    gap: optionalChoice(gapKindSchema, 'gap is one of: knowledge, skill, unclear-expectation').apply(described, 'Supportive: the gap you assume: knowledge, skill, or unclear-expectation.'),
    support: textList().apply(described, 'The support you offer or give: coaching, pairing, training, time, ...'),
    questions: textList().apply(described, 'Socratic: the open questions you asked.'),
    barriers: textList().apply(described, 'Socratic: what gets in the way, as found together.'),
    rootCause: optionalText().apply(described, 'Socratic: the root cause you arrived at.'),
    theirView: optionalText().apply(described, "Socratic: the person's own view, in their words."),
    goals: textList().apply(described, 'Plan: specific goals.'),
    measures: textList().apply(described, 'Plan: how progress is measured.'),
    timeline: optionalText().apply(described, 'Plan: the time frame, e.g. "six weeks, check-ins every Monday".'),
    reviewDate: optionalDate().apply(described, 'Plan: when the plan will be reviewed (YYYY-MM-DD).'),
    review: blankable(planReviewSchema).apply(described, 'Plan: the review itself, once held: { outcome, date }.'),
    exception: blankable(stageExceptionSchema).apply(described, 'Only for conduct or safety matters that skip stages: { kind, reason }.'),
    notes: optionalText().apply(described, 'Anything else about this conversation.'),
  })
  .apply(described, 'One conversation about a shortfall, linked to earlier and later ones by its id.');

export type TopicConversation = z.output<typeof topicConversationSchema>;

/** The topic fields each stance is about (the three Es, sharedPurpose, exception and notes apply to all). */
export const STANCE_FIELDS = {
  supportive: ['expectation', 'gap', 'support'],
  socratic: ['questions', 'barriers', 'rootCause', 'theirView', 'support'],
  plan: ['goals', 'measures', 'support', 'timeline', 'reviewDate', 'review'],
} as const satisfies Record<Stance, readonly (keyof TopicConversation)[]>;

// ---------------------------------------------------------------------------
// Action items

export const actionItemSchema = z
  .strictObject({
    text: requiredText('text').check(z.minLength(1, { error: 'text is empty' })).apply(described, 'What will be done.'),
    owner: ownerSchema.apply(described, 'me (you, the manager) or them (the person).'),
    due: optionalDate().apply(described, 'Due date (YYYY-MM-DD).'),
    done: z._default(z.union([z.boolean(), isoDateSchema], { error: 'done is true, false, or the date it was done (YYYY-MM-DD)' }), false).apply(described, 'false (default), true, or better the date it was done (YYYY-MM-DD).'),
  })
  .apply(described, 'A commitment made in this 1:1.');

export type ActionItem = z.output<typeof actionItemSchema>;

// ---------------------------------------------------------------------------
// YYYY-MM-DD.yaml: one 1:1

export const oneOnOneSchema = z
  .strictObject({
    date: isoDateSchema.apply(described, 'The day of the 1:1 (YYYY-MM-DD); must match the file name.'),
    agenda: textList().apply(described, 'What you planned to talk about, theirs and yours.'),
    notes: optionalText().apply(described, 'Notes you could share with the person.'),
    private: optionalText().apply(described, 'Notes for you alone, kept apart from the shareable notes.'),
    feedback: objectList(oneOnOneFeedbackSchema).apply(described, 'Feedback given in this 1:1, positive and corrective.'),
    topics: objectList(topicConversationSchema).apply(described, 'Conversations about a shortfall, one per topic id.'),
    actions: objectList(actionItemSchema).apply(described, 'Action items: what you (me) and they (them) will do.'),
  })
  .check(z.superRefine((o, ctx) => {
    o.feedback.forEach((f, i) => {
      if (f.given !== undefined && ISO_DATE_PATTERN.test(f.given) && f.given > o.date) {
        ctx.addIssue({ code: 'custom', path: ['feedback', i, 'given'], message: `given (${f.given}) is after this 1:1 (${o.date}); log it in feedback.yaml instead` });
      } else if (f.given === undefined && f.observed > o.date) {
        ctx.addIssue({ code: 'custom', path: ['feedback', i, 'observed'], message: `observed (${f.observed}) is after this 1:1 (${o.date})` });
      }
    });
    const seen = new Set<string>();
    o.topics.forEach((t, i) => {
      if (seen.has(t.id)) {
        ctx.addIssue({ code: 'custom', path: ['topics', i, 'id'], message: `Topic ${t.id} appears twice in this 1:1; write one conversation per topic` });
      }
      seen.add(t.id);
    });
  }))
  .apply(described, 'One 1:1: <notes folder>/<person-id>/YYYY-MM-DD.yaml (a second one that day: YYYY-MM-DDb.yaml).')
  .apply(withMeta, { title: '1:1 Coach 1:1 notes' });

export type OneOnOne = z.output<typeof oneOnOneSchema>;
export type OneOnOneInput = z.input<typeof oneOnOneSchema>;

// ---------------------------------------------------------------------------
// feedback.yaml

export const feedbackLogSchema = z
  .strictObject({
    feedback: objectList(loggedFeedbackSchema).apply(described, 'Feedback observed outside 1:1s, newest last.'),
  })
  .apply(described, 'Feedback outside 1:1s: <notes folder>/<person-id>/feedback.yaml.')
  .apply(withMeta, { title: '1:1 Coach feedback log' });

export type FeedbackLog = z.output<typeof feedbackLogSchema>;
export type FeedbackLogInput = z.input<typeof feedbackLogSchema>;

// ---------------------------------------------------------------------------
// For the loader and the build

/** The schema for each kind of notes file (see classifyNotesFile in layout.ts). */
export const schemaForKind = {
  person: personSchema,
  oneOnOne: oneOnOneSchema,
  feedbackLog: feedbackLogSchema,
} as const;

export type NotesData = {
  person: Person;
  oneOnOne: OneOnOne;
  feedbackLog: FeedbackLog;
};

/** The keys each object in the format allows, for "did you mean" suggestions. */
export const KNOWN_KEYS = {
  person: Object.keys(personSchema.shape),
  away: Object.keys(awayPeriodSchema.shape),
  snooze: Object.keys(snoozeSchema.shape),
  oneOnOne: Object.keys(oneOnOneSchema.shape),
  feedbackLog: Object.keys(feedbackLogSchema.shape),
  oneOnOneFeedback: Object.keys(oneOnOneFeedbackSchema.shape),
  loggedFeedback: Object.keys(loggedFeedbackSchema.shape),
  followUp: Object.keys(followUpSchema.shape),
  topic: Object.keys(topicConversationSchema.shape),
  review: Object.keys(planReviewSchema.shape),
  exception: Object.keys(stageExceptionSchema.shape),
  action: Object.keys(actionItemSchema.shape),
} as const;

/** The draft-07 JSON Schemas of the three file kinds, keyed by the file name to ship them under. */
export function jsonSchemas(): Record<string, object> {
  const options = {
    target: 'draft-07',
    io: 'input',
    override: ({ jsonSchema }: { jsonSchema: { pattern?: string } }) => {
      const pattern = jsonSchema.pattern === undefined ? undefined : JSON_SCHEMA_PATTERNS.get(jsonSchema.pattern);
      if (pattern !== undefined) jsonSchema.pattern = pattern;
    },
  } as const;
  return {
    'person.schema.json': z.toJSONSchema(personSchema, options),
    'one-on-one.schema.json': z.toJSONSchema(oneOnOneSchema, options),
    'feedback-log.schema.json': z.toJSONSchema(feedbackLogSchema, options),
  };
}
