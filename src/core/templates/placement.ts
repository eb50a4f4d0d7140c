// Where template text goes in a notes file, from the spans the loader records: the topic entry a line
// is in, the end of that entry, the end of a top-level list. Only lines are added, always at the start
// of a line, so nothing the user wrote is changed and no indentation has to be guessed mid-line.
import type { LoadedFile, Span } from '../reading/loadedFile';
import { loadNotesFile } from '../reading/loader';
import { offsetToPosition } from '../reading/positions';
import { indentLines } from './yamlText';

/** Lines to insert at the start of line `line`. */
export interface LineInsertion {
  readonly line: number;
  /** Already indented. */
  readonly lines: readonly string[];
  /**
   * The text does not end with a line break, so `line` does not exist yet: add a line break at the end
   * of the text first.
   */
  readonly newlineFirst: boolean;
}

/** A notes file's text, read for its structure. */
export interface NotesText {
  readonly text: string;
  readonly loaded: LoadedFile;
}

/** A file name of each kind, for reading a text as that kind. */
const FILE_OF_KIND = { oneOnOne: 'p/2000-01-01.yaml', feedbackLog: 'p/feedback.yaml', person: 'p/person.yaml' } as const;

/** Reads `text` as a 1:1 (`kind` oneOnOne), a feedback log or a person file, only for where things are. */
export function readNotesText(text: string, kind: 'oneOnOne' | 'feedbackLog' | 'person'): NotesText {
  return { text, loaded: loadNotesFile(FILE_OF_KIND[kind], text) };
}

function span(n: NotesText, path: string): Span | undefined {
  return Object.hasOwn(n.loaded.spans, path) ? n.loaded.spans[path] : undefined;
}

function lineOf(n: NotesText, offset: number): number {
  return offsetToPosition(n.loaded.lineStarts, offset).line;
}

function columnOf(n: NotesText, offset: number): number {
  return offsetToPosition(n.loaded.lineStarts, offset).character;
}

/** Insert `lines` after line `last`. */
function after(n: NotesText, last: number, lines: readonly string[]): LineInsertion {
  const line = last + 1;
  return { line, lines, newlineFirst: line >= n.loaded.lineStarts.length };
}

/** A topic entry of a 1:1, as written. */
export interface TopicEntryText {
  readonly index: number;
  /** The `id:` as written, when there is one. */
  readonly id?: string;
  /** The keys written in the entry. */
  readonly keys: ReadonlySet<string>;
  readonly firstLine: number;
  readonly lastLine: number;
  /** The column its keys start at. */
  readonly keyColumn: number;
}

function scalarText(n: NotesText, s: Span | undefined): string | undefined {
  if (!s || s[1] <= s[0]) return undefined;
  return n.text.slice(s[0], s[1]).replace(/^(["'])(.*)\1$/, '$2');
}

/** The block-map topic entries of a 1:1, in order. */
export function topicEntries(n: NotesText): TopicEntryText[] {
  const out: TopicEntryText[] = [];
  for (let index = 0; ; index++) {
    const s = span(n, `topics.${index}`);
    if (!s) return out;
    if (s[1] <= s[0] || n.text.charAt(s[0]) === '{') continue; // empty or a flow map: nothing to add into
    const prefix = `topics.${index}.`;
    const keys = new Set<string>();
    for (const path of Object.keys(n.loaded.spans)) {
      if (path.startsWith(prefix) && path.endsWith(':key') && !path.slice(prefix.length).includes('.')) keys.add(path.slice(prefix.length, -':key'.length));
    }
    const id = scalarText(n, span(n, `${prefix}id`));
    out.push({ index, ...(id ? { id } : {}), keys, firstLine: lineOf(n, s[0]), lastLine: lineOf(n, s[1]), keyColumn: columnOf(n, s[0]) });
  }
}

/** The topic entry that line `line` is in. */
export function topicEntryAt(n: NotesText, line: number): TopicEntryText | undefined {
  return topicEntries(n).find((e) => e.firstLine <= line && line <= e.lastLine);
}

/** Key lines (relative to the key column) added at the end of a topic entry. */
export function keysIntoEntry(n: NotesText, entry: TopicEntryText, keyLines: readonly string[]): LineInsertion {
  return after(n, entry.lastLine, indentLines(keyLines, entry.keyColumn));
}

/**
 * A new entry (lines relative to its dash) at the end of the top-level list `key`; the key is added
 * at the end of the file when missing. Undefined when the list is written in flow style (`[...]`).
 */
export function entryIntoList(n: NotesText, key: string, entryLines: readonly string[]): LineInsertion | undefined {
  const keySpan = span(n, `${key}:key`);
  if (!keySpan) {
    const lines = [`${key}:`, ...indentLines(entryLines, 2)];
    const count = n.loaded.lineStarts.length;
    const endsWithBreak = n.text === '' || /[\r\n]$/.test(n.text);
    return endsWithBreak ? { line: count - 1, lines, newlineFirst: false } : { line: count, lines, newlineFirst: true };
  }
  const value = span(n, key);
  if (!value || value[1] <= value[0]) {
    return after(n, lineOf(n, keySpan[0]), indentLines(entryLines, columnOf(n, keySpan[0]) + 2));
  }
  if (n.text.charAt(value[0]) !== '-') return undefined;
  return after(n, lineOf(n, value[1]), indentLines(entryLines, columnOf(n, value[0])));
}
