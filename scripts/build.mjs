// One build for everything: the extension bundle, the command line, and the test bundles.
//   node scripts/build.mjs               extension + CLI into dist/
//   node scripts/build.mjs --production  the same, minified, no source maps (for the .vsix)
//   node scripts/build.mjs --tests       also every test tier into out/test/
//   node scripts/build.mjs --tests-only [--out DIR]   only the test bundles, into DIR/test/ (default out)
import { build } from 'esbuild';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { filesUnder } from './files.mjs';
import { yamlWithoutDebugSwitches } from './yamlBundle.mjs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const production = process.argv.includes('--production');
const testsOnly = process.argv.includes('--tests-only');
const withTests = testsOnly || process.argv.includes('--tests');
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 ? process.argv[outFlag + 1] : 'out';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
  // Prefer packages' ES module builds: some UMD builds (jsonc-parser) require files at run time.
  mainFields: ['module', 'main'],
  plugins: [yamlWithoutDebugSwitches],
};

const jobs = [];
if (!testsOnly) {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  jobs.push(build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }));
  if (existsSync(join(root, 'src/cli.ts'))) {
    jobs.push(build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }));
  }
}
if (withTests) {
  rmSync(join(root, outDir), { recursive: true, force: true });
  const testEntries = [
    ...filesUnder(join(root, 'test', 'unit'), '.test.ts'),
    ...filesUnder(join(root, 'test', 'extension'), '.ts'),
    ...filesUnder(join(root, 'test', 'ui'), '.ts'),
  ].map((p) => relative(root, p));
  if (testEntries.length) {
    jobs.push(build({
      ...common,
      sourcemap: 'inline',
      entryPoints: testEntries,
      outdir: outDir,
      outbase: '.',
      external: ['vscode', 'mocha', 'playwright-core', 'fast-check'],
    }));
  }
}
await Promise.all(jobs);
// The command line runs as `./dist/cli.js` too, not only through npm's bin link.
if (existsSync(join(root, 'dist/cli.js'))) chmodSync(join(root, 'dist/cli.js'), 0o755);
