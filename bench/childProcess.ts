// Runs a part of the bench in a fresh node process (its own heap, its own peak memory) and reads back
// the JSON it printed on its last line.
import { spawnSync } from 'node:child_process';

export function inChild<T>(args: readonly string[]): T {
  const run = spawnSync(process.execPath, ['--expose-gc', process.argv[1] as string, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`bench ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as T;
}
