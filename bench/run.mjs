// `npm run bench`: bundles bench/bench.ts with esbuild into out-bench/ and runs it (with --expose-gc,
// so each measured run starts from a collected heap). Arguments are passed on to the benchmark.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { yamlWithoutDebugSwitches } from '../scripts/yamlBundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  entryPoints: ['bench/bench.ts'],
  outfile: 'out-bench/bench.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  plugins: [yamlWithoutDebugSwitches],
});
const run = spawnSync(process.execPath, ['--expose-gc', 'out-bench/bench.js', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
