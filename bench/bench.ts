// `npm run bench`: what a manager waits for on a large team's notes, each figure against a floor
// measured in the same run (bench/floors.ts) and against its target. Generates (once) a seeded repository
// of PEOPLE × WEEKS weekly 1:1s under .cache/bench/, then:
//   fullOverParse   the full check (checkNotesRoot and the views' grouping, bench/fullCheck.ts) ÷ parseDocument
//   warmOverRead    the editor's warm start to all findings (loadCheckedNotes with a warm cache) ÷ list and read
//   editMsMedian/P95  one edit to every updated model (bench/editPath.ts), over EDITS edits
//   loadSliceMsMax  the longest synchronous stretch of the editor's load, cold and warm (bench/loadSlices.ts)
//   cliRssMb        the command line as a process, against process floors (bench/cliProcess.ts)
//   retainedHeapMb  the heap the notes keep after a load, in a fresh process (bench/retainedHeap.ts)
//   bundleKb        dist/extension.js of the production build (bench/run.mjs builds it)
//   growth4x        fullOverParse at 4× the repository ÷ at 1× (bench/growth.ts)
// The floors and the loads run in interleaved rounds, and ratios are medians of per-round ratios, so that a
// busy machine slows both sides alike. Then where the loader's time goes, the documents about one person and
// hostile files, unless --quick. Last line: `bench: {json}`.
// Flags: --quick (or BENCH_RUNS=1): one round, no detail sections, about two minutes; --hostile: hostile files
// alone; --documents: the documents alone.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { loadCheckedNotes } from '../src/core/workspace/loadCheckedNotes';
import { loadNotesFile } from '../src/core/reading/loader';
import { cliFigures } from './cliProcess';
import { inChild } from './childProcess';
import { BENCH_KEY, cachePath, distDir, EDITS, notesRoot, PEOPLE, PEOPLE_4X, QUICK, RUNS, SEED, TODAY, WEEKS, CTX } from './config';
import { documentsSection } from './documents';
import { benchEdits, editSamples } from './editPath';
import { cstAll, listAndRead, parseAll, readAll, type NotesText } from './floors';
import { fullCheck } from './fullCheck';
import { ensureNotesRepo } from './generateNotes';
import { measureGrowth, type Growth } from './growth';
import { hostileSection, measureOne } from './hostile';
import { loaderSections } from './loaderSections';
import { slicedLoads } from './loadSlices';
import { median, ms, quantile, timeAsync, type Timing } from './measure';
import { benchLine, printFigures, type Figure } from './report';
import { pictureTimes } from './pictures';
import { measureRetained, type Retained } from './retainedHeap';

const warmOptions = { cachePath, key: BENCH_KEY };

type Step = 'read' | 'cst' | 'parse' | 'full' | 'warm';

const STEP_LABELS: Record<Step, string> = {
  read: 'floor: list and read every file',
  cst: 'floor: yaml Parser (CST only)',
  parse: 'floor: yaml parseDocument',
  full: 'full check and the views\' grouping',
  warm: 'warm start to all findings',
};

/** The floors and the two loads in rounds, so a busy machine slows all alike and per-round ratios stay fair. */
async function rounds(texts: readonly NotesText[], viewsMs: number[]): Promise<Record<Step, Timing[]>> {
  const steps: Record<Step, () => unknown> = {
    read: () => listAndRead(notesRoot),
    cst: () => cstAll(texts),
    parse: () => parseAll(texts),
    full: () => viewsMs.push(fullCheck(notesRoot)),
    warm: () => loadCheckedNotes(notesRoot, CTX, warmOptions),
  };
  const out: Record<Step, Timing[]> = { read: [], cst: [], parse: [], full: [], warm: [] };
  rmSync(cachePath, { force: true });
  for (const step of Object.values(steps)) await step(); // warm-up; leaves the cache warm
  for (let round = 0; round < RUNS; round++) {
    for (const [name, step] of Object.entries(steps) as [Step, () => unknown][]) out[name].push(await timeAsync(async () => step()));
  }
  return out;
}

async function main(): Promise<void> {
  const generated = ensureNotesRepo(notesRoot, { seed: SEED, people: PEOPLE, weeks: WEEKS });
  const texts = readAll(notesRoot);
  const megabytes = texts.reduce((n, t) => n + t.text.length, 0) / 1e6;
  console.log(`notes: ${texts.length} files, ${megabytes.toFixed(1)} MB, ${PEOPLE} people × ${WEEKS} weeks, seed ${SEED}` +
    `${generated ? ' (generated now)' : ''}; checked as of ${TODAY}; ${RUNS} round${RUNS === 1 ? '' : 's'}${QUICK ? ' (quick)' : ''}; ` +
    `node ${process.version}; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs\n`);

  const viewsMs: number[] = [];
  const r = await rounds(texts, viewsMs);
  const wall = (s: Step) => median(r[s].map((t) => t.wall));
  const cpu = (s: Step) => median(r[s].map((t) => t.cpu));
  const ratio = (x: Step, y: Step, of: keyof Timing = 'wall') => median(r[x].map((t, i) => t[of] / (r[y][i] as Timing)[of]));
  console.log(`${''.padEnd(44)}   wall      CPU   (medians)`);
  for (const s of Object.keys(STEP_LABELS) as Step[]) console.log(`${STEP_LABELS[s].padEnd(44)}${ms(wall(s))} ${ms(cpu(s))}`);
  console.log(`of the full check, the views' grouping for every person: ${median(viewsMs.slice(1)).toFixed(0)} ms wall`);
  console.log(`full ÷ parseDocument ${ratio('full', 'parse').toFixed(2)} wall, ${ratio('full', 'parse', 'cpu').toFixed(2)} CPU; ` +
    `full ÷ CST ${ratio('full', 'cst').toFixed(2)} wall; warm ÷ read ${ratio('warm', 'read').toFixed(2)} wall, ${ratio('warm', 'read', 'cpu').toFixed(2)} CPU\n`);

  const { notes } = await loadCheckedNotes(notesRoot, CTX);
  const edits = editSamples(notes, texts);
  console.log(`one edit to every updated model: median ${median(edits).toFixed(2)} ms, p95 ${quantile(edits, 0.95).toFixed(2)} ms, max ${Math.max(...edits).toFixed(1)} ms over ${EDITS} edits`);

  const pictureEdit = benchEdits(texts, SEED + 1);
  const pictures = pictureTimes(notes, CTX, Math.max(5, RUNS * 4), (i) => { const { file, next } = pictureEdit(i); notes.update(file, next, CTX, { keepLastGood: true }); });
  console.log(`with the pictures' panel open, after each change: the team at a glance ${pictures.overviewMs.toFixed(1)} ms ` +
    `(${(pictures.overviewMs / median(edits)).toFixed(1)} × one edit; ${pictures.rowsMadeAnew} row${pictures.rowsMadeAnew === 1 ? '' : 's'} made anew), ` +
    `${pictures.overviewOpenMs.toFixed(1)} ms when the panel opens; a history over six months ${pictures.historyMs.toFixed(1)} ms, ` +
    `over everything ${pictures.historyAllMs.toFixed(1)} ms, the coaching habits ${pictures.habitsMs.toFixed(1)} ms (${pictures.habitsOpenMs.toFixed(1)} ms when first shown)`);

  const slices = await slicedLoads(notesRoot, cachePath);
  for (const [name, s] of Object.entries(slices)) {
    console.log(`editor's load, ${name}: longest stretch ${s.maxMs.toFixed(0)} ms of ${s.totalMs.toFixed(0)} ms, ${s.yields} yields`);
  }

  const cli = cliFigures(join(__dirname, 'floor.js'));
  console.log(`command line as a process (wall, peak RSS): read every file ${cli.read.wallMs.toFixed(0)} ms, ${cli.read.rssMb.toFixed(0)} MB; ` +
    `parse every file ${cli.parse.wallMs.toFixed(0)} ms, ${cli.parse.rssMb.toFixed(0)} MB; ` +
    `check ${cli.cli.wallMs.toFixed(0)} ms, ${cli.cli.rssMb.toFixed(0)} MB (${(cli.cli.wallMs / cli.parse.wallMs).toFixed(2)} × parse)`);

  const retained = (['cold', 'warm'] as const).map((start) => inChild<Retained>(['--retained', start]));
  console.log(`heap kept after a load: ${retained.map((x) => `${x.start} ${x.retainedMb.toFixed(0)} MB`).join(', ')} (${retained[0]?.files} files)`);

  const bundle = join(distDir, 'extension.js');
  const bundleKb = existsSync(bundle) ? statSync(bundle).size / 1024 : NaN;
  // The files beside it that the extension requires on first use (the command line's cli.js is not the extension's).
  const lazyKb = existsSync(distDir) ? readdirSync(distDir).filter((f) => f.endsWith('.js') && f !== 'extension.js' && f !== 'cli.js').sort()
    .map((f) => ({ f, kb: statSync(join(distDir, f)).size / 1024 })) : [];
  const later = lazyKb.length === 0 ? '' : `; loaded on first use: ${lazyKb.map(({ f, kb }) => `${f} ${kb.toFixed(0)} KB`).join(', ')}; ` +
    `the extension's files in all ${(bundleKb + lazyKb.reduce((sum, { kb }) => sum + kb, 0)).toFixed(0)} KB`;
  console.log(`bundle: ${bundle} ${bundleKb.toFixed(0)} KB${later}`);

  // At 4× a round takes a minute: the quick mode leaves it out.
  const growth = QUICK ? undefined : inChild<Growth>(['--growth']);
  if (growth) {
    console.log(`4× the repository (${PEOPLE_4X} people, ${growth.files} files${growth.generated ? ', generated now' : ''}): ` +
      `parseDocument ${growth.parseMs.toFixed(0)} ms, full check ${growth.fullMs.toFixed(0)} ms, full ÷ parseDocument ${growth.fullOverParse.toFixed(2)}`);
  }
  console.log('');

  if (!QUICK) {
    documentsSection(notesRoot, texts.map((t) => loadNotesFile(t.file, t.text)), RUNS);
    await loadCheckedNotes(notesRoot, CTX, warmOptions); // the sections below read the warm cache
    loaderSections(texts);
    hostileSection();
    console.log('');
  }

  const fullOverParse = ratio('full', 'parse');
  const figures: Figure[] = [
    { key: 'fullOverParse', value: fullOverParse, target: 1.15, label: 'full check and grouping ÷ parseDocument floor', note: `÷ CST floor ${ratio('full', 'cst').toFixed(2)}` },
    { key: 'warmOverRead', value: ratio('warm', 'read'), target: 3, label: 'warm start to all findings ÷ list-and-read floor' },
    { key: 'editMsMedian', value: median(edits), target: 5, unit: ' ms', label: 'one edit to every updated model, median' },
    { key: 'editMsP95', value: quantile(edits, 0.95), target: 5, unit: ' ms', label: 'one edit to every updated model, p95' },
    { key: 'loadSliceMsMax', value: Math.max(slices.cold.maxMs, slices.warm.maxMs), target: 50, unit: ' ms', digits: 0, label: 'longest stretch of the editor\'s load', note: `cold ${slices.cold.maxMs.toFixed(0)}, warm ${slices.warm.maxMs.toFixed(0)}` },
    { key: 'cliRssMb', value: cli.cli.rssMb, target: 200, unit: ' MB', digits: 0, label: 'command line peak RSS', note: `parse floor ${cli.parse.rssMb.toFixed(0)} MB` },
    { key: 'retainedHeapMb', value: Math.max(...retained.map((x) => x.retainedMb)), target: 150, unit: ' MB', digits: 0, label: 'heap kept after a load, the larger of cold and warm' },
    { key: 'overviewMs', value: pictures.overviewMs, target: 50, unit: ' ms', label: 'the team at a glance after a change, median', note: `on opening ${pictures.overviewOpenMs.toFixed(0)} ms; habits ${pictures.habitsMs.toFixed(0)} ms, a history ${pictures.historyAllMs.toFixed(0)} ms` },
    { key: 'bundleKb', value: bundleKb, target: 400, unit: ' KB', digits: 0, label: 'dist/extension.js, production build' },
    { key: 'growth4x', value: growth ? growth.fullOverParse / fullOverParse : NaN, target: 1.05, label: 'fullOverParse at 4× ÷ at 1×',
      note: growth ? `${growth.fullOverParse.toFixed(2)} ÷ ${fullOverParse.toFixed(2)}` : 'not measured in the quick mode' },
  ];
  console.log('Summary (every figure against its target):');
  printFigures(figures);
  console.log(benchLine(figures));
}

async function documentsOnly(): Promise<void> {
  ensureNotesRepo(notesRoot, { seed: SEED, people: PEOPLE, weeks: WEEKS });
  documentsSection(notesRoot, readAll(notesRoot).map((t) => loadNotesFile(t.file, t.text)), RUNS);
}

const arg = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv.slice(i + 1) : undefined;
};

async function dispatch(): Promise<void> {
  const one = arg('--hostile-one');
  const retained = arg('--retained');
  if (one) measureOne(Number(one[0]), one[1] === 'parsed' ? 'parsed' : 'cap');
  else if (retained) await measureRetained(retained[0] === 'warm' ? 'warm' : 'cold');
  else if (process.argv.includes('--growth')) measureGrowth();
  else if (process.argv.includes('--generate')) ensureNotesRepo(notesRoot, { seed: SEED, people: PEOPLE, weeks: WEEKS });
  else if (process.argv.includes('--documents')) await documentsOnly();
  else if (process.argv.includes('--hostile')) hostileSection();
  else await main();
}

dispatch().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
