// escalation/vague-expectation: an expectation that only points at a document (a job description,
// the career ladder, a policy) instead of saying what good looks like.
//
// The text is cut into clauses. Words after a reference lead ("as described in", "per the") or a
// pointer ("career ladder") in the same clause are the pointer itself, and a clause that opens
// with "see ..." only refers; what is left must hold a few words that describe the work. So
// "Review turnaround as described in the career ladder" fires, while "Reviews within a day, as
// the career ladder also says" does not.
import { fieldRange } from '../../located';
import { finding, present, type Rule } from '../rule';
import { topicName } from './episodes';
import { phrasePattern } from './phrases';
import { EMPTY_WORDS, MIN_DESCRIBING_WORDS, POINTERS, REFERENCE_LEADS, REFERENCE_OPENERS } from './vagueExpectation.data';

const POINTER = new RegExp(phrasePattern(POINTERS, { plural: true }), 'iu');
const POINTER_OR_LEAD = new RegExp(`${phrasePattern(POINTERS, { plural: true })}|${phrasePattern(REFERENCE_LEADS)}`, 'iu');
const OPENER = new RegExp(`^\\s*["'“‘]?${phrasePattern(REFERENCE_OPENERS)}`, 'iu');
const EMPTY = new Set(EMPTY_WORDS);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const CLAUSE_BREAK = /[;:!?()[\]\n]|\.(?=\s|$)|,(?=\s)/;

/** The words of `text` that describe the work, outside pointers and references. */
function describingWords(text: string): string[] {
  const words: string[] = [];
  for (const clause of text.split(CLAUSE_BREAK)) {
    if (OPENER.test(clause)) continue;
    const cut = clause.search(POINTER_OR_LEAD);
    const own = cut < 0 ? clause : clause.slice(0, cut);
    for (const [word] of own.matchAll(WORD)) if (!EMPTY.has(word.toLowerCase())) words.push(word);
  }
  return words;
}

/** The document an expectation points at instead of describing good work; undefined when it describes it. */
export function vaguePointer(expectation: string): string | undefined {
  const pointer = POINTER.exec(expectation)?.[0];
  if (pointer === undefined) return undefined;
  return describingWords(expectation).length < MIN_DESCRIBING_WORDS ? pointer.toLowerCase().replace(/[\s-]+/g, ' ') : undefined;
}

export const vagueExpectation: Rule = {
  id: 'escalation/vague-expectation',
  defaultSeverity: 'warning',
  title: 'An expectation that only points at a document',
  label: 'Vague expectation',
  guidance:
    'Say what good looks like in this situation, in your own words: what the person does, by when, and how you will ' +
    'both see it, e.g. "a first response on any review request within one working day". The ladder or the policy can ' +
    'back that up; it cannot stand in for it.',
  doc: {
    why:
      'A person can only meet an expectation they understand. A link to a job description, a career ladder or a ' +
      'policy leaves them to guess which part applies here and what meeting it would look like, so the first ' +
      'conversation on a shortfall has to state it plainly.',
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
          const shown = pointer.startsWith('as per') ? 'the role' : `the ${pointer}`;
          return finding(vagueExpectation, ctx, {
            at: entry,
            range: fieldRange(entry, 'expectation'),
            message: `The expectation on ${topicName(thread)} points at ${shown} instead of saying what good looks like`,
          });
        }),
      ),
    );
  },
};
