// Bundles bench/editSteps.ts with esbuild into out-bench/ and runs it; arguments are passed on.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({ entryPoints: ['bench/editSteps.ts'], outfile: 'out-bench/editSteps.js', bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'linked', logLevel: 'warning', absWorkingDir: root });
const run = spawnSync(process.execPath, ['--enable-source-maps', 'out-bench/editSteps.js', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
