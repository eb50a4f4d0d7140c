// The contents of snippets/notes.code-snippets, built from the template catalog. A unit test keeps the
// shipped file equal to this (run it with UPDATE_SNIPPETS=1 to rewrite the file).
import { entrySnippetLines, oneOnOneSnippetLines, openingLines, templateById, type TemplateId } from './catalog';
import { TabStops } from './snippetSyntax';

export interface SnippetDefinition {
  readonly prefix: string;
  readonly description: string;
  readonly body: readonly string[];
}

/** Where a snippet is meant to be typed: it decides the indentation a test wraps it in. */
export type SnippetPlace = 'file' | 'topics' | 'feedback' | 'feedbackLog' | 'topicKeys';

export interface ContributedSnippet extends SnippetDefinition {
  readonly name: string;
  readonly place: SnippetPlace;
}

function entry(id: TemplateId, logged = false): string[] {
  const t = templateById(id);
  if (!t) throw new Error(`no template ${id}`);
  return [...entrySnippetLines(t, false, logged), '$0'];
}

export function contributedSnippets(): ContributedSnippet[] {
  return [
    { name: '1:1 new file', place: 'file', prefix: '1on1-new', description: 'A new 1:1: date, agenda, notes, private notes, feedback, topics, actions', body: [...oneOnOneSnippetLines(), '$0'] },
    { name: '1:1 positive feedback', place: 'feedback', prefix: 'fb-positive', description: 'Positive feedback in a 1:1 (under feedback:): situation, behaviour, impact', body: entry('feedback-positive') },
    { name: '1:1 corrective feedback', place: 'feedback', prefix: 'fb-corrective', description: 'Corrective feedback in a 1:1 (under feedback:): situation, behaviour, impact', body: entry('feedback-corrective') },
    { name: '1:1 logged positive feedback', place: 'feedbackLog', prefix: 'fb-log-positive', description: 'Positive feedback in feedback.yaml, with the date you gave it (or not-yet)', body: entry('feedback-positive', true) },
    { name: '1:1 logged corrective feedback', place: 'feedbackLog', prefix: 'fb-log-corrective', description: 'Corrective feedback in feedback.yaml, with the date you gave it (or not-yet)', body: entry('feedback-corrective', true) },
    { name: '1:1 supportive conversation', place: 'topics', prefix: 'topic-supportive', description: '1st conversation on a topic (under topics:): expectation, assumed gap, support', body: entry('supportive') },
    { name: '1:1 Socratic conversation', place: 'topics', prefix: 'topic-socratic', description: '2nd conversation (under topics:): open questions by purpose, barriers, root cause, their view', body: entry('socratic') },
    { name: '1:1 formal action plan', place: 'topics', prefix: 'topic-plan', description: '3rd conversation and later (under topics:): goals, measures, support, timeline, review date', body: entry('plan') },
    { name: '1:1 opening for a senior professional', place: 'topicKeys', prefix: 'opening-professional', description: 'Inside a topic entry: the purpose you share and what you value in their work, before the hard part', body: [...openingLines(new TabStops()), '$0'] },
  ];
}

/** The snippets file as it should be shipped. */
export function snippetsFileText(): string {
  const file: Record<string, SnippetDefinition> = {};
  for (const s of contributedSnippets()) file[s.name] = { prefix: s.prefix, description: s.description, body: s.body };
  return `${JSON.stringify(file, null, 2)}\n`;
}
