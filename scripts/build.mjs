// One build for everything: the extension bundle, the command line, and the test bundles.
//   node scripts/build.mjs               extension + CLI into dist/, the pictures' page into media/pictures.js
//   node scripts/build.mjs --production  the same, minified, no source maps (for the .vsix)
//   node scripts/build.mjs --tests       also every test tier into out/test/
//   node scripts/build.mjs --tests-only [--out DIR]   only the test bundles, into DIR/test/ (default out)
//   --dist DIR           the extension and the CLI into DIR instead of dist/ (the benchmark builds its own)
import { build } from 'esbuild';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { commonOptions, extensionBundles, MARKDOWN_IT_FILE, markdownItBundle, picturesBundle } from './bundles.mjs';
import { filesUnder } from './files.mjs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const production = process.argv.includes('--production');
const testsOnly = process.argv.includes('--tests-only');
const withTests = testsOnly || process.argv.includes('--tests');
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 ? process.argv[outFlag + 1] : 'out';
const distFlag = process.argv.indexOf('--dist');
const distDir = resolve(root, distFlag > 0 ? process.argv[distFlag + 1] : 'dist');

const common = commonOptions(root, production);

const jobs = [];
if (!testsOnly) {
  rmSync(distDir, { recursive: true, force: true });
  jobs.push(extensionBundles(root, production, distDir));
  jobs.push(build(markdownItBundle(root, production, join(distDir, MARKDOWN_IT_FILE))));
  jobs.push(build(picturesBundle(root, production)));
  if (existsSync(join(root, 'src/cli.ts'))) {
    jobs.push(build({ ...common, entryPoints: ['src/cli.ts'], outfile: join(distDir, 'cli.js'), banner: { js: '#!/usr/bin/env node' } }));
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
      external: ['vscode', 'mocha', 'playwright-core', 'fast-check', 'esbuild', 'eslint', 'typescript-eslint'],
    }));
  }
}
await Promise.all(jobs);
// The command line runs as `./dist/cli.js` too, not only through npm's bin link.
if (existsSync(join(distDir, 'cli.js'))) chmodSync(join(distDir, 'cli.js'), 0o755);
