// Offsets in a file's text, as the editor counts lines and characters.
//
// Lines break at `\r\n`, `\n` and a lone `\r`, as in VS Code; characters are UTF-16 code units, which is
// what JavaScript string offsets (and the yaml library's node ranges) count.
import type { Position, Range } from '../findings';
import type { Span } from './loadedFile';

/** Offsets at which each line of `text` starts; always begins with 0. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The line and character of an offset (negative offsets count as 0). */
export function offsetToPosition(lineStarts: readonly number[], offset: number): Position {
  const target = Math.max(0, offset);
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] as number) <= target) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: target - (lineStarts[low] ?? 0) };
}

/** The editor range of a span. */
export function spanToRange(lineStarts: readonly number[], span: Span): Range {
  return { start: offsetToPosition(lineStarts, span[0]), end: offsetToPosition(lineStarts, Math.max(span[0], span[1])) };
}

/**
 * `offset` moved inside `text`: within [0, text.length], and never between the `\r` and `\n` of a line
 * break (an editor has no position there).
 */
export function clampOffset(text: string, offset: number): number {
  const o = Math.min(Math.max(0, Math.trunc(offset) || 0), text.length);
  return o > 0 && text.charCodeAt(o - 1) === 0x0d && text.charCodeAt(o) === 0x0a ? o - 1 : o;
}
