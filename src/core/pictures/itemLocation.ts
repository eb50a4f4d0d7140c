// Where a picture's item was written, as the webview asks to open it: the file and a 1-based line.
import { fieldRange, type Located } from '../people/located';
import type { PictureLocation } from './pictureData';

/** The line an entry starts on (or, given a field, the line of that field's value), with its file. */
export function locationOf(entry: Located, field?: string): PictureLocation {
  const range = field === undefined ? entry.range : fieldRange(entry, field);
  return { file: entry.file, line: range.start.line + 1 };
}
