// Reads a notes file from disk without ever holding more than the size cap in memory: the size is
// checked on the open file (fstat) before a byte is read, and the read stops one byte past the cap, so
// a file that grows meanwhile is still refused. A FIFO or device put where a file was is not waited on.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { DEFAULT_MAX_BYTES } from './notesText';

export type NotesBytes =
  | { readonly bytes: Uint8Array }
  /** The file is larger than the cap (this many bytes, or more); none of it was read. */
  | { readonly tooLarge: number };

/** The bytes of the file at `path`, or its size when over `maxBytes`. Throws as fs does (missing, no access, not a file). */
export function readNotesBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): NotesBytes {
  // O_NONBLOCK: opening a FIFO would otherwise wait for a writer; for a regular file it changes nothing.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error('it is not a regular file');
    if (stat.size > maxBytes) return { tooLarge: stat.size };
    // One byte more than the size, to see a file that grew since the stat.
    let buffer = Buffer.allocUnsafe(stat.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return { tooLarge: Math.max(fstatSync(fd).size, length) };
        const bigger = Buffer.allocUnsafe(maxBytes + 1);
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return { bytes: buffer.subarray(0, length) };
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}
