// `npm run bench`, the documents section: what a manager waits for when they ask for a document about
// one person (the briefing, the shareable agenda, the review summary) of a person with 150 1:1s. Each
// document is timed as the editor makes it from the notes it already holds (the core's Markdown; the
// briefing also rendered to HTML with markdown-it, as its panel shows it), the first time for each person
// and then as a median, against a floor measured in
// the same run: one JSON.stringify of everything in that person's files, a single pass over what a
// document reads. Then the command line's path: reading one person's files from disk for a document,
// against reading the whole team for `check`.
import { performance } from 'node:perf_hooks';
import MarkdownIt from 'markdown-it';
import { PERSON_COMMANDS } from '../src/cli/personCommands';
import { loadPersonNotes } from '../src/core/documents/loadPerson';
import { checkNotesRoot } from '../src/core/workspace/checkFolder';
import { DEFAULT_SETTINGS } from '../src/core/checks/settings';
import { addDays } from '../src/core/dates';
import { reviewPeriodOf } from '../src/core/documents/reviewPeriod';
import type { LoadedFile } from '../src/core/reading/loadedFile';
import { NotesIndex } from '../src/core/people/notesIndex';
import { median, medianTime, ms } from './measure';

/** The target for the briefing and the review of a person with 150 1:1s. */
const TARGET_MS = 50;
const PEOPLE_MEASURED = 8;

/**
 * Wall ms of `fn`: the first run (what a manager waits for the first time they ask about this person:
 * the ranges of their entries are computed on first use), then the median of `runs` more.
 */
function wallMs(runs: number, fn: () => unknown): { first: number; then: number } {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return { first: samples[0] as number, then: median(samples.slice(1)) };
}

export function documentsSection(notesRoot: string, loaded: readonly LoadedFile[], runs: number): void {
  const index = NotesIndex.fromLoaded(loaded);
  const people = index.people().slice(0, PEOPLE_MEASURED);
  const markdown = new MarkdownIt({ html: false, linkify: false });
  const names = Object.keys(PERSON_COMMANDS);
  console.log(`Documents about one person: ${people.length} people, each with ${index.oneOnOnes(people[0]?.id ?? '').length} 1:1s; medians of ${runs} runs a person`);
  if (names.length === 0) {
    console.log('  (no document commands registered)');
    return;
  }
  const times = new Map<string, { first: number; then: number }[]>(names.map((n) => [n, []]));
  // The first document of a session also loads and compiles its code: timed once, on a person not measured.
  const cold = new Map<string, number>();
  const spare = index.notes(index.people()[PEOPLE_MEASURED]?.id ?? '');
  if (spare) {
    const ctx = { today: addDays(spare.oneOnOnes.at(-1)?.date ?? '2026-01-01', 3), settings: DEFAULT_SETTINGS };
    const period = reviewPeriodOf(ctx.today);
    for (const [name, command] of Object.entries(PERSON_COMMANDS)) {
      const write = () => command.write({ notes: spare, ctx }, command.takesPeriod && !('problem' in period) ? { ...period, includePrivate: true } : undefined);
      cold.set(name, wallMs(0, name === 'brief' ? () => markdown.render(write()) : write).first);
    }
  }
  const floors: number[] = [];
  for (const person of people) {
    const notes = index.notes(person.id);
    if (!notes) continue;
    const files = index.files().filter((f) => f.startsWith(`${person.id}/`)).map((f) => index.loaded(f)?.data);
    const last = notes.oneOnOnes.at(-1)?.date ?? '2026-01-01';
    const ctx = { today: addDays(last, 3), settings: DEFAULT_SETTINGS };
    // The review over the whole history: every 1:1, the most a review can read.
    const whole = reviewPeriodOf(ctx.today, notes.oneOnOnes[0]?.date ?? last, ctx.today);
    const period = 'problem' in whole ? undefined : { ...whole, includePrivate: true };
    floors.push(wallMs(runs, () => JSON.stringify(files)).then);
    for (const [name, command] of Object.entries(PERSON_COMMANDS)) {
      const write = () => command.write({ notes, ctx }, command.takesPeriod ? period : undefined);
      (times.get(name) as { first: number; then: number }[]).push(wallMs(runs, name === 'brief' ? () => markdown.render(write()) : write));
    }
  }
  const floor = median(floors);
  console.log(`  floor: JSON.stringify of the person's files                 ${ms(floor)}`);
  let misses = 0;
  for (const [name, samples] of times) {
    const value = median(samples.map((t) => t.then));
    const worst = Math.max(...samples.map((t) => Math.max(t.first, t.then)));
    const targeted = name === 'brief' || name === 'review';
    if (targeted && worst >= TARGET_MS) misses += 1;
    const what = name === 'brief' ? 'brief (Markdown, then HTML)' : name === 'review' ? 'review (the whole history)' : name;
    console.log(`  ${what.padEnd(58)}${ms(value)}  ${(value / floor).toFixed(1)} × floor; first for a person at worst ${ms(worst).trim()}; first of the session ${ms(cold.get(name) ?? NaN).trim()}${targeted ? `  target < ${TARGET_MS} ms: ${worst < TARGET_MS ? 'met' : 'NOT met'}` : ''}`);
  }
  const id = people[0]?.id ?? '';
  const onePerson = medianTime(Math.min(runs, 3), () => loadPersonNotes(notesRoot, id)).wall;
  const wholeTeam = medianTime(Math.min(runs, 3), () => checkNotesRoot(notesRoot, { today: '2026-01-01', settings: DEFAULT_SETTINGS }, [])).wall;
  console.log(`  command line: read one person from disk ${ms(onePerson).trim()}, the whole team ${ms(wholeTeam).trim()} (${(onePerson / wholeTeam).toFixed(2)})`);
  console.log(`  ${misses === 0 ? 'targets met' : `${misses} target(s) NOT met`}\n`);
}
