// The keys a template writes, with a hint for each in our own words, and how one key renders: as a
// snippet (tab stops) or as plain YAML. Both write the same placeholder for what is to be written,
// `<the hint>`, which the format reads as "not written" (schema.ts), so a template is valid, and
// counts as nothing, before the manager writes over it. A choice (the gap, a question from the bank)
// starts at a placeholder too; only `status` starts at a real value, `open`, which counts as nothing.
import { GAP_KINDS, placeholder, PROGRESS_STATES, STANCE_FIELDS, type Stance } from '../schema';
import { PURPOSE_LABELS, QUESTION_BANK, QUESTION_PURPOSES } from './questionBank.data';
import { TabStops } from './snippetSyntax';

/** How a key's value is written. */
type Shape = 'text' | 'block' | 'list' | 'date' | 'gap' | 'status' | 'questions' | 'later';

interface FieldSpec {
  readonly shape: Shape;
  readonly hint: string;
}

export const FIELD_SPECS = {
  sharedPurpose: { shape: 'text', hint: 'what you both want here, said before the hard part' },
  expectation: { shape: 'text', hint: 'what good looks like in this situation, in your own words' },
  gap: { shape: 'gap', hint: 'the gap you assume (knowledge, skill or unclear-expectation)' },
  support: { shape: 'list', hint: 'what you offer (coaching, pairing, time, a course)' },
  questions: { shape: 'questions', hint: 'the open questions you asked' },
  barriers: { shape: 'list', hint: 'what gets in the way, as you found it together' },
  rootCause: { shape: 'text', hint: 'the cause you arrived at together' },
  theirView: { shape: 'block', hint: 'their view, in their own words' },
  goals: { shape: 'list', hint: 'one specific goal, observable by both of you' },
  measures: { shape: 'list', hint: 'how you will both see progress' },
  timeline: { shape: 'text', hint: 'the time frame, e.g. six weeks with a check-in each Monday' },
  reviewDate: { shape: 'date', hint: 'the day you review the plan, YYYY-MM-DD' },
  review: { shape: 'later', hint: 'once held, { outcome: what the review found }' },
  explanation: { shape: 'text', hint: 'why it matters, for the team, users or them' },
  encouragement: { shape: 'text', hint: 'what is going well; your confidence in them' },
  empowerment: { shape: 'text', hint: 'what they own and decide next' },
  status: { shape: 'status', hint: 'open, improving or resolved after today' },
} as const satisfies Record<string, FieldSpec>;

export type TemplateKey = keyof typeof FIELD_SPECS;

/** The hints of a 1:1's own keys, the same in the 1on1-new snippet and in New 1:1's file. */
export const ONE_ON_ONE_HINTS = {
  agenda: 'their topics first, then yours',
  notes: 'what you could share with them',
  private: 'for you alone',
} as const;

/** The three Es that turn a correction into coaching, written on every topic conversation. */
export const COACHING_KEYS = ['explanation', 'encouragement', 'empowerment'] as const satisfies readonly TemplateKey[];

/** The keys a conversation at `stance` is about, in the order a template writes them. */
export function stanceKeys(stance: Stance): readonly TemplateKey[] {
  return STANCE_FIELDS[stance];
}

/** Snippet text (with tab stops) or plain YAML (empty keys, hints in comments). */
export type SnippetStyle = { readonly kind: 'snippet'; readonly stops: TabStops };
export type TemplateStyle = SnippetStyle | { readonly kind: 'plain' };

export const PLAIN: TemplateStyle = { kind: 'plain' };

export function snippetStyle(): SnippetStyle {
  return { kind: 'snippet', stops: new TabStops() };
}

/** The placeholder of a question for one purpose: `<a question to clarify the situation>`. */
export function questionPlaceholder(purpose: (typeof QUESTION_PURPOSES)[number]): string {
  return placeholder(`a question to ${PURPOSE_LABELS[purpose]}`);
}

/** The lines of one key, relative to the key's column. */
export function fieldLines(key: TemplateKey, style: TemplateStyle): string[] {
  const spec: FieldSpec = FIELD_SPECS[key];
  if (style.kind === 'plain') return plainLines(key, spec);
  const stops = style.stops;
  const hint = placeholder(spec.hint);
  switch (spec.shape) {
    case 'text': case 'date': return [`${key}: ${stops.placeholder(hint)}`];
    case 'gap': return [`${key}: ${stops.choice([hint, ...GAP_KINDS])}`];
    case 'block': return [`${key}: |`, `  ${stops.placeholder(hint)}`];
    case 'list': return [`${key}:`, `  - ${stops.placeholder(hint)}`];
    case 'status': return [`${key}: ${stops.choice(PROGRESS_STATES)}`];
    case 'questions': return [`${key}:`, ...QUESTION_PURPOSES.map((p) => `  - ${stops.choice([questionPlaceholder(p), ...QUESTION_BANK[p]])}`)];
    case 'later': return [`${key}:   # ${spec.hint}`];
  }
}

function plainLines(key: TemplateKey, spec: FieldSpec): string[] {
  const hint = placeholder(spec.hint);
  switch (spec.shape) {
    case 'status': return [`${key}: open   # ${spec.hint}`];
    case 'later': return [`${key}:   # ${spec.hint}`];
    case 'block': return [`${key}: |`, `  ${hint}`];
    case 'list': return [`${key}:`, `  - ${hint}`];
    // One placeholder per purpose, with a question from the bank to start from in a comment.
    case 'questions': return [`${key}:`, ...QUESTION_PURPOSES.map((p) => `  - ${questionPlaceholder(p)}   # e.g. ${QUESTION_BANK[p][0]}`)];
    default: return [`${key}: ${hint}`];
  }
}
