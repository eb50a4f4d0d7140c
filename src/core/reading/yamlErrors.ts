// The YAML parser's errors in a manager's words: one finding per mistake, on the line to change.
//
// One typo often makes the parser report several errors: the mistake itself, then the lines after it
// that no longer fit (a missing colon before a block of text turns every line of the text into a key).
// Each error is read with the line it sits on (what is written there, how far it is indented) and
// turned into the mistake a person makes: a missing colon, ": " inside a text, a line indented too far
// or not far enough, a quote or bracket never closed, a tab, something after the end of a value. The
// errors that follow a mistake, on its line or on the lines indented under it, are its echoes and are
// left out. Errors that fit none of these keep the parser's words, after "YAML: ".
import { isMap, isPair, isScalar, isSeq, Scalar, type Document, type YAMLError } from 'yaml';
import type { Fix, Range } from '../findings';
import type { Span } from './loadedFile';
import { clampOffset, offsetToPosition } from './positions';
import { quoted } from './schemaFindings';

export interface SyntaxMistake {
  readonly span: Span;
  readonly message: string;
  /** A quick fix, as the text that replaces `span`. */
  readonly replacement?: { readonly title: string; readonly text: string };
}

interface Mistake extends SyntaxMistake {
  /** The line the mistake is on, and the last line its echoes can be on. */
  readonly line: number;
  readonly lastEcho: number;
  /** The last line that goes with the mistake (its block), when that is before lastEcho. */
  readonly ownEnd?: number;
  /** The whole line is wrong, list dash included (its indentation). */
  readonly wholeLine?: boolean;
}

/**
 * A file is parsed again past its mistakes, to find the next one the parser gave up on, at most this
 * many times, while the text parsed again adds up to no more than MAX_REREAD_CHARS, and only when the
 * parser found few errors (many means a file broken all over: the first mistakes are enough to say).
 */
const MAX_REREADS = 8;
const MAX_REREAD_CHARS = 128 * 1024;
const MAX_ERRORS_TO_REREAD = 100;
/** More mistakes than this in one file are not looked for: the loader shows at most a hundred findings. */
const MAX_MISTAKES = 100;
/** How far back an unclosed [ or { is looked for. */
const MAX_OPENER_DISTANCE = 4096;

/** How much of a person's text a message quotes. */
const MAX_QUOTED = 60;

const TAB_MESSAGE = 'YAML indents with spaces, not tabs: replace the tab at the start of this line with spaces';
const INDENT_MESSAGE = 'This line is not lined up with the lines above it: indent it by as many spaces as the other entries at its level';
const FROM_HERE_MESSAGE = 'The file cannot be read from this line on: look for a typo on this line or the one above it';
const DEEPER_MESSAGE = 'This line is indented further than the line above it: line it up with the entries above it';

const FIXED_MESSAGES: Readonly<Record<string, string>> = {
  TAB_AS_INDENT: TAB_MESSAGE,
  MULTIPLE_DOCS: 'A notes file holds one YAML document: remove this "---" and what follows, or move it to a file of its own',
  TAG_RESOLVE_FAILED: 'Notes files need no YAML tags (such as !name): remove it',
};

/** A short piece of the file's text for a message: one line, cut when long. */
export function excerptOf(text: string): string {
  const line = text.replace(/[\r\n].*$/s, '');
  return line.length > MAX_QUOTED ? `${line.slice(0, MAX_QUOTED - 1)}…` : line;
}

class Lines {
  constructor(readonly text: string, readonly starts: readonly number[]) {}

  /** The line an offset is on. */
  of(offset: number): number {
    return offsetToPosition(this.starts, offset).line;
  }

  start(line: number): number {
    return this.starts[line] ?? this.text.length;
  }

  /** Where the line ends, before its line break. */
  end(line: number): number {
    let end = this.start(line + 1);
    if (end > this.start(line) && this.text.charCodeAt(end - 1) === 0x0a) end--;
    if (end > this.start(line) && this.text.charCodeAt(end - 1) === 0x0d) end--;
    return end;
  }

  /** Spaces and tabs at the start of the line. */
  indent(line: number): number {
    const start = this.start(line);
    const end = this.end(line);
    let i = start;
    while (i < end && (this.text[i] === ' ' || this.text[i] === '\t')) i++;
    return i - start;
  }

  /** Where a key on the line starts: after the indentation and any list dashes. */
  keyColumn(line: number): number {
    const start = this.start(line);
    return /^[ \t]*(?:-[ \t]+)*/.exec(this.text.slice(start, this.end(line)))?.[0].length ?? 0;
  }

  /** Holds nothing but spaces, or a comment. */
  blank(line: number): boolean {
    const first = this.start(line) + this.indent(line);
    return first >= this.end(line) || this.text[first] === '#';
  }

  /** From the first character that is not a space to the last one. */
  content(line: number): Span {
    const start = this.start(line) + this.indent(line);
    return [start, Math.max(start, trimEnd(this.text, start, this.end(line)))];
  }

  /** The next line that is not blank, or undefined. */
  nextFilled(line: number): number | undefined {
    for (let l = line + 1; l < this.starts.length; l++) if (!this.blank(l)) return l;
    return undefined;
  }

  /** The last line of what is indented under the key on `line` (`line` itself when nothing is). */
  blockEnd(line: number, indent = this.keyColumn(line)): number {
    let last = line;
    for (let l = line + 1; l < this.starts.length; l++) {
      if (this.blank(l)) continue;
      if (this.indent(l) <= indent) break;
      last = l;
    }
    return last;
  }
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return end;
}

/** Where a value written on the line ends: before a comment (` #`) and trailing spaces. */
function valueEnd(text: string, start: number, end: number): number {
  const comment = text.slice(start, end).search(/\s#/);
  return trimEnd(text, start, comment < 0 ? end : start + comment);
}

/** The quoted texts of each document looked at, found in one walk. */
const quotedIn = new WeakMap<Document, Span[]>();

function quotedScalars(doc: Document): Span[] {
  let found = quotedIn.get(doc);
  if (found) return found;
  found = [];
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isScalar(node)) {
      const range = node.range;
      if (range && (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE)) found.push([range[0], range[1]]);
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) pending.push(item);
    } else if (isPair(node)) {
      pending.push(node.key, node.value);
    }
  }
  quotedIn.set(doc, found);
  return found;
}

/** The quoted text (single or double quotes) that `offset` lies in, from the parsed document. */
function quotedScalarAround(doc: Document, offset: number): Span | undefined {
  let found: Span | undefined;
  for (const range of quotedScalars(doc)) {
    if (range[0] < offset && range[1] >= offset && (!found || range[0] > found[0])) found = range;
  }
  return found;
}

/** The `[` or `{` before `offset` that was never closed. */
function unclosedOpener(text: string, offset: number, open: string, close: string): number | undefined {
  let depth = 0;
  for (let i = Math.min(offset, text.length) - 1; i >= Math.max(0, offset - MAX_OPENER_DISTANCE); i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

/** Whether `offset` is where a key would start on its line: after the indentation and any list dashes. */
function atKey(lines: Lines, offset: number, line: number): boolean {
  return /^[ \t]*(?:-[ \t]+)*$/.test(lines.text.slice(lines.start(line), offset));
}

/** A line indented further than the key on `line` (the line after it). */
function deeperLine(lines: Lines, line: number): Mistake | undefined {
  const next = lines.nextFilled(line);
  if (next === undefined) return undefined;
  return { span: lines.content(next), message: DEEPER_MESSAGE, line: next, lastEcho: lines.blockEnd(next, lines.keyColumn(line)) };
}

/** A line at the wrong indentation (or a list item without the space after its dash). */
function misaligned(lines: Lines, line: number): Mistake {
  const span = lines.content(line);
  const item = /^-([^\s-].*)$/.exec(lines.text.slice(span[0], span[1]));
  const message = item ? `Put a space after the dash of a list item: "- ${excerptOf(item[1] as string)}"` : INDENT_MESSAGE;
  return { span, message, line, lastEcho: lines.blockEnd(line, lines.indent(line)), wholeLine: true };
}

/** A [ or { at `opened` that is never closed; what follows it is read as its inside, up to `lastEcho`. */
function unclosed(lines: Lines, opened: number, lastEcho: number): Mistake {
  const at = lines.of(opened);
  const message = lines.text[opened] === '['
    ? 'This list starts with [ but has no closing ]: add ] after its last item'
    : 'This starts with { but has no closing }: add } after its last entry';
  return { span: [opened, opened + 1], message, line: at, lastEcho: Math.max(at, lastEcho), ownEnd: lines.blockEnd(at) };
}

/** The [ or { before `offset` that was never closed, whichever is nearer. */
function anyUnclosedOpener(text: string, offset: number): number | undefined {
  const list = unclosedOpener(text, offset, '[', ']');
  const map = unclosedOpener(text, offset, '{', '}');
  return list === undefined ? map : map === undefined ? list : Math.max(list, map);
}

/** A key written without its colon (or without the space after it), starting at `start`. */
function missingColon(lines: Lines, start: number, line: number): Mistake | undefined {
  const end = valueEnd(lines.text, start, lines.end(line));
  const written = lines.text.slice(start, end);
  if (written === '' || written.startsWith('-')) return misaligned(lines, line);
  if (written.startsWith('[') || written.startsWith('{')) return unclosed(lines, start, lines.starts.length - 1);
  const lastEcho = lines.blockEnd(line);
  const noSpace = /^([^\s:]+):(\S.*)$/.exec(written);
  if (noSpace) {
    const message = `Put a space after the colon: "${excerptOf(`${noSpace[1]}: ${noSpace[2]}`)}"`;
    return { span: [start, end], message, line, lastEcho };
  }
  const words = /^([^\s:]+)(?:[ \t]+(.*))?$/.exec(written);
  if (!words) return undefined;
  const key = words[1] as string;
  const should = words[2] === undefined ? `${key}:` : `${key}: ${words[2]}`;
  return { span: [start, end], message: `A colon is missing after "${excerptOf(key)}": write "${excerptOf(should)}"`, line, lastEcho };
}

/**
 * A value that holds ": " (`situation: Monday: hand-over`), so YAML reads a second key in it; the fix
 * puts the value in quotes, when it is all on its line.
 */
function colonInValue(lines: Lines, start: number, line: number): Mistake | undefined {
  const end = valueEnd(lines.text, start, lines.end(line));
  const value = lines.text.slice(start, end);
  if (!/:(?:[ \t]|$)/.test(value) || /^["'[{]/.test(value)) return undefined;
  const inQuotes = quoted(value);
  const message = `The ": " inside this text makes YAML read a new key: put the whole text in quotes, ${excerptOf(inQuotes)}`;
  const next = lines.nextFilled(line);
  const oneLine = next === undefined || lines.indent(next) <= lines.keyColumn(line);
  return {
    span: [start, end], message, line, lastEcho: lines.blockEnd(line),
    ...(oneLine ? { replacement: { title: 'Put the text in quotes', text: inQuotes } } : {}),
  };
}

/** Text after the end of a value (`name: "Ada" Lovelace`, `mood: 'it's fine'`). */
function afterValue(lines: Lines, start: number, end: number, line: number): Mistake {
  const { text } = lines;
  const stop = Math.max(start + 1, trimEnd(text, start, Math.min(end, lines.end(line))));
  const stray = text.slice(start, stop);
  if (start === lines.start(line) + lines.indent(line)) return misaligned(lines, line);
  const lastEcho = lines.blockEnd(line);
  if (text[start - 1] === "'" && /\p{L}/u.test(text[start - 2] ?? '')) {
    const before = /\p{L}*$/u.exec(text.slice(lines.start(line), start - 1))?.[0] ?? '';
    const word = `${before}'${/^\p{L}*/u.exec(stray)?.[0] ?? ''}`;
    const twice = word.replace("'", "''");
    return {
      span: [start - 1, start], line, lastEcho,
      message: `The apostrophe in "${excerptOf(word)}" ends the text in single quotes: write it twice (${excerptOf(twice)}), or put the text in double quotes`,
    };
  }
  return { span: [start, stop], message: `Something follows the end of this value: remove "${excerptOf(stray)}", or put the whole value in quotes`, line, lastEcho };
}

/** One parser error as the mistake a person made; undefined when it is not one this file knows. */
function mistakeOf(code: string, message: string, [start, end]: Span, lines: Lines, doc: Document): Mistake | undefined {
  const { text } = lines;
  const line = lines.of(start);
  switch (code) {
    case 'TAB_AS_INDENT':
      return { span: [start, Math.max(start + 1, end)], message: TAB_MESSAGE, line, lastEcho: lines.blockEnd(line, lines.indent(line)), wholeLine: true };
    case 'MISSING_CHAR': {
      const quote = /Missing closing (["'])quote/.exec(message);
      if (quote) {
        const opened = quotedScalarAround(doc, start)?.[0] ?? text.lastIndexOf(quote[1] as string, start - 1);
        if (opened < 0) return undefined;
        const at = lines.of(opened);
        const q = quote[1] === '"' ? 'double quote (")' : "single quote (')";
        return {
          span: [opened, Math.max(opened + 1, trimEnd(text, opened, lines.end(at)))], line: at, lastEcho: Math.max(at, line), ownEnd: lines.blockEnd(at),
          message: `This text starts with a ${q} that is never closed: add the closing one where the text ends`,
        };
      }
      if (/Sequence item without - indicator/.test(message)) return misaligned(lines, line);
      if (/Missing , between flow/.test(message)) return { span: [start, Math.max(start + 1, end)], message: 'A comma is missing here, between two items of this list', line, lastEcho: line };
      if (/Implicit map keys need to be followed by map values/.test(message) && atKey(lines, start, line)) return missingColon(lines, start, line);
      return undefined;
    }
    case 'MULTILINE_IMPLICIT_KEY':
      if (atKey(lines, start, line)) return missingColon(lines, start, line);
      return deeperLine(lines, line);
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/block sequence/.test(message)) return misaligned(lines, line);
      if (/Nested mappings/.test(message)) return colonInValue(lines, start, line) ?? deeperLine(lines, line);
      return undefined;
    case 'BAD_INDENT': {
      const flow = /Flow (sequence|map) in block collection/.exec(message);
      if (flow) {
        const [open, close] = flow[1] === 'sequence' ? ['[', ']'] : ['{', '}'];
        const opened = unclosedOpener(text, start, open, close);
        // The parser stops the list at this line, and reads the rest of its block askew.
        return opened === undefined ? undefined : unclosed(lines, opened, lines.blockEnd(line, lines.indent(line) - 1));
      }
      if (/must start at the same column/.test(message)) return misaligned(lines, line);
      return undefined;
    }
    case 'BLOCK_IN_FLOW': {
      const opened = anyUnclosedOpener(text, start);
      return opened === undefined ? undefined : unclosed(lines, opened, lines.starts.length - 1);
    }
    case 'UNEXPECTED_TOKEN': {
      const first = lines.nextFilled(-1);
      if (first !== undefined && lines.indent(first) > lines.indent(line) && /in YAML stream|at node end/.test(message) && atKey(lines, start, line)) {
        // The file's first key is indented, the keys after it are not: everything after it reads as stray.
        const message = 'This first line is indented, but the keys after it are not: remove the spaces at its start';
        return { span: lines.content(first), message, line: first, lastEcho: lines.starts.length - 1, ownEnd: first, wholeLine: true };
      }
      const header = /Block scalar header includes extra characters/.test(message) ? lines.text.slice(start, valueEnd(text, start, lines.end(line))) : undefined;
      if (header !== undefined) {
        const marker = text[start - 1] === '>' || text[start - 1] === '|' ? (text[start - 1] as string) : '|';
        return { span: [start, Math.max(start + 1, start + header.length)], message: `Nothing goes after ${marker} on this line: the text starts on the next line; remove "${excerptOf(header)}"`, line, lastEcho: lines.blockEnd(line) };
      }
      if (/block-seq-ind on same line with key/.test(message)) {
        return { span: lines.content(line), message: 'A list starts on the line after its key: put each "- " item on a line of its own, indented under the key', line, lastEcho: lines.blockEnd(line) };
      }
      const closer = /Unexpected flow-(?:seq|map)-end token/.test(message) ? text[start] : undefined;
      if (closer === ']' || closer === '}') {
        return { span: [start, start + 1], message: `This ${closer} closes nothing: remove it`, line, lastEcho: line };
      }
      if (/at node end/.test(message)) return afterValue(lines, start, end, line);
      return undefined;
    }
    default: {
      if (/(?:Anchor|Alias) cannot be an empty string/.test(message)) {
        const c = /^Anchor/.test(message) ? '&' : '*';
        return { span: [start, start + 1], message: `A name must follow this ${c} right away: remove the ${c}, or put the text in quotes`, line, lastEcho: line };
      }
      const flowStart = /Plain value cannot start with (?:flow )?indicator character (\S)/.exec(message);
      if (flowStart) {
        return { span: [start, start + 1], message: `A text cannot start with ${flowStart[1]} unless it is in quotes: put the text in quotes, or remove the ${flowStart[1]}`, line, lastEcho: line };
      }
      if (/Block scalar lines must not be less indented/.test(message)) return misaligned(lines, line);
      const fixed = FIXED_MESSAGES[code];
      return fixed ? { span: [start, Math.max(start, end)], message: fixed, line, lastEcho: line } : undefined;
    }
  }
}

/**
 * The parser's errors on `text`, but for a tab on a line of nothing but spaces and tabs: such a line is
 * an empty line, and the data reads the same (the parser objects to it after a key left empty).
 */
export function parserErrors(text: string, doc: Document): YAMLError[] {
  return doc.errors.filter((e) => e.code !== 'TAB_AS_INDENT' || !blankAround(text, e.pos[0]));
}

function blankAround(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return /^[ \t\r]*$/.test(text.slice(start, end < 0 ? text.length : end));
}

/** The mistakes of one parse, each after line `after`; the errors that echo an earlier one are left out. */
function collapse(lines: Lines, doc: Document, errors: readonly YAMLError[], after: number): Mistake[] {
  const { text } = lines;
  const clamp = (o: number) => clampOffset(text, o);
  const sorted = errors.map((e, i) => ({ e, i, at: clamp(e.pos[0]) })).sort((a, b) => a.at - b.at || a.i - b.i);
  const kept: Mistake[] = [];
  let echoesUntil = after;
  const lastLine = lines.starts.length - 1;
  for (const { e, at } of sorted) {
    if (lines.of(at) <= echoesUntil) continue;
    // Once the parser has left the document, all that follows is stray to it: echoes of a mistake before.
    const stray = /in YAML stream/.test(e.message);
    if (stray && kept.length > 0) break;
    const span: Span = [at, Math.max(at, clamp(e.pos[1]))];
    const line = lines.of(at);
    const mistake = mistakeOf(e.code, e.message, span, lines, doc)
      ?? (stray ? { span: lines.content(line), message: FROM_HERE_MESSAGE, line, lastEcho: lastLine, ownEnd: line } : { span, message: `YAML: ${e.message}`, line, lastEcho: line });
    if (mistake.line <= echoesUntil) continue;
    kept.push(mistake);
    if (kept.length >= MAX_MISTAKES) break;
    echoesUntil = Math.max(echoesUntil, mistake.lastEcho);
  }
  return kept;
}

/** `text` with the lines of the mistakes turned into spaces: every offset stays where it was. */
function blanked(text: string, lines: Lines, mistakes: readonly Mistake[]): string {
  let out = '';
  let from = 0;
  for (const m of mistakes) {
    // From the key on: a list item keeps its dash, so the lines under it still belong to it.
    const start = lines.start(m.line) + (m.wholeLine ? 0 : lines.keyColumn(m.line));
    const end = lines.end(m.ownEnd ?? m.lastEcho);
    if (start < from) continue;
    out += text.slice(from, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    from = end;
  }
  return out + text.slice(from);
}

/**
 * The parser's errors of `text` (its document `doc`) as one mistake each, in the order of the file. The
 * errors that only follow from an earlier mistake are left out. The parser gives up after some mistakes
 * (a quote never closed reads to the end of the file): a small file is read again, `parse`, with the
 * lines of the mistakes found blanked out, to find the mistakes after them. An error this file cannot
 * read keeps the parser's words.
 */
export function syntaxMistakes(text: string, lineStarts: readonly number[], doc: Document, errors: readonly YAMLError[], parse: (text: string) => Document): SyntaxMistake[] {
  const lines = new Lines(text, lineStarts);
  const all = collapse(lines, doc, errors, -1);
  let found = all;
  let current = text;
  const rounds = Math.min(MAX_REREADS, Math.floor(MAX_REREAD_CHARS / Math.max(1, text.length)));
  for (let round = 0; round < rounds && found.length > 0 && errors.length <= MAX_ERRORS_TO_REREAD; round++) {
    current = blanked(current, lines, found);
    const after = Math.max(...found.map((m) => m.ownEnd ?? m.lastEcho));
    const again = parse(current);
    found = collapse(lines, again, parserErrors(current, again), after);
    all.push(...found);
  }
  return all.map(({ span, message, replacement }) => (replacement ? { span, message, replacement } : { span, message }));
}

/** The fix of a mistake, for a finding in `file` at `range`; undefined when it has none. */
export function mistakeFix(file: string, mistake: SyntaxMistake, range: Range): Fix | undefined {
  return mistake.replacement ? { title: mistake.replacement.title, edits: [{ file, range, text: mistake.replacement.text }] } : undefined;
}

/** A parser warning (which keeps the data) in plain words where there are some. */
export function warningMessage(warning: YAMLError): string {
  return FIXED_MESSAGES[warning.code] ?? `YAML: ${warning.message}`;
}
