// `npm run bench:profile`: where the time goes in what the benchmark times, as CPU profiles of this process
// (node:inspector), summarised by stage and by function. Sections: `full` (the full check and the views'
// grouping), `warm` (the warm start to all findings), `edits` (EDITS edits to every updated model). Each
// section runs once unprofiled first, so what is profiled is the steady state the benchmark times. The
// profiles are written to .cache/bench/profiles/<section>.cpuprofile (open them in VS Code or DevTools),
// and their frames are mapped back to the sources through the bundle's source map.
// Arguments: the sections to run (default: all three).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import { findSourceMap } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCheckedNotes } from '../src/core/workspace/loadCheckedNotes';
import { BENCH_KEY, benchCache, cachePath, CTX, notesRoot, PEOPLE, projectRoot, SEED, WEEKS } from './config';
import { editSamples } from './editPath';
import { readAll } from './floors';
import { fullCheck } from './fullCheck';
import { ensureNotesRepo } from './generateNotes';
import { collectGarbage } from './measure';

const SAMPLING_US = 250;
const TOP = 15;

type Section = 'full' | 'warm' | 'edits';

/** The stage a source file belongs to, in the words of the README's Performance section. */
const STAGES: readonly [RegExp, string][] = [
  [/node_modules\/yaml\/dist\/parse\//, 'yaml: lexer and parser (tokens, CST)'],
  [/node_modules\/yaml\//, 'yaml: compose and Document'],
  [/node_modules\/zod\//, 'zod: validation'],
  [/src\/core\/reading\/(loadCache|cacheFile|cachedRow|findingRows|cacheKey)/, 'ours: warm-start cache'],
  [/src\/core\/reading\//, 'ours: reading (loader, spans, schema findings)'],
  [/src\/core\/people\//, 'ours: people model and index'],
  [/src\/core\/checks\//, 'ours: coaching checks'],
  [/src\/core\/workspace\//, 'ours: checked workspace and grouping'],
  [/src\/core\//, 'ours: rest of the core'],
  [/bench\//, 'benchmark harness (view models, edits)'],
];

interface Frame { readonly stage: string; readonly where: string }

/** Where a profile node's function lives: its stage and `name (file:line)`, through the source map. */
function frameOf(frame: Profiler.ProfileNode['callFrame']): Frame {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) {
    if (name.startsWith('(')) return { stage: name === '(garbage collector)' ? 'garbage collection' : `${name}`, where: name };
    return { stage: 'native: V8 built-ins and Node bindings (JSON, strings, fs, hashing)', where: name };
  }
  if (frame.url.startsWith('node:')) return { stage: 'Node.js (fs, crypto, buffers)', where: `${name} (${frame.url})` };
  const path = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
  const entry = findSourceMap(path)?.findEntry(frame.lineNumber, frame.columnNumber);
  const source = entry && 'originalSource' in entry ? entry.originalSource : path;
  const file = (source.startsWith('file:') ? fileURLToPath(source) : source).replace(/^.*?(node_modules\/|src\/|bench\/)/, '$1');
  const line = entry && 'originalLine' in entry ? entry.originalLine + 1 : frame.lineNumber + 1;
  const stage = STAGES.find(([pattern]) => pattern.test(file))?.[1] ?? `other (${relative(projectRoot, path)})`;
  return { stage, where: `${name} (${file}:${line})` };
}

/** Self time per stage and per function, in ms, from the samples. */
function summarise(profile: Profiler.Profile): { totalMs: number; stages: Map<string, number>; functions: Map<string, number> } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's time is the gap to the next sample.
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] as number;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? SAMPLING_US));
  }
  const stages = new Map<string, number>();
  const functions = new Map<string, number>();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const node = nodes.get(id);
    if (!node || node.callFrame.functionName === '(idle)') continue;
    const { stage, where } = frameOf(node.callFrame);
    totalUs += us;
    stages.set(stage, (stages.get(stage) ?? 0) + us / 1000);
    functions.set(where, (functions.get(where) ?? 0) + us / 1000);
  }
  return { totalMs: totalUs / 1000, stages, functions };
}

const post = <T>(session: Session, method: string, params?: object) =>
  new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));

async function profiled(session: Session, run: () => unknown): Promise<Profiler.Profile> {
  collectGarbage();
  await post(session, 'Profiler.start');
  await run();
  return (await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop')).profile;
}

function print(section: Section, profile: Profiler.Profile, file: string): void {
  const { totalMs, stages, functions } = summarise(profile);
  const pct = (x: number) => `${((100 * x) / totalMs).toFixed(1).padStart(5)}%`;
  console.log(`\n${section}: ${totalMs.toFixed(0)} ms of CPU sampled (${relative(projectRoot, file)})`);
  console.log('  by stage (self time):');
  for (const [stage, t] of [...stages].sort((a, b) => b[1] - a[1])) console.log(`    ${pct(t)} ${t.toFixed(0).padStart(6)} ms  ${stage}`);
  console.log(`  the ${TOP} functions with the most self time:`);
  for (const [where, t] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`    ${pct(t)}  ${where}`);
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a): a is Section => a === 'full' || a === 'warm' || a === 'edits');
  const sections: Section[] = asked.length ? asked : ['full', 'warm', 'edits'];
  ensureNotesRepo(notesRoot, { seed: SEED, people: PEOPLE, weeks: WEEKS });
  const texts = readAll(notesRoot);
  const warmOptions = { cachePath, key: BENCH_KEY };
  const edited = (await loadCheckedNotes(notesRoot, CTX)).notes; // the edits alone are profiled, not this load
  const runs: Record<Section, () => unknown> = {
    full: () => fullCheck(notesRoot),
    warm: () => loadCheckedNotes(notesRoot, CTX, warmOptions),
    edits: () => editSamples(edited, texts),
  };
  rmSync(cachePath, { force: true });
  await loadCheckedNotes(notesRoot, CTX, warmOptions); // leaves the cache warm
  const out = join(benchCache, 'profiles');
  mkdirSync(out, { recursive: true });
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: SAMPLING_US });
  console.log(`profiles of ${texts.length} notes files, sampled every ${SAMPLING_US} µs`);
  for (const section of sections) {
    await runs[section](); // the steady state: code compiled, caches as the benchmark has them
    const profile = await profiled(session, runs[section]);
    const file = join(out, `${section}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    print(section, profile, file);
  }
  session.disconnect();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
