// Spans packed for the warm-start cache. A LoadedFile's spans are a record of dotted paths, and the same
// paths (`topics.0.stance`, `feedback.1.observed:key`) come back in file after file. Packed, each file's
// spans are one flat list of numbers, [pathId, start, end, pathId, start, end, ...], against one table
// of paths shared by the whole cache: less to store, much less to parse, and unpacked only for the
// files whose ranges are asked for (lazySpans).
import type { LoadedFile, Span } from './loadedFile';

export class SpanPathTable {
  private readonly ids = new Map<string, number>();

  /** Starts from the paths of a cache read earlier, so the packed spans stored there stay valid. */
  constructor(readonly paths: string[] = []) {
    paths.forEach((p, i) => this.ids.set(p, i));
  }

  pack(spans: Readonly<Record<string, Span>>): number[] {
    const packed: number[] = [];
    for (const path of Object.keys(spans)) {
      let id = this.ids.get(path);
      if (id === undefined) {
        id = this.paths.push(path) - 1;
        this.ids.set(path, id);
      }
      const span = spans[path] as Span;
      packed.push(id, span[0], span[1]);
    }
    return packed;
  }

  /** The spans again; a triple that does not make sense (a damaged cache) is skipped, never thrown. */
  unpack(packed: readonly unknown[]): Record<string, Span> {
    const entries: [string, Span][] = [];
    for (let i = 0; i + 2 < packed.length; i += 3) {
      const [id, start, end] = [packed[i], packed[i + 1], packed[i + 2]];
      const path = typeof id === 'number' ? this.paths[id] : undefined;
      if (path !== undefined && typeof start === 'number' && typeof end === 'number') entries.push([path, [start, end]]);
    }
    // fromEntries, as the loader does: a path named `__proto__` stays a plain key.
    return Object.fromEntries(entries);
  }
}

/**
 * A LoadedFile from its stored fields, whose `spans` are unpacked on first use (then kept as a plain
 * property). Everything else about it is plain data.
 */
export function lazySpans(stored: Omit<LoadedFile, 'spans'>, unpack: () => Record<string, Span>): LoadedFile {
  const loaded = { ...stored } as LoadedFile;
  Object.defineProperty(loaded, 'spans', {
    enumerable: true,
    configurable: true,
    get(): Record<string, Span> {
      const spans = unpack();
      Object.defineProperty(loaded, 'spans', { value: spans, enumerable: true, writable: false, configurable: false });
      return spans;
    },
  });
  return loaded;
}

/** Every own field of a LoadedFile but its spans, without reading the spans (which may be lazy). */
export function withoutSpans(loaded: LoadedFile): Omit<LoadedFile, 'spans'> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(loaded)) if (key !== 'spans') out[key] = (loaded as unknown as Record<string, unknown>)[key];
  return out as unknown as Omit<LoadedFile, 'spans'>;
}
