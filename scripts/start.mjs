// `npm start`: build, then open the extension on the sample notes in a real VS Code.
// With a desktop `code` on PATH: code --extensionDevelopmentPath. Otherwise: code-server on 127.0.0.1 with the .vsix installed.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot, vsixPath } from './testbed/paths.mjs';

const sample = join(projectRoot, 'examples', 'notes');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: projectRoot, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode && !process.argv.includes('--code-server')) {
  run(process.execPath, [join(projectRoot, 'scripts', 'build.mjs')]);
  const child = spawn('code', ['--extensionDevelopmentPath', projectRoot, '--new-window', sample], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  run('npm', ['run', '--silent', 'package']);
  const { installTestbed } = await import('./testbed/install.mjs');
  const { installVsix, makeRunDir, startCodeServer } = await import('./testbed/codeServer.mjs');
  installTestbed({ needChromium: false });
  const runDir = makeRunDir('start');
  installVsix(runDir, vsixPath);
  const server = await startCodeServer({ runDir, folder: sample });
  console.log(`\n1:1 Coach is running on the sample notes. Open this in your browser:\n\n  ${server.url}/?folder=${encodeURIComponent(sample)}\n\nPress Ctrl-C to stop.`);
  const stop = async () => { await server.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
