// Checks that a picture's location points at a line that holds its item, read straight from the file.
import { strict as assert } from 'node:assert';
import type { PictureLocation } from '../../../src/core/pictures/pictureData';

/**
 * The lines of the item that starts at `at`: its own line, and for a list item (`- ...`) every line
 * after it indented deeper than the dash.
 */
export function itemLines(text: (file: string) => string, at: PictureLocation): string[] {
  const lines = text(at.file).split(/\r?\n/);
  const first = lines[at.line - 1];
  assert.ok(first !== undefined && first.trim() !== '', `${at.file}:${at.line} is not a line with text`);
  const dash = /^(\s*)- /.exec(first);
  if (!dash) return [first];
  const out = [first];
  for (const line of lines.slice(at.line)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (line.length - line.trimStart().length <= (dash[1] as string).length) break;
    out.push(line);
  }
  return out;
}

/** Asserts that the item at `at` writes `key: value` (in a flow map or a block). */
export function assertHolds(text: (file: string) => string, at: PictureLocation, key: string, value: string): void {
  const lines = itemLines(text, at);
  const pattern = new RegExp(`(^|[\\s{,-])${key}: *${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*($|[,}#])`);
  assert.ok(lines.some((l) => pattern.test(l)), `${at.file}:${at.line} does not hold ${key}: ${value}\n${lines.join('\n')}`);
}
