// Starts and stops one code-server (a real VS Code: workbench in the browser, Node extension host on the server).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeServerEntry, nodeBin } from './paths.mjs';

const quietSettings = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.reduceMotion': 'on',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'window.commandCenter': false,
  'editor.minimap.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'workbench.layoutControl.enabled': false,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The environment for code-server: our own HOME, no VSCODE_* leaking in from a surrounding editor. */
function cleanEnv(runDir) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('VSCODE_') && !k.startsWith('ELECTRON_')) env[k] = v;
  env.HOME = join(runDir, 'home');
  // No marketplace: the gallery points at a closed loopback port, so the workbench never reaches out.
  env.EXTENSIONS_GALLERY = JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' });
  return env;
}

/** A fresh folder for one run: user data, extensions, HOME, config. */
export function makeRunDir(tag, { settings = {} } = {}) {
  const runDir = mkdtempSync(join(tmpdir(), `one-on-one-${tag}-`));
  for (const d of ['ud/User', 'ext', 'home']) mkdirSync(join(runDir, d), { recursive: true });
  writeFileSync(join(runDir, 'ud/User/settings.json'), JSON.stringify({ ...quietSettings, ...settings }, null, 2));
  writeFileSync(join(runDir, 'config.yaml'), 'auth: none\ncert: false\n');
  return runDir;
}

/** Installs a .vsix into the run's extensions folder. */
export function installVsix(runDir, vsix) {
  const r = spawnSync(nodeBin, [codeServerEntry, '--user-data-dir', join(runDir, 'ud'), '--extensions-dir', join(runDir, 'ext'),
    '--install-extension', vsix, '--force'], { env: cleanEnv(runDir), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`installing ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
}

/**
 * Starts code-server on 127.0.0.1 and resolves once /healthz answers. `workspaceTrust: true` leaves workspace
 * trust on (with `security.workspace.trust.enabled` in the run's settings, the folder opens in Restricted Mode).
 * Returns { url, port, runDir, stop() }; stop() kills the whole process group.
 */
export async function startCodeServer({ runDir, folder, smokeTestDriver = false, workspaceTrust = false, log = () => {}, timeoutMs = 60_000 }) {
  const port = await freePort();
  const args = [codeServerEntry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--config', join(runDir, 'config.yaml'),
    '--user-data-dir', join(runDir, 'ud'), '--extensions-dir', join(runDir, 'ext'), '--disable-telemetry',
    '--disable-update-check', '--disable-getting-started-override'];
  // Without this flag VS Code asks whether to trust the folder (a run for Restricted Mode wants that).
  if (!workspaceTrust) args.push('--disable-workspace-trust');
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (folder) args.push(folder);
  const child = spawn(nodeBin, args, { env: cleanEnv(runDir), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk) => { output += chunk; log(String(chunk)); };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = false;
  child.on('exit', () => { exited = true; });

  const stop = () => {
    if (exited) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  };
  const stopOnExit = () => stop();
  process.once('exit', stopOnExit);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (true) {
    if (exited) throw new Error(`code-server exited before it was ready:\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { stop(); throw new Error(`code-server did not answer /healthz within ${timeoutMs} ms:\n${output}`); }
    await new Promise((r) => setTimeout(r, 100)); // polling a port that is not open yet: there is no event to wait on
  }
  return {
    url, port, runDir,
    output: () => output,
    stop: () => {
      process.removeListener('exit', stopOnExit);
      if (exited) return Promise.resolve();
      return new Promise((resolve) => { child.once('exit', resolve); stop(); });
    },
  };
}

/** Lines of the extension-host logs that say an extension failed to activate. */
export function activationFailures(runDir) {
  const found = [];
  const walk = (dir) => {
    let names = [];
    try { names = readdirSync(dir); } catch { return; }
    for (const n of names) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/exthost.*\.log$/i.test(n)) {
        for (const line of readFileSync(p, 'utf8').split('\n')) if (/Activating extension .* failed/.test(line)) found.push(line.trim());
      }
    }
  };
  walk(join(runDir, 'ud', 'logs'));
  return found;
}

/** Chromium, headless, with the flags that keep it off the network. */
export async function launchChromium(executablePath) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
