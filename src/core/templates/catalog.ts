// The conversation templates, as snippet text: the ones "Insert Conversation Template…" offers, and
// every snippet contributed in snippets/notes.code-snippets (see snippetsFile.ts). Bodies are
// relative to where they go: a list entry to its dash column, keys to the entry's key column.
import { placeholder, STANCES, type Stance } from '../schema';
import { ONE_ON_ONE_HINTS, snippetStyle, type TemplateKey } from './fields';
import { feedbackSnippetLines } from './feedbackEntry';
import { TabStops, TODAY_VARIABLES } from './snippetSyntax';
import { conversationKeys, keyLines, topicEntryLines } from './topicEntry';

export type TemplateId = Stance | 'feedback-positive' | 'feedback-corrective' | 'opening-professional';

export interface ConversationTemplate {
  readonly id: TemplateId;
  readonly label: string;
  readonly detail: string;
  /** Where it goes: a `topics` entry, a `feedback` entry, or keys at the start of a topic entry. */
  readonly target: 'topics' | 'feedback' | 'opening';
}

export const STANCE_TEMPLATES: Record<Stance, ConversationTemplate> = {
  supportive: {
    id: 'supportive', target: 'topics', label: 'Supportive conversation',
    detail: '1st talk on a topic: what good looks like, the gap you assume, the support you offer',
  },
  socratic: {
    id: 'socratic', target: 'topics', label: 'Socratic conversation',
    detail: '2nd talk: open questions, barriers, root cause, their view in their words',
  },
  plan: {
    id: 'plan', target: 'topics', label: 'Formal action plan',
    detail: '3rd talk and later: goals, measures, support, timeline, review date',
  },
};

export const TEMPLATES: readonly ConversationTemplate[] = [
  ...STANCES.map((s) => STANCE_TEMPLATES[s]),
  { id: 'feedback-positive', target: 'feedback', label: 'Positive feedback', detail: 'situation, behaviour, impact: what to keep doing' },
  { id: 'feedback-corrective', target: 'feedback', label: 'Corrective feedback', detail: 'situation, behaviour, impact: what to change' },
  {
    id: 'opening-professional', target: 'opening', label: 'Opening for a senior professional',
    detail: 'name the purpose you share and what you value in their work, before the hard part',
  },
];

export function templateById(id: string): ConversationTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/** The keys of the opening for a professional, relative to the entry's key column. */
export function openingLines(stops: TabStops): string[] {
  return [
    '# Start from what you both care about and what you value in their work; facts, not verdicts.',
    `sharedPurpose: ${stops.placeholder(placeholder('the outcome you both want, in a sentence'))}`,
    `encouragement: ${stops.placeholder(placeholder('what you respect in their expertise and judgement'))}`,
  ];
}

const OPENING_KEYS: readonly TemplateKey[] = ['sharedPurpose', 'encouragement'];

/** A whole new entry for a template: a topic conversation (the opening starts a supportive one) or a feedback item. */
export function entrySnippetLines(t: ConversationTemplate, professional: boolean, logged = false): string[] {
  const style = snippetStyle();
  if (t.target === 'feedback') return feedbackSnippetLines(t.id === 'feedback-positive' ? 'positive' : 'corrective', style.stops, logged);
  const idText = style.stops.placeholder('topic-id');
  const titleText = style.stops.placeholder(placeholder('a readable name for the topic'));
  if (t.target === 'opening') return topicEntryLines({ stance: 'supportive', professional: false, style, idText, titleText, leadingKeys: OPENING_KEYS });
  return topicEntryLines({ stance: t.id as Stance, professional, style, idText, titleText });
}

/** The keys a template adds inside an existing topic entry, skipping those already written. */
export function keysSnippetLines(t: ConversationTemplate, professional: boolean, written: ReadonlySet<string>): string[] {
  const style = snippetStyle();
  if (t.target === 'opening') {
    const [comment, ...keys] = openingLines(style.stops);
    const missing = keys.filter((_, i) => !written.has(OPENING_KEYS[i] as string));
    return missing.length ? [comment as string, ...missing] : [];
  }
  if (t.target === 'feedback') return [];
  return keyLines(conversationKeys(t.id as Stance, professional), style, written);
}

/** A whole new 1:1 file as a snippet. */
export function oneOnOneSnippetLines(): string[] {
  const stops = new TabStops();
  return [
    `date: ${stops.placeholder(TODAY_VARIABLES, true)}`,
    'agenda:',
    `  - ${stops.placeholder(placeholder(ONE_ON_ONE_HINTS.agenda))}`,
    'notes: |',
    `  ${stops.placeholder(placeholder(ONE_ON_ONE_HINTS.notes))}`,
    'private: |',
    `  ${stops.placeholder(placeholder(ONE_ON_ONE_HINTS.private))}`,
    'feedback:   # fb-positive, fb-corrective',
    'topics:   # topic-supportive, topic-socratic, topic-plan',
    'actions:',
    `  - text: ${stops.placeholder(placeholder('what will be done'))}`,
    `    owner: ${stops.choice(['me', 'them'])}`,
    `    due: ${stops.placeholder(TODAY_VARIABLES, true)}`,
  ];
}
