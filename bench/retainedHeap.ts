// retainedHeapMb: the heap the notes services keep after a load, in a fresh process: heap in use after
// loadCheckedNotes (and the grouping of findings the extension asks for at once), minus before, both
// after a full garbage collection, with the CheckedNotes kept alive.
import { loadCheckedNotes } from '../src/core/workspace/loadCheckedNotes';
import { BENCH_KEY, cachePath, CTX, notesRoot } from './config';
import { collectGarbage } from './measure';

export type Start = 'cold' | 'warm';

export interface Retained {
  readonly start: Start;
  readonly files: number;
  readonly retainedMb: number;
}

function heapUsed(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** In the child: loads without a cache (cold) or with the bench's warm cache, prints JSON. */
export async function measureRetained(start: Start): Promise<void> {
  const before = heapUsed();
  const { notes, stats } = await loadCheckedNotes(notesRoot, CTX, start === 'warm' ? { cachePath, key: BENCH_KEY } : {});
  notes.grouped();
  const after = heapUsed();
  if (start === 'warm' && stats.cache !== 'warm') throw new Error(`the cache was ${stats.cache}, not warm`);
  const out: Retained = { start, files: notes.index.files().length, retainedMb: (after - before) / 1_048_576 };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}
