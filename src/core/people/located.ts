// Where an index entry was written: its file, the dotted path of its node, and that node's range.
// Entries keep a reference to their LoadedFile, and every range (the entry's own, or a sub-field's
// such as a stance value or a `given` date) is computed on demand from the spans the loader recorded:
// building the index computes none, and a warm start need not unpack the spans (see loadCache.ts).
import type { Range } from '../findings';
import type { LoadedFile } from '../reading/loadedFile';
import { rangeOf } from '../reading/loader';
import { childPath } from '../reading/yamlSpans';

/** Something written at one node of one notes file. */
export interface Located {
  /** Path relative to the notes root, `/`-separated (the same as `loaded.file`). */
  readonly file: string;
  /** Dotted path of the node: `''` the whole document, `topics.2` a list entry. */
  readonly path: string;
  /** The range of that node (for a list entry: the whole entry). */
  readonly range: Range;
  /** The file it came from, for ranges of sub-fields (see fieldRange). */
  readonly loaded: LoadedFile;
}

/** Ranges asked for, by entry: most entries never are, so they carry no field for one. */
const rangeOfNode = new WeakMap<LocatedNode, Range>();

/**
 * The base of the index's entries: `range` is a getter on the prototype, computed on first use, so
 * creating an entry computes no range. (JSON.stringify leaves `range` out.) Fields are `declare`d and
 * assigned in the constructor: thousands of entries are made per start, and field definitions cost more.
 */
export class LocatedNode implements Located {
  declare readonly loaded: LoadedFile;
  declare readonly path: string;
  declare readonly file: string;

  constructor(loaded: LoadedFile, path: string) {
    this.loaded = loaded;
    this.path = path;
    this.file = loaded.file;
  }

  get range(): Range {
    let range = rangeOfNode.get(this);
    if (range === undefined) rangeOfNode.set(this, (range = rangeOf(this.loaded, this.path)));
    return range;
  }
}

/** An entry for the node at `path` of `loaded`. */
export function locate(loaded: LoadedFile, path: string): Located {
  return new LocatedNode(loaded, path);
}

/**
 * The range of a field's value inside an entry (`fieldRange(conversation, 'stance')`), or of a
 * deeper node (`'followUp.date'`, `'goals.1'`). Falls back to the entry's own range when the
 * field is not written, so a finding about a missing field points at the entry that lacks it
 * (and a field left empty, `stance:`, at its key). See rangeOf in loader.ts.
 */
export function fieldRange(entry: Located, field: string): Range {
  return rangeOf(entry.loaded, childPath(entry.path, field));
}

/** The range of a field's key (`stance:` itself); falls back like fieldRange. */
export function fieldKeyRange(entry: Located, field: string): Range {
  return fieldRange(entry, `${field}:key`);
}
