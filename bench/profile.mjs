// `npm run bench:profile`: bundles bench/profile.ts with esbuild into out-bench/ (with a source map, and
// yaml built as the extension builds it) and runs it; arguments (the sections) are passed on.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { yamlWithoutDebugSwitches } from '../scripts/yamlBundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  entryPoints: ['bench/profile.ts'], outfile: 'out-bench/profile.js', bundle: true, platform: 'node', target: 'node20', format: 'cjs',
  sourcemap: 'linked', logLevel: 'warning', absWorkingDir: root, plugins: [yamlWithoutDebugSwitches],
});
const run = spawnSync(process.execPath, ['--enable-source-maps', '--expose-gc', 'out-bench/profile.js', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
