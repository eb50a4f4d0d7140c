// `npm run bench`: how fast the notes of a large team load, start warm, and update.
// Generates (once) a seeded repo of PEOPLE × WEEKS weekly 1:1s under .cache/bench/, then measures,
// each as the median of several runs:
//   (a) floor: list and read every file      (b) floor: yaml parseDocument alone on every file
//   (c) full load and index, no cache        (d) warm start with the cache (list, stat, read the cache, index)
//   (e) one file updated: index.update(file, text), median and p95 over many files
// (a) to (d) run in interleaved rounds, and the ratios are medians of per-round ratios, so that a busy
// machine does not favour one side. Then: where the loader's and the warm start's time goes, and JSON
// against v8 serialization for the cache file. Last, what hostile files cost (bench/hostile.ts); with
// `--hostile`, that section alone; with `--documents`, the documents about one person alone
// (bench/documents.ts).
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { deserialize, serialize } from 'node:v8';
import { parseDocument } from 'yaml';
import { cpus, loadavg } from 'node:os';
import { classifyNotesFile } from '../src/core/reading/layout';
import { cacheVersion, contentHash, loadWithCache, readLoadCache } from '../src/core/reading/loadCache';
import type { LoadedFile } from '../src/core/reading/loadedFile';
import { loadNotesFile } from '../src/core/reading/loader';
import { NotesIndex } from '../src/core/people/notesIndex';
import { lineStartsOf } from '../src/core/reading/positions';
import { jsonSchemas, schemaForKind } from '../src/core/schema';
import { walkNotesRoot } from '../src/core/reading/walk';
import { SpanPathTable } from '../src/core/reading/packedSpans';
import { readDocument } from '../src/core/reading/yamlSpans';
import { ensureNotesRepo } from './generateNotes';
import { documentsSection } from './documents';
import { hostileSection, measureOne } from './hostile';
import { median, medianTime, ms, quantile, time, type Timing } from './measure';
import { seededRandom } from './random';

const SEED = 20260304;
const PEOPLE = 60;
const WEEKS = 150;
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const UPDATES = 200;

const projectRoot = join(__dirname, '..');
const notesRoot = join(projectRoot, '.cache', 'bench', 'notes');
const cachePath = join(projectRoot, '.cache', 'bench', 'loaded.json');

interface NotesText {
  readonly file: string;
  readonly text: string;
}

/** (a): every notes file under the root, listed and read: the floor of any start. */
function listAndRead(): number {
  let bytes = 0;
  for (const person of readdirSync(notesRoot)) {
    if (person.startsWith('.')) continue;
    const dir = join(notesRoot, person);
    for (const name of readdirSync(dir)) bytes += readFileSync(join(dir, name)).length;
  }
  return bytes;
}

function readAll(): NotesText[] {
  const out: NotesText[] = [];
  for (const person of readdirSync(notesRoot).sort()) {
    if (person.startsWith('.') || !statSync(join(notesRoot, person)).isDirectory()) continue;
    for (const name of readdirSync(join(notesRoot, person)).sort()) {
      out.push({ file: `${person}/${name}`, text: readFileSync(join(notesRoot, person, name), 'utf8') });
    }
  }
  return out;
}

function loadAll(texts: readonly NotesText[]): LoadedFile[] {
  return texts.map((t) => loadNotesFile(t.file, t.text));
}

const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, logLevel: 'error' } as const;

/** (b): what the loader cannot avoid: yaml's parseDocument, with the loader's options, on every file. */
function parseAll(texts: readonly NotesText[]): void {
  for (const t of texts) parseDocument(t.text, PARSE_OPTIONS);
}

/** Where the loader's time goes: each stage alone, over every file (CPU ms, medians). */
function loaderStages(texts: readonly NotesText[]): [string, number][] {
  const docs = texts.map((t) => parseDocument(t.text, PARSE_OPTIONS));
  const values = docs.map((d, i) => readDocument(d, (texts[i] as NotesText).text, new SpanPathTable()).value?.js ?? d.toJS());
  const kinds = texts.map((t) => classifyNotesFile(t.file).kind);
  const cpu = (fn: () => unknown) => medianTime(RUNS, fn).cpu;
  return [
    ['yaml parseDocument', cpu(() => parseAll(texts))],
    ['lineStartsOf', cpu(() => texts.map((t) => lineStartsOf(t.text)))],
    ['readDocument (spans and data)', cpu(() => {
      const paths = new SpanPathTable();
      return docs.map((d, i) => readDocument(d, (texts[i] as NotesText).text, paths));
    })],
    ['zod safeParse', cpu(() => values.map((v, i) => {
      const kind = kinds[i];
      return kind === undefined || kind === 'other' ? undefined : schemaForKind[kind].safeParse(v);
    }))],
  ];
}

/** Where a warm start's time goes (CPU ms, medians). */
function warmStages(): [string, number][] {
  const cpu = (fn: () => unknown) => medianTime(RUNS, fn).cpu;
  const walk = walkNotesRoot(notesRoot);
  const version = cacheVersion();
  return [
    ['version stamp (once a process)', time(() => contentHash(Buffer.from(JSON.stringify(jsonSchemas())))).cpu],
    ['walkNotesRoot', cpu(() => walkNotesRoot(notesRoot))],
    ['stat every file (size, mtime)', cpu(() => walk.files.map((f) => statSync(join(notesRoot, f)).mtimeMs))],
    ['read and hash every file (changed)', cpu(() => walk.files.map((f) => contentHash(readFileSync(join(notesRoot, f)))))],
    ['read and parse the cache', cpu(() => readLoadCache(cachePath, version))],
    ['index from cached files', cpu(() => {
      const read = readLoadCache(cachePath, version);
      return read.cache === 'warm' ? NotesIndex.fromLoaded([...read.entries.values()].map((e) => e.loaded)) : undefined;
    }) - cpu(() => readLoadCache(cachePath, version))],
  ];
}

/** The cache file's body, decoded as JSON (what loadCache does) and as v8's serialization. */
function cacheEncodings(): string[] {
  const text = readFileSync(cachePath, 'utf8');
  const body = JSON.parse(text) as unknown;
  const v8 = serialize(body);
  const cpu = (fn: () => unknown) => ms(medianTime(RUNS, fn).cpu);
  return [
    `JSON ${(text.length / 1e6).toFixed(1)} MB: parse ${cpu(() => JSON.parse(readFileSync(cachePath, 'utf8')))}, stringify ${cpu(() => JSON.stringify(body))}`,
    `v8   ${(v8.length / 1e6).toFixed(1)} MB: deserialize ${cpu(() => deserialize(v8))}, serialize ${cpu(() => serialize(body))}`,
  ];
}

/** (e): update one 1:1 at a time with an extra action item; returns the samples in ms. */
function updateSamples(index: NotesIndex, texts: readonly NotesText[]): number[] {
  const r = seededRandom(SEED);
  const oneOnOnes = texts.filter((t) => classifyNotesFile(t.file).kind === 'oneOnOne');
  const samples: number[] = [];
  for (let i = 0; i < UPDATES; i++) {
    const { file, text } = r.pick(oneOnOnes);
    const next = `${text}  - text: Follow up on the benchmark edit ${i}\n    owner: me\n    due: 2030-01-0${1 + (i % 9)}\n`;
    const start = performance.now();
    index.update(file, next);
    samples.push(performance.now() - start);
  }
  return samples;
}

type Step = 'a' | 'b' | 'c' | 'd';

/** Runs (a) to (d) in rounds, so a busy machine slows all four alike and per-round ratios stay fair. */
function rounds(texts: readonly NotesText[]): Record<Step, Timing[]> {
  const steps: Record<Step, () => unknown> = {
    a: listAndRead,
    b: () => parseAll(texts),
    c: () => NotesIndex.fromLoaded(loadAll(texts)),
    d: () => loadWithCache(notesRoot, cachePath),
  };
  const out: Record<Step, Timing[]> = { a: [], b: [], c: [], d: [] };
  for (const step of Object.values(steps)) step(); // warm-up; leaves the cache warm
  for (let round = 0; round < RUNS; round++) for (const [name, step] of Object.entries(steps)) out[name as Step].push(time(step));
  return out;
}

function main(): void {
  const generated = ensureNotesRepo(notesRoot, { seed: SEED, people: PEOPLE, weeks: WEEKS });
  const texts = readAll();
  const megabytes = texts.reduce((n, t) => n + t.text.length, 0) / 1e6;
  console.log(`notes: ${texts.length} files, ${megabytes.toFixed(1)} MB, ${PEOPLE} people × ${WEEKS} weeks, seed ${SEED}` +
    `${generated ? ' (generated now)' : ''}; ${RUNS} rounds; node ${process.version}; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs\n`);

  rmSync(cachePath, { force: true });
  const first = loadWithCache(notesRoot, cachePath).stats;
  const r = rounds(texts);
  const warm = loadWithCache(notesRoot, cachePath).stats;
  const loaded = loadAll(texts);
  const indexOnly = medianTime(RUNS, () => NotesIndex.fromLoaded(loaded));
  const e = updateSamples(NotesIndex.fromLoaded(loaded), texts);

  const wall = (s: Step) => median(r[s].map((t) => t.wall));
  const cpu = (s: Step) => median(r[s].map((t) => t.cpu));
  const ratio = (x: Step, y: Step, of: keyof Timing) => median(r[x].map((t, i) => t[of] / (r[y][i] as Timing)[of]));
  const row = (label: string, s: Step, note = '') => console.log(`${label.padEnd(40)}${ms(wall(s))} ${ms(cpu(s))}${note}`);
  console.log(`${''.padEnd(40)}   wall      CPU   (medians)`);
  row('(a) floor: list and read every file', 'a');
  row('(b) floor: yaml parseDocument alone', 'b');
  row('(c) full load and index, cold', 'c', `   the index alone: ${ms(indexOnly.wall).trim()} wall`);
  row('(d) warm start with the cache', 'd', `   first start: ${first.cache}, ${first.misses} loaded; warm: ${warm.hits} hits, ${warm.misses} misses`);
  console.log(`${'(e) one file updated'.padEnd(40)}median ${median(e).toFixed(2)} ms, p95 ${quantile(e, 0.95).toFixed(2)} ms, max ${Math.max(...e).toFixed(1)} ms over ${UPDATES} updates`);
  console.log(`${'peak RSS'.padEnd(40)}${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);

  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log('Ratios (median of per-round ratios):');
  console.log(`  (c)/(b) = ${ratio('c', 'b', 'wall').toFixed(2)} wall, ${ratio('c', 'b', 'cpu').toFixed(2)} CPU   target ≤ 1.15: ${verdict(ratio('c', 'b', 'wall') <= 1.15)}`);
  console.log(`  (d)/(a) = ${ratio('d', 'a', 'wall').toFixed(2)} wall, ${ratio('d', 'a', 'cpu').toFixed(2)} CPU   target ≤ 3:    ${verdict(ratio('d', 'a', 'wall') <= 3)}`);
  console.log(`  (e) median ${median(e).toFixed(2)} ms                     target ≤ 5 ms: ${verdict(median(e) <= 5)}\n`);

  documentsSection(notesRoot, loaded, RUNS);

  const stages = loaderStages(texts);
  const loaderCpu = medianTime(RUNS, () => loadAll(texts)).cpu;
  console.log('Where the loader\'s time goes (each stage alone over every file, CPU):');
  for (const [name, value] of stages) console.log(`  ${name.padEnd(34)}${ms(value)}`);
  console.log(`  ${'loadNotesFile, all of it'.padEnd(34)}${ms(loaderCpu)}`);
  console.log(`  ${'the rest (findings, copies, decode)'.padEnd(34)}${ms(loaderCpu - stages.reduce((n, [, v]) => n + v, 0))}\n`);

  console.log('Where a warm start\'s time goes (CPU):');
  for (const [name, value] of warmStages()) console.log(`  ${name.padEnd(34)}${ms(value)}`);
  console.log('\nCache file encodings (CPU):');
  for (const line of cacheEncodings()) console.log(`  ${line}`);
}

function documentsOnly(): void {
  ensureNotesRepo(notesRoot, { seed: SEED, people: PEOPLE, weeks: WEEKS });
  documentsSection(notesRoot, loadAll(readAll()), RUNS);
}

const one = process.argv.indexOf('--hostile-one');
if (one > 0) {
  measureOne(Number(process.argv[one + 1]), process.argv[one + 2] === 'parsed' ? 'parsed' : 'cap');
} else {
  if (process.argv.includes('--documents')) {
    documentsOnly();
  } else {
    if (!process.argv.includes('--hostile')) main();
    console.log('');
    hostileSection();
  }
}
