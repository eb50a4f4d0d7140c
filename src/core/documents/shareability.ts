// What a document meant for the person may hold, as the table in docs/notes-format.md decides
// (generated into shareability.data.ts). Documents ask here for every key they use; none decides alone.
import type { FeedbackEntry } from '../people/personNotes';
import { SHAREABILITY } from './shareability.data';
import type { FileKind, Shared } from './shareabilityTable';

/** The keys the table lists for a kind of file: `topics.expectation`, `feedback.behaviour`, ... */
export type TableKey<K extends FileKind> = keyof (typeof SHAREABILITY)[K] & string;

/**
 * Whether what is written at `key` of a `kind` file may appear in a document for the person: the key
 * and every key that holds it are `yes`, or `once given` when `given` (for feedback: given by today).
 */
export function mayShare<K extends FileKind>(kind: K, key: TableKey<K>, given = false): boolean {
  const rows = SHAREABILITY[kind] as Readonly<Record<string, Shared>>;
  const parts = key.split('.');
  return parts.every((_, i) => {
    const row = rows[parts.slice(0, i + 1).join('.')];
    return row === 'yes' || (row === 'once given' && given);
  });
}

/** `value` when `key` may be shared (see mayShare), else undefined. */
export function shared<K extends FileKind, T>(kind: K, key: TableKey<K>, value: T, given = false): T | undefined {
  return mayShare(kind, key, given) ? value : undefined;
}

/** Feedback given by `today`: what the table's `once given` asks. Feedback still to give, or in a later 1:1, is not. */
export function givenBy(entry: FeedbackEntry, today: string): boolean {
  return entry.given !== undefined && entry.given <= today;
}

/** The kind of file a feedback item was written in, as the table names it. */
export function feedbackFileKind(entry: FeedbackEntry): 'oneOnOne' | 'feedbackLog' {
  return entry.oneOnOne === undefined ? 'feedbackLog' : 'oneOnOne';
}
