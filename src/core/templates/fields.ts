// The keys a template writes, with a hint for each in our own words, and how one key renders:
// as a snippet placeholder, or as plain YAML (an empty key with the hint in a comment, which the
// format reads as "not written", so a template is valid before anything is filled in).
import { GAP_KINDS, PROGRESS_STATES, STANCE_FIELDS, type Stance } from '../schema';
import { PURPOSE_LABELS, QUESTION_BANK, QUESTION_PURPOSES } from './questionBank.data';
import { TabStops, TODAY_VARIABLES } from './snippetSyntax';

/** How a key's value is written. */
type Shape = 'text' | 'block' | 'list' | 'date' | 'gap' | 'status' | 'questions' | 'later';

interface FieldSpec {
  readonly shape: Shape;
  readonly hint: string;
}

export const FIELD_SPECS = {
  sharedPurpose: { shape: 'text', hint: 'what you both want here, said before the hard part' },
  expectation: { shape: 'text', hint: 'what good looks like in this situation, in your own words' },
  gap: { shape: 'gap', hint: 'the gap you assume: knowledge, skill or unclear-expectation' },
  support: { shape: 'list', hint: 'what you offer (coaching, pairing, time, a course)' },
  questions: { shape: 'questions', hint: 'the open questions you asked' },
  barriers: { shape: 'list', hint: 'what gets in the way, as you found it together' },
  rootCause: { shape: 'text', hint: 'the cause you arrived at together' },
  theirView: { shape: 'block', hint: 'their view, in their own words' },
  goals: { shape: 'list', hint: 'one specific goal, observable by both of you' },
  measures: { shape: 'list', hint: 'how you will both see progress' },
  timeline: { shape: 'text', hint: 'the time frame, e.g. six weeks with a check-in each Monday' },
  reviewDate: { shape: 'date', hint: 'when you review the plan (YYYY-MM-DD)' },
  review: { shape: 'later', hint: 'once held, { outcome: what the review found }' },
  explanation: { shape: 'text', hint: 'why it matters, for the team, users or them' },
  encouragement: { shape: 'text', hint: 'what is going well; your confidence in them' },
  empowerment: { shape: 'text', hint: 'what they own and decide next' },
  status: { shape: 'status', hint: 'open, improving or resolved after today' },
} as const satisfies Record<string, FieldSpec>;

export type TemplateKey = keyof typeof FIELD_SPECS;

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

/** The lines of one key, relative to the key's column. */
export function fieldLines(key: TemplateKey, style: TemplateStyle): string[] {
  const spec: FieldSpec = FIELD_SPECS[key];
  if (style.kind === 'plain') return plainLines(key, spec);
  const stops = style.stops;
  switch (spec.shape) {
    case 'text': return [`${key}: ${stops.placeholder(spec.hint)}`];
    case 'block': return [`${key}: |`, `  ${stops.placeholder(spec.hint)}`];
    case 'list': return [`${key}:`, `  - ${stops.placeholder(spec.hint)}`];
    case 'date': return [`${key}: ${stops.placeholder(TODAY_VARIABLES, true)}`];
    case 'gap': return [`${key}: ${stops.choice(GAP_KINDS)}`];
    case 'status': return [`${key}: ${stops.choice(PROGRESS_STATES)}`];
    case 'questions': return [`${key}:`, ...QUESTION_PURPOSES.map((p) => `  - ${stops.choice(QUESTION_BANK[p])}`)];
    case 'later': return [`${key}:   # ${spec.hint}`];
  }
}

function plainLines(key: TemplateKey, spec: FieldSpec): string[] {
  if (spec.shape === 'status') return [`${key}: open   # ${spec.hint}`];
  if (spec.shape !== 'questions') return [`${key}:   # ${spec.hint}`];
  // The key alone reads as an empty list; the comments under it suggest one question per purpose.
  return [`${key}:   # ${spec.hint}; some to start from:`, ...QUESTION_PURPOSES.map((p) => `  #   ${QUESTION_BANK[p][0]}   (${PURPOSE_LABELS[p]})`)];
}
