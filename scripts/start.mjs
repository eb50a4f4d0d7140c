// `npm start`: build, then open the extension on the sample notes in a real VS Code.
// With a desktop `code` on PATH: code --extensionDevelopmentPath. Otherwise: code-server on 127.0.0.1 with the .vsix installed.
// The sample opens as Open Sample Notes opens it: a copy with its dates moved to today (under .cache/samples/),
// made by the extension's own code; re-used while unchanged, and a changed copy is never written over.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { projectRoot, vsixPath } from './testbed/paths.mjs';

async function sampleCopy() {
  const bundle = join(projectRoot, '.cache', 'start', 'sampleCopy.mjs');
  await build({
    stdin: {
      contents: "export * from './sampleCopy'; export * from './sampleFolder'; export { todayIso } from '../dates';",
      resolveDir: join(projectRoot, 'src', 'core', 'sample'), loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'warning',
  });
  const { existingCopies, planSampleCopy, todayIso, writeSampleCopy } = await import(pathToFileURL(bundle).href);
  const examples = join(projectRoot, 'examples', 'notes');
  const copies = join(projectRoot, '.cache', 'samples');
  const today = todayIso();
  const { fresh } = planSampleCopy(existingCopies(examples, copies), today);
  const folder = join(copies, fresh.name);
  if (!fresh.exists) writeSampleCopy(examples, folder, today);
  return folder;
}

const sample = await sampleCopy();
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
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
