// `npm run bench` (or `npm run bench -- --hostile` for this section alone): what hostile notes files
// cost. Each shape of test/unit/hostile/shapes.ts is generated twice: at the size cap (1 MiB), and at
// the largest size the loader still parses rather than refuses before parsing (the costliest file of
// that shape). Each is measured in a fresh process, so that its peak memory is its own: loadNotesFile
// (median wall time of 3), then the whole check path (checkNotesRoot over a notes folder holding it and
// a person.yaml). The floor, measured the same way in the same run: yaml's parseDocument of an
// ordinary 1 MiB feedback.yaml. Target: under 1 s and under 100 MB extra memory per file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';
import { checkNotesRoot } from '../src/core/workspace/checkFolder';
import { DEFAULT_SETTINGS } from '../src/core/checks/settings';
import { DEFAULT_MAX_BYTES, loadNotesFile } from '../src/core/reading/loader';
import { HOSTILE_SHAPES, largestParsed, type HostileShape } from '../test/unit/hostile/shapes';
import { feedbackLogOfSize } from './generateNotes';
import { collectGarbage, median } from './measure';

const TARGET_MS = 1000;
const TARGET_MB = 100;
const FLOOR_SEED = 20261201;

type Variant = 'cap' | 'parsed';

interface Measured {
  readonly bytes: number;
  /** Finding codes of the load, with counts. */
  readonly findings: string;
  readonly loadMs: number;
  readonly checkMs: number;
  /** Heap in use after the first load and after the check path (no collection in between), over the heap before. */
  readonly heapMb: number;
  /** Peak resident memory over the whole measurement, over what it was before. */
  readonly rssMb: number;
}

const FLOOR: HostileShape = {
  name: 'floor: parseDocument of ordinary notes',
  what: 'a feedback.yaml of real-looking items',
  file: 'ada/feedback.yaml',
  make: (bytes) => feedbackLogOfSize(FLOOR_SEED, bytes),
};

function textOf(shape: HostileShape, variant: Variant): string {
  return variant === 'cap' ? shape.make(DEFAULT_MAX_BYTES) : largestParsed(shape, DEFAULT_MAX_BYTES);
}

function codesOf(findings: readonly { code: string }[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return [...counts].map(([code, n]) => (n === 1 ? code : `${code}×${n}`)).join(' ') || '(none)';
}

const mb = (bytes: number) => bytes / 1_048_576;

/** In the child: measures one shape (index into HOSTILE_SHAPES, -1 for the floor) and prints JSON. */
export function measureOne(index: number, variant: Variant): void {
  const shape = index < 0 ? FLOOR : (HOSTILE_SHAPES[index] as HostileShape);
  const text = textOf(shape, variant);
  const dir = mkdtempSync(join(tmpdir(), 'bench-hostile-'));
  try {
    mkdirSync(join(dir, dirname(shape.file)), { recursive: true });
    if (shape.file !== 'ada/person.yaml') writeFileSync(join(dir, 'ada', 'person.yaml'), 'name: Ada\n');
    writeFileSync(join(dir, shape.file), text);
    const load = index < 0
      ? () => parseDocument(text, { prettyErrors: false, uniqueKeys: false, logLevel: 'error' })
      : () => loadNotesFile(shape.file, text);
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const rssBefore = process.resourceUsage().maxRSS * 1024;
    const started = performance.now();
    const first = load();
    const firstMs = performance.now() - started;
    let heapAfter = process.memoryUsage().heapUsed;
    let checkMs = 0;
    if (index >= 0) {
      const checkStarted = performance.now();
      checkNotesRoot(dir, { today: '2026-03-10', settings: DEFAULT_SETTINGS });
      checkMs = performance.now() - checkStarted;
      heapAfter = Math.max(heapAfter, process.memoryUsage().heapUsed);
    }
    const rssPeak = process.resourceUsage().maxRSS * 1024;
    const times = [firstMs];
    for (let i = 0; i < 2; i++) {
      collectGarbage();
      const t = performance.now();
      load();
      times.push(performance.now() - t);
    }
    const findings = 'findings' in first ? codesOf(first.findings) : `${first.errors.length} errors`;
    const out: Measured = {
      bytes: Buffer.byteLength(text), findings, loadMs: median(times), checkMs,
      heapMb: mb(heapAfter - heapBefore), rssMb: mb(Math.max(0, rssPeak - rssBefore)),
    };
    process.stdout.write(JSON.stringify(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function inChild(index: number, variant: Variant): Measured {
  const run = spawnSync(process.execPath, ['--expose-gc', process.argv[1] as string, '--hostile-one', String(index), variant], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`measuring ${index} ${variant} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Measured;
}

const pad = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));
const num = (value: number, width: number, digits = 0) => value.toFixed(digits).padStart(width);

/** The section: every shape, both sizes, against the floor and the target. */
export function hostileSection(): void {
  console.log(`Hostile files: each in a fresh process; node ${process.version}; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs`);
  const floor = inChild(-1, 'cap');
  console.log(`  floor: yaml parseDocument of an ordinary ${floor.bytes.toLocaleString('en-US')}-byte feedback.yaml: ${floor.loadMs.toFixed(0)} ms, heap +${floor.heapMb.toFixed(0)} MB, peak RSS +${floor.rssMb.toFixed(0)} MB\n`);
  console.log(`  ${pad('shape', 28)}${pad('size', 6)}${'bytes'.padStart(10)}  ${pad('what the loader says', 44)}${'load ms'.padStart(8)}${'×floor'.padStart(7)}${'check ms'.padStart(9)}${'heap MB'.padStart(8)}${'RSS MB'.padStart(7)}  target`);
  let worstMs = 0;
  let worstMb = 0;
  let misses = 0;
  for (const [index, shape] of HOSTILE_SHAPES.entries()) {
    for (const variant of ['cap', 'parsed'] as const) {
      const m = inChild(index, variant);
      const ms = Math.max(m.loadMs, m.checkMs);
      const memory = Math.max(m.heapMb, m.rssMb);
      worstMs = Math.max(worstMs, ms);
      worstMb = Math.max(worstMb, memory);
      const met = ms < TARGET_MS && memory < TARGET_MB;
      if (!met) misses += 1;
      console.log(`  ${pad(variant === 'cap' ? shape.name : '', 28)}${pad(variant === 'cap' ? 'cap' : 'parsed', 6)}${m.bytes.toLocaleString('en-US').padStart(10)}  ${pad(m.findings, 44)}${num(m.loadMs, 8)}${num(m.loadMs / floor.loadMs, 7, 2)}${num(m.checkMs, 9)}${num(m.heapMb, 8)}${num(m.rssMb, 7)}  ${met ? 'met' : 'NOT met'}`);
    }
  }
  console.log(`\n  worst: ${worstMs.toFixed(0)} ms (${(worstMs / floor.loadMs).toFixed(2)} × floor), ${worstMb.toFixed(0)} MB extra; target < ${TARGET_MS} ms and < ${TARGET_MB} MB: ${misses === 0 ? 'met' : `NOT met for ${misses} files`}`);
}
