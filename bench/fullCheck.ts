// The full check as the command line and Problems need it, and the views on top: load, validate,
// index, every coaching check (checkNotesRoot), then the grouping the views use for every person.
import { performance } from 'node:perf_hooks';
import { checkNotesRoot } from '../src/core/workspace/checkFolder';
import { CTX } from './config';
import { byFile, ViewModels } from './viewModels';

/** Returns the ms of the views' part (after checkNotesRoot). */
export function fullCheck(root: string): number {
  const { index, findings } = checkNotesRoot(root, CTX);
  const start = performance.now();
  new ViewModels(byFile(index, findings), CTX).everything();
  return performance.now() - start;
}
