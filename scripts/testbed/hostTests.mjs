// Runs the extension-host tier (out/test/extension/index.js) inside a real VS Code served by code-server.
// Resolves to { passed, failed }; any failure to get a result counts as a failure, never as a pass.
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { activationFailures, launchChromium, makeRunDir, startCodeServer } from './codeServer.mjs';
import { installTestbed } from './install.mjs';
import { projectRoot } from './paths.mjs';

const RESULT_TIMEOUT_MS = 420_000;
const MOCHA_LINE = '[mocha] '; // as test/extension/index.ts writes it

export async function runHostTests({ folder = join(projectRoot, 'test', 'fixtures', 'workspace'), verbose = false } = {}) {
  const { chromium } = installTestbed();
  // Auto-save off: tests about unsaved editors must not have code-server save for them.
  const runDir = makeRunDir('host', { settings: { 'files.autoSave': 'off' } });
  // Tests create and edit notes: they get a copy of the fixture workspace, never the one in the repo.
  const workspace = join(runDir, 'workspace');
  cpSync(folder, workspace, { recursive: true });
  const resultFile = join(runDir, 'result.json');
  const server = await startCodeServer({ runDir, smokeTestDriver: true, log: verbose ? (s) => process.stderr.write(s) : undefined });
  const browser = await launchChromium(chromium);
  try {
    const page = await browser.newPage();
    let settle;
    const exit = new Promise((resolve) => { settle = resolve; });
    // Mocha's lines are shown as they come; the rest of the workbench log only when something went wrong.
    const workbenchLog = [];
    await page.exposeFunction('codeAutomationLog', (_level, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (text.startsWith(MOCHA_LINE)) process.stdout.write(`  ${text.slice(MOCHA_LINE.length)}\n`);
      else if (verbose) process.stdout.write(`  ${text}\n`);
      else workbenchLog.push(text);
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle({ code }));
    const remote = 'vscode-remote://remote';
    const payload = [
      ['extensionDevelopmentPath', `${remote}${projectRoot}`],
      ['extensionTestsPath', `${remote}${join(projectRoot, 'out', 'test', 'extension', 'index.js')}`],
      ['extensionEnvironment', JSON.stringify({ ONE_ON_ONE_TEST_RESULT: resultFile, ...(process.env.ONE_ON_ONE_TEST_GREP ? { ONE_ON_ONE_TEST_GREP: process.env.ONE_ON_ONE_TEST_GREP } : {}) })],
    ];
    // A multi-root workspace (two folders, each with its own notes): every test runs multi-root.
    const url = `${server.url}/?workspace=${encodeURIComponent(join(workspace, 'team.code-workspace'))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    // The first load compiles the workbench; on a busy machine that takes far longer than 30 s.
    await page.goto(url, { timeout: 180_000 });
    let timer;
    const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve({ timedOut: true }), RESULT_TIMEOUT_MS); });
    const outcome = await Promise.race([exit, timeout]);
    clearTimeout(timer);

    const result = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : undefined;
    const problems = [];
    if (outcome.timedOut) problems.push(`no result from the extension host within ${RESULT_TIMEOUT_MS / 1000} s`);
    if (!result) problems.push('the test module wrote no result file');
    else if (!outcome.timedOut && outcome.code !== 0 && !result.failed) problems.push(`exit code ${outcome.code} although no test failed (did any test run?)`);
    for (const line of activationFailures(runDir)) problems.push(`extension host log: ${line}`);
    const passed = result?.passed ?? 0;
    const failed = (result?.failed ?? 0) + problems.length;
    if (problems.length || failed) console.error(`[host] workbench log:\n${workbenchLog.join('\n')}`);
    for (const p of problems) console.error(`[host] ${p}`);
    return { passed, failed, problems };
  } finally {
    await browser.close();
    await server.stop();
    if (!process.env.ONE_ON_ONE_KEEP_RUNS) rmSync(runDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runHostTests({ verbose: process.argv.includes('--verbose') });
  console.log(`host: ${r.passed} passed, ${r.failed} failed`);
  process.exit(r.failed ? 1 : 0);
}
