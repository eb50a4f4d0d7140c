// What every section of `npm run bench` shares: the generated repositories, how many rounds, the day
// the checks run as of, and where the production build lies.
import { join } from 'node:path';
import { addDays } from '../src/core/dates';
import type { CheckContext } from '../src/core/checks/rule';
import { DEFAULT_SETTINGS } from '../src/core/checks/settings';

export const SEED = 20260304;
export const PEOPLE = 60;
export const WEEKS = 150;
/** The repository for growth4x: four times the people, the same history each. */
export const PEOPLE_4X = PEOPLE * 4;

/** `--quick` (or BENCH_RUNS=1): one round, no growth4x, no detail sections (documents, loader, hostile files): about two minutes. */
export const QUICK = process.argv.includes('--quick') || process.env['BENCH_RUNS'] === '1';
export const RUNS = QUICK ? 1 : Math.max(1, Number(process.env['BENCH_RUNS'] ?? 5));
/** Edits for editMsMedian and editMsP95: enough for a p95 even in the quick mode. */
export const EDITS = 200;

export const projectRoot = join(__dirname, '..');
export const benchCache = join(projectRoot, '.cache', 'bench');
export const notesRoot = join(benchCache, 'notes');
export const notesRoot4x = join(benchCache, 'notes-4x');
/** The warm-start cache the bench loads with (outside the notes, so the CLI never sees it). */
export const cachePath = join(benchCache, 'loaded.json');
/** The production build (`node scripts/build.mjs --production --dist …`), made by bench/run.mjs. */
export const distDir = process.env['BENCH_DIST'] ?? join(projectRoot, 'dist');

/** The generator's first 1:1 is on 2023-01-02; the checks run three days after the last week. */
export const TODAY = addDays('2023-01-02', WEEKS * 7 + 3);
export const CTX: CheckContext = { today: TODAY, settings: DEFAULT_SETTINGS };

/** The key the bench signs its caches with, so that a cache one bench process wrote is warm for another. */
export const BENCH_KEY = new Uint8Array(32).fill(7);
