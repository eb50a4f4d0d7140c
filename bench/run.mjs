// `npm run bench`: bundles the benchmark (bench/bench.ts) and the floor process (bench/floorProcess.ts)
// with esbuild into out-bench/, makes the production build of the extension and the command line into
// .cache/bench/dist/ (what bundleKb and the command line's figures measure), then runs the benchmark with
// --expose-gc, so each measured run starts from a collected heap. Arguments are passed on to the benchmark.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'linked', logLevel: 'warning', absWorkingDir: root };
await Promise.all([
  build({ ...common, entryPoints: ['bench/bench.ts'], outfile: 'out-bench/bench.js' }),
  build({ ...common, entryPoints: ['bench/floorProcess.ts'], outfile: 'out-bench/floor.js' }),
]);
const dist = join(root, '.cache', 'bench', 'dist');
const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production', '--dist', dist], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const run = spawnSync(process.execPath, ['--expose-gc', 'out-bench/bench.js', ...process.argv.slice(2)], {
  cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_DIST: dist },
});
process.exit(run.status ?? 1);
