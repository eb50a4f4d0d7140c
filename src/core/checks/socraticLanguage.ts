// socratic/leading-language: what the manager wrote for a Socratic conversation, read as a small
// grammar (socraticLanguage.data.ts). Each question is classified by its opening (closed yes/no, a
// blame "why", a negative question that holds its answer; open requests and "why"s about purpose stay
// quiet) and by the verdicts it presupposes ("…again", "How many times…", "…, right?"); words that
// judge the person are found in every text the manager wrote (questions, barriers, rootCause; never
// theirView, which holds the person's own words). A gentle hint, with an open way of asking instead,
// built from the question's own words where a template fits.
import type { Range } from '../findings';
import { fieldRange } from '../people/located';
import type { TopicConversationEntry } from '../people/personNotes';
import { phrasePattern } from './escalation/phrases';
import { finding, present, type DocTable, type Rule } from './rule';
import {
  ABBREVIATIONS, AUXILIARIES, DEGREE_WORDS, JUDGMENT_LISTS, KIND_PROBLEMS, LEAD_INS, LOWER_CASE_STARTS, MARKERS, NEGATIVE_AUXILIARIES,
  LABEL, OBJECT_FORMS, OPEN_REQUESTS, OPENINGS, PURPOSE_WORDS, TAG_OPEN, TAG_PROBLEM, TAGS, TENSE_WORDS,
  type HintKind, type JudgmentList, type Marker, type Opening,
} from './socraticLanguage.data';

// ---- The pattern syntax of the data file, compiled once ----

const YOU = ['you', 'we', 'I', 'they', 'he', 'she'];
const PLACEHOLDERS: Record<string, readonly string[]> = {
  PURPOSE: PURPOSE_WORDS, DEGREE: DEGREE_WORDS, REQUEST: OPEN_REQUESTS, AUX: AUXILIARIES, NEG: NEGATIVE_AUXILIARIES, YOU,
};

/** A data pattern as a regular expression source: placeholders expanded, a space any run of spaces, an apostrophe optional and straight or curly. */
function patternSource(pattern: string): string {
  const expanded = pattern.replace(/\{([A-Z]+)\}/g, (all, name: string) => PLACEHOLDERS[name]?.join('|') ?? all);
  return expanded.replace(/ /g, '\\s+').replace(/'/g, "['’]?");
}

/** Any one of `phrases` (data patterns) as whole words. */
function wholeWords(phrases: readonly string[]): string {
  return `(?<![\\p{L}\\p{N}'’-])(?:${phrases.map(patternSource).join('|')})(?![\\p{L}\\p{N}-])`;
}

const OPENING_PATTERNS = OPENINGS.map((opening) => ({ opening, pattern: new RegExp(`^(?:${patternSource(opening.pattern)})`, 'isu') }));
const MARKER_PATTERNS = MARKERS.map((marker) => ({ marker, pattern: new RegExp(wholeWords(marker.phrases), 'isu') }));
const TAG_PATTERN = new RegExp(`(?:,|\\s[–—-])\\s*(?:${TAGS.map(patternSource).join('|')})$`, 'iu');
const LEAD_IN = new RegExp(`^(?:[\\s"'“‘(*•–—-]+)?(?:(?:${LEAD_INS.map(patternSource).join('|')})\\b[\\s,;:.!–—-]*)*`, 'iu');
const LABEL_PATTERN = new RegExp(LABEL, 'u');
const LOWER_START = new RegExp(`^(?:${LOWER_CASE_STARTS.join('|')})\\b`, 'u');
const JUDGMENT_PATTERNS = JUDGMENT_LISTS.map((list) => ({ list, pattern: new RegExp(phrasePattern(list.phrases), 'giu') }));

// ---- Questions ----

export interface Sentence {
  /** Where it starts in the text. */
  readonly index: number;
  /** As written, without the spaces around it. */
  readonly text: string;
}

const NOT_SENTENCE_ENDS = new Set(ABBREVIATIONS);

/** The sentences of `text`: each ends at "?" or "!", or at "." followed by a space (not after e.g. or a single letter). */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '') out.push({ index: start + lead, text: body });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '?' || c === '!') {
      while (text[i + 1] === '?' || text[i + 1] === '!') i++;
      push(i + 1);
    } else if (c === '.' && (i + 1 === text.length || /\s/u.test(text[i + 1]!))) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, i - 8), i))?.[1]?.toLowerCase() ?? '';
      if (!NOT_SENTENCE_ENDS.has(word) && word.length !== 1) push(i + 1);
    }
  }
  push(text.length);
  return out;
}

/**
 * The questions in a text the manager wrote: in a `questions:` item every sentence ending in "?"
 * (every sentence, when none does: a question written without its mark); elsewhere only those.
 */
export function questionsIn(text: string, isQuestionItem: boolean): Sentence[] {
  const sentences = sentencesOf(text);
  const asked = sentences.filter((s) => s.text.endsWith('?'));
  return isQuestionItem && asked.length === 0 ? sentences : asked;
}

export interface QuestionReading {
  readonly kind: HintKind | 'open';
  /** What is wrong, as the message says it ("is a yes/no question, which probes little"). */
  readonly problem?: string;
  /** The words the hint is about, inside the question: the whole question, or the words of a verdict. */
  readonly at?: { readonly index: number; readonly text: string };
  /** An open way of asking it. */
  readonly rephrasing?: string;
}

const OPEN: QuestionReading = { kind: 'open' };

/** The text after lead-in words, and after a short label too; each with its offset in the question. */
function starts(question: string): { offset: number; text: string }[] {
  const lead = LEAD_IN.exec(question)![0].length;
  const out = [{ offset: lead, text: question.slice(lead) }];
  const label = LABEL_PATTERN.exec(question.slice(lead));
  if (label) {
    const after = lead + label[0].length;
    const more = LEAD_IN.exec(question.slice(after))![0].length;
    out.push({ offset: after + more, text: question.slice(after + more) });
  }
  return out;
}

function firstOpening(body: string): { opening: Opening; groups: Record<string, string | undefined> } | undefined {
  for (const { text } of starts(body)) {
    for (const { opening, pattern } of OPENING_PATTERNS) {
      const m = pattern.exec(text);
      if (m) return { opening, groups: m.groups ?? {} };
    }
  }
  return undefined;
}

/** An open question from a template: `{name}` from the groups, `{obj}` and `{do}`/`{is}` from the subject and tense. */
function fillTemplate(template: string, groups: Readonly<Record<string, string | undefined>>): string {
  const word = (name: string): string => {
    const value = groups[name] ?? '';
    if (name === 'rest') return value;
    const lower = value.toLowerCase();
    return lower === 'i' ? 'I' : lower;
  };
  const filled = template.replace(/\{([a-z]+)\}/g, (_all, name: string) => {
    if (name === 'obj') return OBJECT_FORMS[word('subj').toLowerCase()] ?? 'them';
    if ((name === 'do' || name === 'is') && groups['be']) return TENSE_WORDS[word('be')]?.[name] ?? name;
    return word(name);
  });
  const tidy = filled.replace(/\s+/gu, ' ').replace(/ ([?,])/g, '$1').trim();
  return tidy.charAt(0).toUpperCase() + tidy.slice(1);
}

const LONGEST_REPHRASING = 160;

function shortened(text: string): string {
  if (text.length <= LONGEST_REPHRASING) return text;
  return `${text.slice(0, LONGEST_REPHRASING).replace(/\s+\S*$/u, '')}…?`;
}

/**
 * Reads one question: open, or what is wrong with it, where, and how to ask it openly. Every pattern
 * is anchored or a plain alternation of words, so the cost grows with the length of the question.
 */
export function readQuestion(question: string): QuestionReading {
  const body = question.replace(/[\s?!.…]+$/u, '');
  if (body === '') return OPEN;
  const whole = { index: 0, text: question };
  const found = firstOpening(body);
  if (found && (found.opening.kind === 'blame' || found.opening.kind === 'verdict')) {
    return { kind: found.opening.kind, problem: KIND_PROBLEMS[found.opening.kind], at: whole, rephrasing: shortened(fillTemplate(found.opening.open!, found.groups)) };
  }
  const tag = TAG_PATTERN.exec(body);
  if (tag && tag.index > 0) {
    const statement = body.slice(0, tag.index).trimEnd().replace(LEAD_IN, '');
    const lowered = LOWER_START.test(statement.toLowerCase()) ? statement.charAt(0).toLowerCase() + statement.slice(1) : statement;
    return {
      kind: 'verdict',
      problem: TAG_PROBLEM,
      at: { index: tag.index, text: question.slice(tag.index).trim() },
      rephrasing: shortened(fillTemplate(TAG_OPEN, { rest: lowered })),
    };
  }
  const marker = firstMarker(body);
  if (marker) return { kind: marker.marker.kind, problem: marker.marker.problem, at: { index: marker.index, text: marker.text }, rephrasing: marker.marker.instead };
  if (found?.opening.kind === 'closed') {
    return { kind: 'closed', problem: KIND_PROBLEMS.closed, at: whole, rephrasing: shortened(fillTemplate(found.opening.open!, found.groups)) };
  }
  return OPEN;
}

function firstMarker(body: string): { marker: Marker; index: number; text: string } | undefined {
  let first: { marker: Marker; index: number; text: string } | undefined;
  for (const { marker, pattern } of MARKER_PATTERNS) {
    const m = pattern.exec(body);
    if (m && (!first || m.index < first.index)) first = { marker, index: m.index, text: m[0] };
  }
  return first;
}

/** Whether a Socratic conversation's questions hold at least one open question (not closed, blaming or leading). */
export function hasOpenQuestion(questions: readonly string[]): boolean {
  return questions.some((item) => questionsIn(item, true).some((q) => readQuestion(q.text).kind === 'open'));
}

// ---- Hints in a text ----

export interface LanguageHint {
  /** The words the hint is about, and where they start in the text. */
  readonly index: number;
  readonly text: string;
  readonly message: string;
}

/** `"Did you ask for help…?"`: a long question cut to its first words, for the message. */
function quoted(question: string): string {
  const words = question.split(/\s+/u);
  if (words.length <= 7 && question.length <= 80) return question;
  const cut = words.slice(0, 5).join(' ').slice(0, 60);
  return `${cut}…${question.endsWith('?') ? '?' : ''}`;
}

/** The words of a judgment list in `text`, in order. */
function judgmentWords(text: string): { list: JudgmentList; index: number; text: string }[] {
  const all: { list: JudgmentList; index: number; text: string }[] = [];
  for (const { list, pattern } of JUDGMENT_PATTERNS) {
    for (const m of text.matchAll(pattern)) all.push({ list, index: m.index, text: m[0] });
  }
  return all.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
}

/**
 * The hints for one text the manager wrote: one per question that is not open (about the whole
 * question, or about the words of the verdict it holds), and one per judging word outside those words.
 */
export function languageHints(text: string, isQuestionItem: boolean): LanguageHint[] {
  const out: LanguageHint[] = [];
  const verdictWords: { start: number; end: number }[] = [];
  for (const question of questionsIn(text, isQuestionItem)) {
    const reading = readQuestion(question.text);
    if (reading.kind === 'open' || !reading.at) continue;
    const index = question.index + reading.at.index;
    const wholeQuestion = reading.at.index === 0 && reading.at.text === question.text;
    const words = wholeQuestion ? quoted(question.text) : reading.at.index > 0 && /^[,–—-]/u.test(reading.at.text) ? `…${reading.at.text}` : reading.at.text;
    if (!wholeQuestion) verdictWords.push({ start: index, end: index + reading.at.text.length });
    out.push({ index, text: reading.at.text, message: `"${words}" ${reading.problem}; ask it open: "${reading.rephrasing}"` });
  }
  for (const word of judgmentWords(text)) {
    const end = word.index + word.text.length;
    if (verdictWords.some((v) => word.index < v.end && end > v.start)) continue;
    if (out.some((h) => h.text === word.text && h.index === word.index)) continue;
    out.push({ index: word.index, text: word.text, message: `"${word.text}" is ${word.list.problem}; try asking "${word.list.instead}"` });
  }
  return out.sort((a, b) => a.index - b.index);
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
function managerTexts(entry: TopicConversationEntry): { path: string; text: string; isQuestionItem: boolean }[] {
  const c = entry.conversation;
  return [
    ...c.questions.map((text, i) => ({ path: `questions.${i}`, text, isQuestionItem: true })),
    ...c.barriers.map((text, i) => ({ path: `barriers.${i}`, text, isQuestionItem: false })),
    ...(c.rootCause === undefined ? [] : [{ path: 'rootCause', text: c.rootCause, isQuestionItem: false }]),
  ];
}

// ---- The grammar, as docs/checks.md shows it ----

const code = (text: string) => `\`${text}\``;
const KIND_NAMES: Record<HintKind | 'open', string> = { open: 'open: quiet', closed: 'closed', blame: 'blame', verdict: 'verdict' };

/** The tables of the grammar for docs/checks.md, made from the data file. */
export function grammarTables(): DocTable[] {
  return [
    {
      title: 'How a question is read',
      intro:
        'A question is a `questions:` item (each of its sentences), or a sentence ending in "?" in the barriers or the root cause. ' +
        'Its opening is matched against the table below, first match first, after lead-in words; a question that matches ' +
        'none ("What…", "How…", "Where…") is open. Then the words anywhere in it that presuppose a verdict, and tag ' +
        'endings, are looked for. In a pattern, a space is any run of spaces, an apostrophe may be straight, curly or ' +
        'missing, `{rest}` and the other names in braces are the words the rephrasing repeats, and the capitals in braces ' +
        'are the word lists further down.',
      header: ['kind', 'opening (pattern)', 'example', 'open rephrasing'],
      rows: OPENINGS.map((o) => [KIND_NAMES[o.kind], code(o.pattern), o.example[0], o.example[1] ?? '(none: it is open)']),
    },
    {
      title: 'Verdicts presupposed anywhere in a question',
      header: ['words', 'what they presuppose', 'example', 'instead'],
      rows: [
        ...MARKERS.map((m) => [m.phrases.map(code).join(', '), m.problem, m.example, m.instead]),
        [TAGS.map(code).join(', '), `at the end, after a comma: ${TAG_PROBLEM}`, 'The estimate was too low, right?', TAG_OPEN.replace('{rest}', '{the statement}')],
      ],
    },
    {
      title: 'Word lists',
      header: ['list', 'words'],
      rows: [
        ['{REQUEST}: open requests, after "can / could / would / will you (please)"', OPEN_REQUESTS.join(', ')],
        ['{PURPOSE}: a "why" about purpose or values, first word after "why … you"', PURPOSE_WORDS.join(', ')],
        ['{DEGREE}: words a "How …" rephrasing can ask about', DEGREE_WORDS.join(', ')],
        ['{AUX}: auxiliaries that open a yes/no question', AUXILIARIES.join(', ')],
        ['{NEG}: negative auxiliaries', NEGATIVE_AUXILIARIES.join(', ')],
        ['{YOU}: subjects', YOU.join(', ')],
        ['lead-in words, skipped before the opening', LEAD_INS.join(', ')],
        ['a label before the question, skipped too ("On the release: did you…?")', code(LABEL)],
        ['words with a full stop that do not end a sentence', ABBREVIATIONS.join(', ')],
        ...JUDGMENT_LISTS.map((l) => [`${l.problem}, in every text the manager wrote (instead: "${l.instead}")`, l.phrases.join(', ')]),
      ],
    },
  ];
}

export const leadingLanguageRule: Rule = {
  id: 'socratic/leading-language',
  defaultSeverity: 'hint',
  title: 'Judgmental or leading language in a Socratic conversation',
  label: 'Leading question',
  guidance:
    'A Socratic conversation works when the person can answer freely. Ask questions that open a door instead of ' +
    'pointing at the answer: not "Did you…?" but "What made it easy or hard to…?", not "Why didn\'t you…?" but ' +
    '"What made it hard to…?", and no verdict inside the question ("…again", "…, right?"). Describe what happened ' +
    'rather than judging the person. Their answers belong in theirView, in their own words.',
  doc: {
    why:
      'The second conversation on a shortfall is where the real barriers come out, and only if the person feels ' +
      'heard rather than judged. A yes/no question gets a yes or a no, a "why did you" asks for a defence, and a ' +
      'question that already holds its verdict or a loaded word invites one; either way the barrier stays hidden. ' +
      'A "why" about what matters to the person, and a request to tell the story ("Can you walk me through…?"), ' +
      'are open, and stay quiet.',
    example: [
      'topics:',
      '  - id: review-depth',
      '    stance: socratic',
      '    questions:',
      "      - Why didn't you ask for help when the review queue got out of hand?",
      '      - Did you tell anyone the queue was growing?',
    ].join('\n'),
    settings: [],
    tables: grammarTables(),
  },
  check(notes, ctx) {
    const out = [];
    for (const thread of notes.topicThreads) {
      for (const entry of thread.conversations) {
        if (entry.stance !== 'socratic') continue;
        for (const { path, text, isQuestionItem } of managerTexts(entry)) {
          const value = fieldRange(entry, path);
          for (const hint of languageHints(text, isQuestionItem)) {
            out.push(finding(leadingLanguageRule, ctx, { at: entry, range: rangeInValue(value, text, hint), message: hint.message }));
          }
        }
      }
    }
    return present(out);
  },
};
