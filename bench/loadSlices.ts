// loadSliceMsMax: the longest synchronous stretch of the editor's load, driven through loadCheckedNotes
// as the extension drives it: slices of about 20 ms that yield to the host with setImmediate. A
// stretch runs from the start (or the end of a yield) to the next yield (or the end of the load).
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadCheckedNotes } from '../src/core/workspace/loadCheckedNotes';
import { BENCH_KEY, CTX } from './config';

export interface SliceRun {
  /** The longest stretch without a yield, ms. */
  readonly maxMs: number;
  /** How many times the load yielded. */
  readonly yields: number;
  /** The whole load, ms. */
  readonly totalMs: number;
}

export async function slicedLoad(root: string, cachePath: string): Promise<SliceRun> {
  let maxMs = 0;
  let yields = 0;
  const start = performance.now();
  let resumed = start;
  const yieldTo = () => {
    maxMs = Math.max(maxMs, performance.now() - resumed);
    yields += 1;
    return new Promise<void>((resolve) => setImmediate(() => { resumed = performance.now(); resolve(); }));
  };
  await loadCheckedNotes(root, CTX, { cachePath, key: BENCH_KEY, slices: { sliceMs: 20, yieldTo } });
  const end = performance.now();
  return { maxMs: Math.max(maxMs, end - resumed), yields, totalMs: end - start };
}

/** A cold load (no cache file), then a warm one (the cache it wrote). */
export async function slicedLoads(root: string, cachePath: string): Promise<{ cold: SliceRun; warm: SliceRun }> {
  rmSync(cachePath, { force: true });
  const cold = await slicedLoad(root, cachePath);
  const warm = await slicedLoad(root, cachePath);
  return { cold, warm };
}
