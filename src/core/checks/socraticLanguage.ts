// socratic/leading-language: judgmental words and leading or closed question openings in what the
// manager wrote for a Socratic conversation (questions, barriers, rootCause; never theirView, which
// holds the person's own words). A gentle hint, with an open way of asking instead.
import type { Range } from '../findings';
import { fieldRange } from '../located';
import type { TopicConversationEntry } from '../personNotes';
import { phrasePattern } from './escalation/phrases';
import { finding, present, type Rule } from './rule';
import { LANGUAGE_LISTS, type LanguageList } from './socraticLanguage.data';

export interface LanguageMatch {
  readonly list: LanguageList;
  /** The words as written. */
  readonly text: string;
  readonly index: number;
}

const MATCHERS = LANGUAGE_LISTS.map((list) => ({
  list,
  pattern: new RegExp(phrasePattern(list.phrases), 'giu'),
}));

/** The judgmental and leading words in `text`, in order; of two overlapping matches the earlier (then longer) wins. */
export function leadingLanguage(text: string): LanguageMatch[] {
  const all: LanguageMatch[] = [];
  for (const { list, pattern } of MATCHERS) {
    for (const m of text.matchAll(pattern)) all.push({ list, text: m[0], index: m.index });
  }
  all.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: LanguageMatch[] = [];
  for (const m of all) {
    const last = kept[kept.length - 1];
    if (!last || m.index >= last.index + last.text.length) kept.push(m);
  }
  return kept;
}

/**
 * The range of `match` inside a value written on one line, plain or quoted without escapes (the
 * written width is then the text's length, or two more for the quotes); else the whole value.
 */
export function rangeInValue(value: Range, text: string, match: { index: number; text: string }): Range {
  const width = value.end.character - value.start.character;
  const oneLine = value.start.line === value.end.line;
  if (!oneLine || (width !== text.length && width !== text.length + 2)) return value;
  const start = value.start.character + (width === text.length ? 0 : 1) + match.index;
  return { start: { line: value.start.line, character: start }, end: { line: value.start.line, character: start + match.text.length } };
}

/** The manager's own texts of a Socratic conversation, each with its path in the entry. */
function managerTexts(entry: TopicConversationEntry): { path: string; text: string }[] {
  const c = entry.conversation;
  return [
    ...c.questions.map((text, i) => ({ path: `questions.${i}`, text })),
    ...c.barriers.map((text, i) => ({ path: `barriers.${i}`, text })),
    ...(c.rootCause === undefined ? [] : [{ path: 'rootCause', text: c.rootCause }]),
  ];
}

export const leadingLanguageRule: Rule = {
  id: 'socratic/leading-language',
  defaultSeverity: 'hint',
  title: 'Judgmental or leading language in a Socratic conversation',
  label: 'Leading question',
  guidance:
    'A Socratic conversation works when the person can answer freely. Describe what happened rather than judging ' +
    'the person, and ask questions that open a door instead of pointing at the answer: "What got in the way of …?", ' +
    '"How did you see …?", "What would help …?". Their answers belong in theirView, in their own words.',
  doc: {
    why:
      'The second conversation on a shortfall is where the real barriers come out, and only if the person feels ' +
      'heard rather than judged. A loaded word or a question that already holds its answer invites a defence, and ' +
      'the barrier stays hidden.',
    example: [
      'topics:',
      '  - id: review-depth',
      '    stance: socratic',
      '    questions:',
      "      - Why didn't you ask for help when the review queue got out of hand?",
    ].join('\n'),
    settings: [],
  },
  check(notes, ctx) {
    const out = [];
    for (const thread of notes.topicThreads) {
      for (const entry of thread.conversations) {
        if (entry.stance !== 'socratic') continue;
        for (const { path, text } of managerTexts(entry)) {
          const value = fieldRange(entry, path);
          for (const match of leadingLanguage(text)) {
            out.push(
              finding(leadingLanguageRule, ctx, {
                at: entry,
                range: rangeInValue(value, text, match),
                message: `"${match.text}" is ${match.list.problem}; try asking "${match.list.instead}"`,
              }),
            );
          }
        }
      }
    }
    return present(out);
  },
};
