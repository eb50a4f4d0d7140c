// Long work written as a generator of small steps, so that the same code runs straight through (the
// command line, tests) or in slices that give the host its turn between them (the editor's extension
// host must never be blocked in one long stretch). A step yields how far the work has come, or nothing.

/** Where a load stands: files read so far of those found, then people checked of everyone. */
export interface StepProgress {
  readonly stage: 'reading' | 'checking';
  readonly done: number;
  readonly total: number;
}

export type Steps<T> = Generator<StepProgress | undefined, T, undefined>;

export interface LoadSlices {
  /** About how long one piece of work may run before the host gets its turn (ms). */
  readonly sliceMs: number;
  /** Gives the host its turn; resolves when the load may go on. */
  readonly yieldTo: () => Promise<void>;
  /** How far the load has come: `done` of `total` files read, or people checked (`stage`). */
  readonly onProgress?: (done: number, total: number, stage: StepProgress['stage']) => void;
}

/** Runs every step at once; returns what the work returns. */
export function runThrough<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs the steps, giving the host its turn whenever `sliceMs` is used up, and reporting progress at each
 * turn and at the end. A single step longer than a slice runs whole: steps are kept small instead.
 */
export async function runInSlices<T>(steps: Steps<T>, slices: LoadSlices, now: () => number = () => performance.now()): Promise<T> {
  let started = now();
  let progress: StepProgress | undefined;
  const report = () => progress && slices.onProgress?.(progress.done, progress.total, progress.stage);
  for (;;) {
    const next = steps.next();
    if (next.done) {
      report();
      return next.value;
    }
    if (next.value) progress = next.value;
    if (now() - started >= slices.sliceMs) {
      report();
      await slices.yieldTo();
      started = now();
    }
  }
}
