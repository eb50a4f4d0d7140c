// Spans packed. A LoadedFile's spans are a record of dotted paths, and the same paths (`topics.0.stance`,
// `feedback.1.observed:key`) come back in file after file. Packed, each file's spans are one flat list of
// numbers, [pathId, start, end, pathId, start, end, ...], against a table of paths shared by many files:
// the loader records them so (no path string built, no record filled per file), the warm-start cache
// stores them so, and the record a LoadedFile shows as `spans` is unpacked only when first read.
import type { LoadedFile, Span } from './loadedFile';

/**
 * Packed spans: triples [pathId, start, end]. The loader's are an Int32Array, half the memory of an
 * array of numbers; the cache's stay the arrays it read.
 */
export type PackedTriples = readonly number[] | Int32Array;

export class SpanPathTable {
  private readonly ids = new Map<string, number>();
  /** Per path id: its children by key (list indexes as numbers), its `:key` path's id. */
  private readonly children: (Map<string | number, number> | undefined)[] = [];
  private readonly keyIds: (number | undefined)[] = [];

  /** Starts from the paths of a cache read earlier, so the packed spans stored there stay valid. */
  constructor(readonly paths: string[] = []) {
    paths.forEach((p, i) => this.ids.set(p, i));
  }

  /** The id of a dotted path, if the table has it. */
  idOf(path: string): number | undefined {
    return this.ids.get(path);
  }

  /** The id of a dotted path, added when new. */
  id(path: string): number {
    let id = this.ids.get(path);
    if (id === undefined) {
      id = this.paths.push(path) - 1;
      this.ids.set(path, id);
    }
    return id;
  }

  /** The id of `key` under the path `parent` (childPath in yamlSpans.ts), without building the string. */
  child(parent: number, key: string | number): number {
    let children = this.children[parent];
    if (children === undefined) this.children[parent] = children = new Map();
    let id = children.get(key);
    if (id === undefined) {
      const path = this.paths[parent] as string;
      id = this.id(path === '' ? String(key) : `${path}.${key}`);
      children.set(key, id);
    }
    return id;
  }

  /** The id of `path:key` for the path `id`. */
  keyOf(id: number): number {
    let keyId = this.keyIds[id];
    if (keyId === undefined) this.keyIds[id] = keyId = this.id(`${this.paths[id] as string}:key`);
    return keyId;
  }

  pack(spans: Readonly<Record<string, Span>>): number[] {
    const packed: number[] = [];
    for (const path of Object.keys(spans)) {
      const span = spans[path] as Span;
      packed.push(this.id(path), span[0], span[1]);
    }
    return packed;
  }

  /** Packed spans of another table, with this table's ids. */
  translate(packed: PackedTriples, from: SpanPathTable): number[] {
    const out = Array.from(packed);
    if (from === this) return out;
    for (let i = 0; i + 2 < out.length; i += 3) out[i] = this.id(from.paths[out[i] as number] ?? '');
    return out;
  }

  /**
   * The spans again, as the loader records them: in packed order, a path met twice keeps its first place
   * and its last span. A triple that does not make sense (a damaged cache) is skipped, never thrown.
   */
  unpack(packed: ArrayLike<unknown>): Record<string, Span> {
    const spans: Record<string, Span> = {};
    for (let i = 0; i + 2 < packed.length; i += 3) {
      const id = packed[i];
      const start = packed[i + 1];
      const end = packed[i + 2];
      const path = typeof id === 'number' ? this.paths[id] : undefined;
      if (path === undefined || typeof start !== 'number' || typeof end !== 'number') continue;
      // A key named `__proto__` is just a key.
      if (path === '__proto__') Object.defineProperty(spans, path, { value: [start, end], writable: true, enumerable: true, configurable: true });
      else spans[path] = [start, end];
    }
    return spans;
  }
}

/** Where a LoadedFile's packed spans are, for the cache to store them without unpacking. */
export interface PackedSpans {
  readonly paths: SpanPathTable;
  readonly packed: PackedTriples;
}

// A LoadedFile made by lazySpans keeps its packed spans in two fields no one sees: not enumerable, keyed
// by symbols, so that Object.keys, JSON, spreading and deep equality see plain data. Fields, rather than a
// WeakMap, and one getter for every file, rather than a closure each: thousands of files stay small.
const PATHS = Symbol('span paths');
const PACKED = Symbol('packed spans');

interface WithPacked {
  readonly [PATHS]?: SpanPathTable;
  readonly [PACKED]?: PackedTriples;
}

/** The packed spans of a LoadedFile made by lazySpans, if it was. */
export function packedSpansOf(loaded: LoadedFile): PackedSpans | undefined {
  const { [PATHS]: paths, [PACKED]: packed } = loaded as WithPacked;
  return paths && packed ? { paths, packed } : undefined;
}

/**
 * The span recorded for `path` in `loaded`, as `loaded.spans[path]` gives it, without unpacking every
 * span of the file: the last triple with that path (as in unpack). For a LoadedFile not made by
 * lazySpans, its `spans`.
 */
export function spanOf(loaded: Pick<LoadedFile, 'spans'>, path: string): Span | undefined {
  const { [PATHS]: paths, [PACKED]: packed } = loaded as WithPacked;
  if (!paths || !packed) {
    const spans = loaded.spans;
    return Object.hasOwn(spans, path) ? spans[path] : undefined;
  }
  const id = paths.idOf(path);
  if (id === undefined) return undefined;
  for (let i = packed.length - 3; i >= 0; i -= 3) {
    if (packed[i] === id) return [packed[i + 1] as number, packed[i + 2] as number];
  }
  return undefined;
}

/** The getter of every lazy LoadedFile's `spans`: unpacks them, then keeps them as a plain property. */
function unpackedSpans(this: WithPacked): Record<string, Span> {
  const spans = (this[PATHS] as SpanPathTable).unpack(this[PACKED] as PackedTriples);
  Object.defineProperty(this, 'spans', { value: spans, enumerable: true, writable: false, configurable: false });
  return spans;
}

/**
 * `loaded` (a fresh object with every field but `spans`) with `spans` unpacked on first use (then kept as
 * a plain property). Everything else about it is plain data.
 */
export function lazySpans<T extends object>(loaded: T, paths: SpanPathTable, packed: PackedTriples): T & Pick<LoadedFile, 'spans'> {
  Object.defineProperty(loaded, PATHS, { value: paths });
  Object.defineProperty(loaded, PACKED, { value: packed });
  Object.defineProperty(loaded, 'spans', { enumerable: true, configurable: true, get: unpackedSpans });
  return loaded as T & Pick<LoadedFile, 'spans'>;
}

/** Every own field of a LoadedFile but its spans, without reading the spans (which may be lazy). */
export function withoutSpans(loaded: LoadedFile): Omit<LoadedFile, 'spans'> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(loaded)) if (key !== 'spans') out[key] = (loaded as unknown as Record<string, unknown>)[key];
  return out as unknown as Omit<LoadedFile, 'spans'>;
}
