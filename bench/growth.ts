// growth4x: fullOverParse on a repository four times as large (PEOPLE_4X people, the same weeks),
// generated once under .cache/bench/notes-4x, measured in a fresh process so that the 1× data in the
// main process does not weigh on it. Divided by fullOverParse at 1× in the report.
import { ensureNotesRepo } from './generateNotes';
import { notesRoot4x, PEOPLE_4X, SEED, WEEKS } from './config';
import { parseAll, readAll } from './floors';
import { fullCheck } from './fullCheck';
import { median, time } from './measure';

export interface Growth {
  readonly files: number;
  readonly generated: boolean;
  readonly parseMs: number;
  readonly fullMs: number;
  /** Median of per-round ratios, wall. */
  readonly fullOverParse: number;
}

/** In the child: prints the 4× figures as JSON. */
export function measureGrowth(): void {
  const generated = ensureNotesRepo(notesRoot4x, { seed: SEED, people: PEOPLE_4X, weeks: WEEKS });
  const texts = readAll(notesRoot4x);
  const parse = () => parseAll(texts);
  const full = () => fullCheck(notesRoot4x);
  // No warm-up: at this size a run is long enough that compiling the code is lost in it.
  const rounds = Array.from({ length: 3 }, () => ({ parse: time(parse).wall, full: time(full).wall }));
  const out: Growth = {
    files: texts.length, generated,
    parseMs: median(rounds.map((r) => r.parse)), fullMs: median(rounds.map((r) => r.full)),
    fullOverParse: median(rounds.map((r) => r.full / r.parse)),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}
