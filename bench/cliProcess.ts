// The command line as a process: `node dist/cli.js check <root> --today …` (the production build),
// against process floors: a node process that reads every notes file, and one that also parses each
// with parseDocument. Wall time from the parent; peak RSS from the child itself (a preloaded module
// writes process.resourceUsage().maxRSS when it exits).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { distDir, notesRoot, RUNS, TODAY } from './config';
import { median } from './measure';

export interface ProcessRun {
  readonly wallMs: number;
  readonly rssMb: number;
}

export interface CliFigures {
  readonly read: ProcessRun;
  readonly parse: ProcessRun;
  readonly cli: ProcessRun;
}

const REPORT_RSS = "process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_RSS_OUT, String(process.resourceUsage().maxRSS)));\n";

function run(dir: string, args: readonly string[], okStatus: readonly number[]): ProcessRun {
  const out = join(dir, 'rss');
  rmSync(out, { force: true });
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--require', join(dir, 'rss.cjs'), ...args], {
    stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, BENCH_RSS_OUT: out }, maxBuffer: 1 << 26,
  });
  const wallMs = performance.now() - start;
  if (child.status === null || !okStatus.includes(child.status)) throw new Error(`${args.join(' ')} exited with ${child.status}: ${child.stderr}`);
  return { wallMs, rssMb: Number(readFileSync(out, 'utf8')) / 1024 };
}

const medianRun = (runs: readonly ProcessRun[]): ProcessRun => ({ wallMs: median(runs.map((r) => r.wallMs)), rssMb: median(runs.map((r) => r.rssMb)) });

/** RUNS interleaved rounds of the two floors and the CLI; medians of each. */
export function cliFigures(floorScript: string): CliFigures {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  try {
    writeFileSync(join(dir, 'rss.cjs'), REPORT_RSS);
    const runs: Record<keyof CliFigures, ProcessRun[]> = { read: [], parse: [], cli: [] };
    for (let round = 0; round < RUNS; round++) {
      runs.read.push(run(dir, [floorScript, 'read', notesRoot], [0]));
      runs.parse.push(run(dir, [floorScript, 'parse', notesRoot], [0]));
      // Exit status 1: the notes hold warnings, as real notes do.
      runs.cli.push(run(dir, [join(distDir, 'cli.js'), 'check', notesRoot, '--today', TODAY], [0, 1]));
    }
    return { read: medianRun(runs.read), parse: medianRun(runs.parse), cli: medianRun(runs.cli) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
