// Timing helpers: wall and CPU time of a run with a garbage collection first, medians and percentiles.
import { performance } from 'node:perf_hooks';

export const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

export interface Timing {
  /** Wall-clock milliseconds. */
  readonly wall: number;
  /** CPU milliseconds (user + system) of this process: less sensitive to a busy machine. */
  readonly cpu: number;
}

/** The value at quantile q (0..1) of the samples, nearest rank. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);

/** One run of `fn`, after a garbage collection. */
export function time(fn: () => unknown): Timing {
  collectGarbage();
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** One run of an async `fn`, after a garbage collection. */
export async function timeAsync(fn: () => Promise<unknown>): Promise<Timing> {
  collectGarbage();
  const cpu = process.cpuUsage();
  const start = performance.now();
  await fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** Median wall and CPU time of `runs` runs of `fn`, after one warm-up run. */
export function medianTime(runs: number, fn: () => unknown): Timing {
  fn();
  const samples = Array.from({ length: runs }, () => time(fn));
  return { wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)) };
}

/** Milliseconds, right-aligned for the report. */
export const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0).padStart(7)} ms`;
