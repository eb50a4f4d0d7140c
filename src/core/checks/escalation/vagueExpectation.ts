// escalation/vague-expectation: an expectation that only points at a document (a job description,
// the career ladder, a policy) or at a level ("the L4 bar", "what's expected at L5") instead of
// saying what good looks like.
//
// A pointer is a document's name (abbreviated or not), a level or its bar, or a word that names a
// document only in some sentences ("ladder", "matrix") when the sentence makes it one: after "per"
// or "see", before "says", or standing alone. The text is then cut into clauses. Words after a
// reference lead ("as described in", "per the") in the same clause are the pointer itself, and so
// are words that go on naming a part of it ("the matrix for Engineer II"); a clause that opens
// with "see ..." only refers. What is left must hold a few words that describe the work. So
// "Review turnaround as described in the career ladder" fires, while "Reviews within a day, as
// the career ladder also says" and "Write the runbook entry in the handbook within a day" do not.
import { fieldRange } from '../../people/located';
import { finding, present, type Rule } from '../rule';
import { topicName } from './episodes';
import { phrasePattern } from './phrases';
import {
  BAR_OWNERS, BAR_PHRASES, EMPTY_WORDS, LEVEL_LEADS, LEVELS, MIN_DESCRIBING_WORDS, PART_OF_POINTER, POINTER_NAMES,
  POINTERS, REFERENCE_LEADS, REFERENCE_OPENERS, SOMETIMES_POINTERS, SPEAKING_VERBS,
} from './vagueExpectation.data';

/** A whole-word pattern of `phrases`, with `#` in a level standing for its number. */
const words = (phrases: readonly string[], plural = false): string => phrasePattern(phrases, { plural }).replaceAll('#', '\\d{1,2}');

const normal = (text: string): string => text.toLowerCase().replace(/[\s-]+/g, ' ').replace(/’/g, "'");
/** A level as the message names it: "L5" for a code, "your level", else "the next level". */
const levelName = (level: string): string =>
  /\d/.test(level) ? level.toUpperCase().replace(/[\s-]+/g, ' ') : /^(your|his|her|their|my) /.test(normal(level)) ? normal(level) : `the ${normal(level)}`;
const sometimesName = (text: string): string => {
  const noun = Object.keys(SOMETIMES_POINTERS).find((n) => new RegExp(words([n], true), 'iu').test(text)) as string;
  return `the ${SOMETIMES_POINTERS[noun]}`;
};
const DETERMINER = '(?:(?:the|our|your|his|her|their)\\s+)?';
const SOMETIMES = words(Object.keys(SOMETIMES_POINTERS), true);
const LEVEL_LEAD = new RegExp(`^${words(LEVEL_LEADS)}\\s+`, 'iu');

/** Each kind of pointer: what matches it, and how the message names what it matched. A document named outright comes first. */
const KINDS: readonly { pattern: RegExp; name: (match: string) => string; lead?: boolean }[] = [
  { pattern: new RegExp(words(POINTERS, true), 'giu'), name: (m) => `the ${POINTER_NAMES[normal(m)] ?? normal(m)}` },
  { pattern: new RegExp(`${words([...REFERENCE_LEADS, ...REFERENCE_OPENERS])}\\s+${DETERMINER}${SOMETIMES}`, 'giu'), name: sometimesName, lead: true },
  { pattern: new RegExp(`${SOMETIMES}(?:\\s+${words(SPEAKING_VERBS)}|['’]s(?!\\p{L}))`, 'giu'), name: sometimesName },
  { pattern: new RegExp(`^\\W*${DETERMINER}${SOMETIMES}\\W*$`, 'giu'), name: sometimesName },
  {
    pattern: new RegExp(`${words(BAR_OWNERS)}(?:['’]s)?[\\s-]+bar(?![\\p{L}\\p{N}-])`, 'giu'),
    name: (m) => `the ${normal(m).replace(/\b([a-z]{1,3}\d{1,2})\b/g, (code) => code.toUpperCase())}`,
  },
  { pattern: new RegExp(words(BAR_PHRASES), 'giu'), name: () => 'the bar' },
  { pattern: new RegExp(`${words(LEVEL_LEADS)}\\s+${words(LEVELS)}`, 'giu'), name: (m) => levelName(m.replace(LEVEL_LEAD, '').replace(/^(?:the|an?)\s+/i, '')) },
];

interface Pointer {
  readonly start: number;
  readonly end: number;
  /** How the message names it; empty for a reference lead alone, which names nothing itself. */
  readonly name: string;
  /** It opens with a reference lead: the rest of its clause is the pointer's. */
  readonly lead: boolean;
  /** Its place in KINDS (a lead alone: after them all). */
  readonly kind: number;
}

const LEAD = new RegExp(words(REFERENCE_LEADS), 'giu');
const OPENER = new RegExp(`^\\s*["'“‘]?${words(REFERENCE_OPENERS)}`, 'iu');
const PART = new RegExp(`^\\s*${words(PART_OF_POINTER)}`, 'iu');
const EMPTY = new Set(EMPTY_WORDS);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const CLAUSE_BREAK = /[;:!?()[\]\n]|\.(?=\s|$)|,(?=\s)/;

/** The pointers in `text`, in order; where two start together, the longer first. */
function pointersIn(text: string, withLeads = false): Pointer[] {
  const found: Pointer[] = [];
  KINDS.forEach(({ pattern, name, lead = false }, kind) => {
    for (const m of text.matchAll(pattern)) found.push({ start: m.index, end: m.index + m[0].length, name: name(m[0]), lead, kind });
  });
  if (withLeads) for (const m of text.matchAll(LEAD)) found.push({ start: m.index, end: m.index + m[0].length, name: '', lead: true, kind: KINDS.length });
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The words of `text` outside pointers and references that describe the work. */
function describingWords(text: string): string[] {
  const own: string[] = [];
  for (const clause of text.split(CLAUSE_BREAK)) {
    if (OPENER.test(clause)) continue;
    let from = 0;
    let rest = true;
    for (const pointer of pointersIn(clause, true)) {
      if (pointer.start < from) continue;
      own.push(clause.slice(from, pointer.start));
      from = pointer.end;
      // After a lead, or a pointer that goes on naming its part, the clause is the pointer's.
      if (pointer.lead || PART.test(clause.slice(from))) {
        rest = false;
        break;
      }
    }
    if (rest) own.push(clause.slice(from));
  }
  return own.flatMap((part) => [...part.matchAll(WORD)].map(([word]) => word)).filter((w) => !EMPTY.has(w.toLowerCase()) && !/^\p{N}+$/u.test(w));
}

/**
 * What an expectation points at instead of describing good work, as the message names it ("the
 * career ladder", "L5", "the senior bar"); undefined when it describes the work.
 */
export function vaguePointer(expectation: string): string | undefined {
  // The message names the first of the first kind found: a document the text names over a level it mentions.
  const pointer = pointersIn(expectation).sort((a, b) => a.kind - b.kind)[0];
  if (pointer === undefined) return undefined;
  return describingWords(expectation).length < MIN_DESCRIBING_WORDS ? pointer.name : undefined;
}

export const vagueExpectation: Rule = {
  id: 'escalation/vague-expectation',
  defaultSeverity: 'warning',
  title: 'An expectation that only points at a document',
  label: 'Vague expectation',
  guidance:
    'Say what good looks like in this situation, in your own words: what the person does, by when, and how you will ' +
    'both see it, e.g. "a first response on any review request within one working day". The ladder, the level or the ' +
    'policy can back that up; it cannot stand in for it.',
  doc: {
    why:
      'A person can only meet an expectation they understand. A link to a job description, a career ladder, a level\'s ' +
      'bar or a policy leaves them to guess which part applies here and what meeting it would look like, so the first ' +
      'conversation on a shortfall has to state it plainly. The check looks for such references however they are ' +
      'written ("per JD", "the L4 bar", "what\'s expected at L5", "the eng handbook", "as per policy"), and stays ' +
      'quiet when the same sentence also says, in a few words of its own, what the work should look like ("reviews ' +
      'within one working day, which is what the L4 bar asks for"). A word like "ladder" or "matrix" counts only ' +
      'where the sentence makes it a document ("per the ladder", "what the matrix says"), not in "a ladder from facilities".',
    example: [
      'topics:',
      '  - id: code-review-responsiveness',
      '    stance: supportive',
      '    expectation: Review turnaround as described in the career ladder.',
    ].join('\n'),
    settings: [],
  },
  check(notes, ctx) {
    return present(
      notes.topicThreads.flatMap((thread) =>
        thread.conversations.map((entry) => {
          const expectation = entry.conversation.expectation;
          const pointer = expectation === undefined ? undefined : vaguePointer(expectation);
          if (pointer === undefined) return undefined;
          return finding(vagueExpectation, ctx, {
            at: entry,
            range: fieldRange(entry, 'expectation'),
            message: `The expectation on ${topicName(thread)} points at ${pointer} instead of saying what good looks like`,
          });
        }),
      ),
    );
  },
};
