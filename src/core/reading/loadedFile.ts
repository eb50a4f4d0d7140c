// The contract between the loader and the index: one notes file, loaded. Plain, serialisable data
// (it is what the warm-start cache stores), so no yaml Document and no functions live here.
import type { Finding } from '../findings';
import type { NotesFileKind } from './layout';
import type { FeedbackLog, OneOnOne, Person } from '../schema';

/** Offsets [start, end) into the file's text. */
export type Span = readonly [number, number];

interface LoadedBase {
  /** Path relative to the notes root, `/`-separated, e.g. `ada/2026-03-04.yaml`. */
  readonly file: string;
  readonly personId?: string;
  /**
   * Where things are, by dotted path into the parsed YAML: `''` is the whole document, `topics.0` a whole
   * list entry, `topics.0.stance` a value, `topics.0.stance:key` the key itself. Recorded for every map
   * pair and list entry that parsed, so any finding can point at the exact node.
   */
  readonly spans: Readonly<Record<string, Span>>;
  /** Offsets at which each line starts, to turn a Span into a Range. */
  readonly lineStarts: readonly number[];
  /** Format problems: syntax, schema, file name. The coaching checks add theirs later. */
  readonly findings: readonly Finding[];
}

export type LoadedFile =
  | (LoadedBase & { readonly kind: 'person'; readonly data?: Person })
  | (LoadedBase & { readonly kind: 'oneOnOne'; readonly date: string; readonly suffix: string; readonly data?: OneOnOne })
  | (LoadedBase & { readonly kind: 'feedbackLog'; readonly data?: FeedbackLog })
  | (LoadedBase & { readonly kind: 'other'; readonly data?: undefined });

/** Kinds that carry data. */
export type DataKind = Exclude<NotesFileKind, 'other'>;
