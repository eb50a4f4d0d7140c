// The esbuild options of the shipped bundles, in one place: scripts/build.mjs builds with them, and a unit
// test (test/unit/bundle.test.ts) checks what goes into the extension's bundle.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fromExtensionBundle, LAZY_FILES, lazyEntry, lazyLoaders, projectPath } from './lazyBundles.mjs';
import { yamlModuleBuild, yamlWithoutDebugSwitches } from './yamlBundle.mjs';

export function commonOptions(root, production) {
  return {
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
}

/** Where the extension finds markdown-it: a file of its own beside it, required on the first briefing. */
export const MARKDOWN_IT_FILE = 'markdown-it.js';

const markdownItBeside = {
  name: 'markdown-it-beside',
  setup(build) {
    build.onResolve({ filter: /^markdown-it$/ }, () => ({ path: `./${MARKDOWN_IT_FILE}`, external: true }));
  },
};

/**
 * dist/extension.js: `vscode` comes from the host, markdown-it from markdownItBundle, each lazy file
 * (scripts/lazyBundles.mjs) from beside it; `shared[file]` lists the modules the bundle hands that file.
 */
export function extensionBundle(root, production, outfile, shared = {}) {
  return {
    ...commonOptions(root, production),
    entryPoints: ['src/extension.ts'],
    outfile,
    external: ['vscode'],
    plugins: [yamlModuleBuild(root), markdownItBeside, lazyLoaders(root, shared)],
  };
}

/** A lazy file beside the bundle, without the modules in `inBundle` (their paths go into `taken`); markdown-it, too, from beside it. */
export function lazyBundle(root, production, outfile, lazy, inBundle, taken) {
  return {
    ...commonOptions(root, production),
    stdin: { contents: lazyEntry(lazy), resolveDir: root, loader: 'js', sourcefile: `${lazy.file} (entry)` },
    outfile,
    external: ['vscode'],
    plugins: [yamlModuleBuild(root), markdownItBeside, fromExtensionBundle(root, inBundle, taken)],
  };
}

/** What a lazy file takes from the bundle, as comparable text. */
function sharedText(taken = new Map()) {
  return [...taken].map(([key, names]) => `${key}:${[...names].sort()}`).sort().join('\n');
}

/** The project paths of the modules with code in a build's one output. */
export function modulesIn(result) {
  const output = Object.entries(result.metafile.outputs).find(([file]) => !file.endsWith('.map'))[1];
  return new Set(Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path));
}

/**
 * The extension's bundle and its lazy files, built until the modules they share stop changing, then
 * written into `dir` unless `write` is false. Returns esbuild's results, `{ extension, lazy: { file: result } }`,
 * and `shared`: for each lazy file, the modules it takes from the bundle, each with the names it takes.
 */
export async function extensionBundles(root, production, dir, { write = true } = {}) {
  const options = { write: false, metafile: true };
  let shared = {};
  // Modules two lazy files need and the bundle does not: the bundle takes them, so that none ships twice.
  const forced = new Set();
  let extension = await build({ ...extensionBundle(root, production, join(dir, 'extension.js'), shared), ...options });
  for (let round = 0; ; round++) {
    const inBundle = new Set([...modulesIn(extension), ...forced]);
    const taken = Object.fromEntries(LAZY_FILES.map((lazy) => [lazy.file, new Map()]));
    const lazy = Object.fromEntries(await Promise.all(LAZY_FILES.map(async (l) => [l.file, await build({ ...lazyBundle(root, production, join(dir, l.file), l, inBundle, taken[l.file]), ...options })])));
    const owners = new Map();
    for (const result of Object.values(lazy)) for (const path of modulesIn(result)) owners.set(path, (owners.get(path) ?? 0) + 1);
    const twice = [...owners].filter(([path, count]) => count > 1 && !path.startsWith('from-extension-bundle:') && !forced.has(path));
    for (const [path] of twice) forced.add(path);
    const same = twice.length === 0 && LAZY_FILES.every((l) => sharedText(taken[l.file]) === sharedText(shared[l.file]));
    if (same && round > 0) {
      if (write) {
        for (const result of [extension, ...Object.values(lazy)]) {
          for (const file of result.outputFiles) {
            mkdirSync(dirname(file.path), { recursive: true });
            writeFileSync(file.path, file.contents);
          }
        }
      }
      return { extension, lazy, shared };
    }
    if (round > 4) throw new Error('the extension bundle and its lazy files do not settle on what they share');
    shared = taken;
    extension = await build({ ...extensionBundle(root, production, join(dir, 'extension.js'), shared), ...options });
  }
}

export { LAZY_FILES, lazyLoaders, projectPath };

/** dist/markdown-it.js: markdown-it alone, exporting its constructor as `require('markdown-it')` does. */
export function markdownItBundle(root, production, outfile) {
  return { ...commonOptions(root, production), stdin: { contents: "module.exports = require('markdown-it');", resolveDir: root, loader: 'js' }, outfile };
}

/** media/pictures.js: the pictures' webview page, for the browser, with Observable Plot; never in dist/extension.js. */
export const PICTURES_FILE = 'media/pictures.js';

export function picturesBundle(root, production) {
  return {
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: production,
    sourcemap: false,
    logLevel: 'warning',
    absWorkingDir: root,
    entryPoints: ['src/webview/pictures/main.ts'],
    outfile: join(root, PICTURES_FILE),
  };
}
