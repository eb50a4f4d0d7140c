// `npm test`: type check, lint, build, then every tier; ends with one line `N passed, N failed` summing all tiers.
//   --only unit|host|ui   run one tier (the build still runs; the type check and the lint run only without --only)
//   --grep <pattern>      only the tests whose full title matches the pattern (a regular expression:
//                         `a|b` for either; escape parentheses); a pattern that matches no test fails the run
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Mocha from 'mocha';
import { filesUnder } from './files.mjs';
import { projectRoot } from './testbed/paths.mjs';

const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : undefined;
const wants = (tier) => !only || only === tier;
// --grep <pattern>: only the mocha tests whose full title matches the regular expression (every tier).
const grepIndex = process.argv.indexOf('--grep');
const grep = grepIndex > 0 ? process.argv[grepIndex + 1] : undefined;
const totals = { passed: 0, failed: 0 };
const failedSteps = [];

function step(name, cmd, args) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { cwd: projectRoot, stdio: 'inherit' });
  // A step that works is not a test and adds nothing to the count; a step that fails counts as a failure.
  if (r.status === 0) return true;
  totals.failed += 1;
  failedSteps.push(name);
  return false;
}

async function mochaTier(name, dir, options = {}) {
  console.log(`\n▶ ${name} tests`);
  const files = filesUnder(join(projectRoot, 'out', 'test', dir), '.test.js').sort();
  if (files.length === 0) { totals.failed += 1; failedSteps.push(`${name}: no test files`); return; }
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 10_000, ...options, ...(grep ? { grep } : {}) });
  for (const f of files) mocha.addFile(f);
  await mocha.loadFilesAsync();
  const stats = await new Promise((resolve) => { const runner = mocha.run(() => resolve(runner.stats)); });
  totals.passed += stats.passes;
  totals.failed += stats.failures;
  if (stats.failures) failedSteps.push(`${name}: ${stats.failures} failed`);
  mocha.dispose();
}

const node = process.execPath;
const tsc = join(projectRoot, 'node_modules', '@typescript', 'native', 'bin', 'tsc');
if (!only) step('type check (tsc --noEmit)', node, [tsc, '--noEmit', '-p', '.']);
if (!only) step('type check of the pictures page (tsc --noEmit, DOM)', node, [tsc, '--noEmit', '-p', join('src', 'webview', 'pictures')]);
if (!only && !step('lint (eslint)', node, [join(projectRoot, 'node_modules', 'eslint', 'bin', 'eslint.js'), '.'])) {
  console.error('\nThe linter found problems (listed above): fix them, then run `npm run lint` again. The rules are in eslint.config.mjs.');
}
const built = step('build (esbuild)', node, [join(projectRoot, 'scripts', 'build.mjs'), '--tests']);
if (built) {
  if (wants('unit')) await mochaTier('unit', 'unit');
  if (wants('host')) {
    console.log('\n▶ extension-host tests (real VS Code via code-server)');
    const { runHostTests } = await import('./testbed/hostTests.mjs');
    if (grep) process.env.ONE_ON_ONE_TEST_GREP = grep;
    try {
      const r = await runHostTests();
      totals.passed += r.passed;
      totals.failed += r.failed;
      if (r.failed) failedSteps.push(`extension host: ${r.failed} failed`);
    } catch (e) {
      console.error(e);
      totals.failed += 1;
      failedSteps.push('extension host: did not run');
    }
  }
  if (wants('ui')) {
    const packaged = step('package (.vsix)', 'npm', ['run', '--silent', 'package']);
    if (packaged) await mochaTier('ui', 'ui', { timeout: 90_000, bail: false });
  }
}
// A pattern that matches nothing is a mistake in the command, not a green run.
if (grep && totals.passed + totals.failed === 0) {
  totals.failed += 1;
  failedSteps.push(`--grep ${JSON.stringify(grep)}: no test matches (it is a regular expression; escape parentheses)`);
}
if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join('; ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
