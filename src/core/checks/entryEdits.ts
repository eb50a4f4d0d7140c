// Quick-fix edits on one list entry of a notes file (a feedback item, a topic conversation, an action
// item), computed from the spans the loader recorded: the file's text is not needed, and nothing but
// the changed value or the inserted lines is touched, so comments and key order survive.
//
// Edits are offered only on block entries (`- key: value` lines). An entry written as a flow map
// (`- { kind: positive, ... }`) gets no insertion: an edit there is easier by hand than to get right.
import type { Position, TextEdit } from '../findings';
import type { Located } from '../people/located';
import { rangeOf } from '../reading/loader';
import { spanOf as recordedSpan } from '../reading/packedSpans';
import { childPath } from '../reading/yamlSpans';

function spanOf(entry: Located, path: string): readonly [number, number] | undefined {
  return recordedSpan(entry.loaded, path);
}

/** True when `key:` is written in the entry, with or without a value. */
export function hasKey(entry: Located, key: string): boolean {
  return spanOf(entry, `${childPath(entry.path, key)}:key`) !== undefined;
}

/** Per file: `path@offset` for every map whose key starts at that offset (see opensWithKey). */
const keyStartsOf = new WeakMap<Located['loaded'], Set<string>>();

/**
 * Whether a key of the map at `path` starts where the map does, at `start`: the map is a block map,
 * opened by its first key. Every file's keys are gathered once, in one pass over its spans, so that
 * asking for each of thousands of entries stays cheap.
 */
function opensWithKey(entry: Located, path: string, start: number): boolean {
  let starts = keyStartsOf.get(entry.loaded);
  if (starts === undefined) {
    starts = new Set();
    for (const [key, span] of Object.entries(entry.loaded.spans)) {
      if (!key.endsWith(':key')) continue;
      const dot = key.lastIndexOf('.');
      starts.add(`${dot < 0 ? '' : key.slice(0, dot)}@${span[0]}`);
    }
    keyStartsOf.set(entry.loaded, starts);
  }
  return starts.has(`${path}@${start}`);
}

/**
 * The column the entry's keys start at, when it is a block map (its first key opens the entry);
 * undefined for a flow map or anything else.
 */
function blockKeyColumn(entry: Located): number | undefined {
  const start = spanOf(entry, entry.path)?.[0];
  if (start === undefined) return undefined;
  return opensWithKey(entry, entry.path, start) ? entry.range.start.character : undefined;
}

/**
 * Inserts `key: value` lines (each `[key, value]`; an empty value writes `key:`) into a block entry,
 * on their own lines after the line where `afterLine` ends: by default the entry's last line.
 */
export function insertKeys(entry: Located, pairs: readonly (readonly [string, string])[], afterLine = entry.range.end.line): TextEdit | undefined {
  const column = blockKeyColumn(entry);
  if (column === undefined || pairs.length === 0) return undefined;
  const indent = ' '.repeat(column);
  const lines = pairs.map(([key, value]) => `${indent}${key}:${value === '' ? '' : ` ${value}`}`);
  const lineStarts = entry.loaded.lineStarts;
  if (afterLine + 1 < lineStarts.length) {
    const at: Position = { line: afterLine + 1, character: 0 };
    return { file: entry.file, range: { start: at, end: at }, text: `${lines.join('\n')}\n` };
  }
  // The entry ends the file and no line break follows: start a line of our own.
  const end = entry.range.end;
  return { file: entry.file, range: { start: end, end }, text: `\n${lines.join('\n')}` };
}

/**
 * Sets `key` of the entry to `value`: replaces the value when one is written, completes `key:` when it
 * is left empty, or inserts the key as a new line (block entries only).
 */
export function setKey(entry: Located, key: string, value: string): TextEdit | undefined {
  const path = childPath(entry.path, key);
  const keySpan = spanOf(entry, `${path}:key`);
  if (keySpan === undefined) return insertKeys(entry, [[key, value]]);
  const valueSpan = spanOf(entry, path);
  if (valueSpan !== undefined && valueSpan[1] > valueSpan[0]) {
    return { file: entry.file, range: rangeOf(entry.loaded, path), text: value };
  }
  // `key:` with nothing after it: rewrite the key and its colon.
  const keyRange = rangeOf(entry.loaded, `${path}:key`);
  const end = { line: keyRange.end.line, character: keyRange.end.character + 1 };
  return { file: entry.file, range: { start: keyRange.start, end }, text: `${key}: ${value}` };
}

/**
 * Removes a whole block entry (`- key: value` lines): from its dash line through its last line, and
 * nothing else, so the comments and entries around it stay as written. Undefined for a flow map.
 */
export function removeEntry(entry: Located): TextEdit | undefined {
  if (blockKeyColumn(entry) === undefined) return undefined;
  const { start, end } = entry.range;
  const from: Position = { line: start.line, character: 0 };
  // The line after the entry, when there is one; else the entry ends the file and its last line stays empty.
  const to: Position = end.line + 1 < entry.loaded.lineStarts.length ? { line: end.line + 1, character: 0 } : end;
  return { file: entry.file, range: { start: from, end: to }, text: '' };
}
