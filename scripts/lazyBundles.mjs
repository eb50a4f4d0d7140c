// Files of their own beside dist/extension.js, required on first use, so that activation does not load
// what most sessions never run. Each holds only what the extension's bundle does not: every module the
// bundle already has (zod, yaml, the schema, the people model...) comes from the bundle itself, handed
// over in a map when the file is first required, so no code ships twice.
//
// How: a loader module in src/ (e.g. src/documents/documentWriters.ts) imports the lazy entry as usual,
// which is what tests and the command line use. The extension's build replaces that loader by one that
// requires the file beside it on the first call, passing a map of what the file needs from the bundle:
// for each module, the names it imports from it. Which those are is found by building (extensionBundles in
// scripts/bundles.mjs): the bundle first, then each lazy file with every module the bundle holds left out
// (read from the map instead), then the bundle again with the map, until nothing changes. A module that two
// lazy files need and the bundle does not goes into the bundle.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { transformSync } from 'esbuild';

/** The lazy files: `file` beside extension.js, built from `entry`, loaded by `loader`'s `exportName()`. */
export const LAZY_FILES = [
  {
    file: 'documents.js',
    entry: 'src/core/documents/writers.ts',
    loader: 'src/documents/documentWriters.ts',
    exportName: 'documentWriters',
  },
  {
    file: 'commands.js',
    entry: 'src/commands/handlers.ts',
    loader: 'src/commands/commandHandlers.ts',
    exportName: 'commandHandlers',
  },
  {
    file: 'pictures.js',
    entry: 'src/pictures/picturesPanels.ts',
    loader: 'src/pictures/picturesPanelsLoader.ts',
    exportName: 'picturesPanelsModule',
  },
  {
    file: 'briefing.js',
    entry: 'src/documents/briefingPanels.ts',
    loader: 'src/documents/briefingPanelsLoader.ts',
    exportName: 'briefingPanelsModule',
  },
];

/** A path as esbuild's metafile writes it: relative to the project, with forward slashes. */
export function projectPath(root, path) {
  return relative(root, path).split(sep).join('/');
}

/**
 * The extension build's plugin: each lazy file's loader becomes one that requires the file beside the
 * bundle on its first call, handing it `shared[file]`: the modules it takes from the bundle (by project
 * path), each with the names it takes (`*`: all of them).
 */
export function lazyLoaders(root, shared) {
  const loaders = new Map(LAZY_FILES.map((lazy) => [`${root.replace(/[\\/]$/, '')}${sep}${lazy.loader.split('/').join(sep)}`, lazy]));
  return {
    name: 'lazy-loaders',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const lazy = loaders.get(args.path);
        if (!lazy) return undefined;
        const modules = [...(shared[lazy.file] ?? new Map())].sort(([a], [b]) => (a < b ? -1 : 1));
        const imports = [];
        const entries = [];
        modules.forEach(([key, names], i) => {
          const from = JSON.stringify(`./${key}`);
          if (names.has('*')) {
            imports.push(`import * as m${i} from ${from};`);
            entries.push(`${JSON.stringify(key)}: m${i}`);
          } else {
            const list = [...names].sort();
            imports.push(`import { ${list.map((name, j) => `${name} as m${i}_${j}`).join(', ')} } from ${from};`);
            entries.push(`${JSON.stringify(key)}: { ${list.map((name, j) => `get ${name}() { return m${i}_${j}; }`).join(', ')} }`);
          }
        });
        const map = entries.join(',\n    ');
        const contents = `${imports.join('\n')}
let loaded: unknown;
export function ${lazy.exportName}(): unknown {
  return (loaded ??= require(${JSON.stringify(`./${lazy.file}`)})({
    ${map}
  }));
}
`;
        return { contents, loader: 'ts', resolveDir: root };
      });
      build.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) => {
        const lazy = LAZY_FILES.find((l) => `./${l.file}` === args.path);
        return lazy && args.resolveDir === root.replace(/[\\/]$/, '') ? { path: args.path, external: true } : undefined;
      });
    },
  };
}

const SHARED = 'from-extension-bundle';

const importsByFile = new Map();

/**
 * The names a TypeScript file imports (or re-exports) from each module it names, read from esbuild's
 * JavaScript of it (types gone, one statement per import): `*` for a namespace or `export *`, `default`
 * for a default import.
 */
function importsOf(file) {
  let imports = importsByFile.get(file);
  if (imports) return imports;
  imports = new Map();
  importsByFile.set(file, imports);
  const add = (from, names) => {
    if (!imports.has(from)) imports.set(from, new Set());
    for (const name of names) imports.get(from).add(name);
  };
  const named = (list) => list.split(',').map((item) => item.trim().split(/\s+as\s+/)[0]).filter(Boolean);
  const { code } = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm' });
  for (const [, first, braces, star, from] of code.matchAll(/^import\s+(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}|(\*)\s*as\s+[\w$]+)?\s*from\s*"([^"]+)";/gm)) {
    add(from, [...(first ? ['default'] : []), ...(braces ? named(braces) : []), ...(star ? ['*'] : [])]);
  }
  for (const [, braces, from] of code.matchAll(/^export\s*(?:\{([^}]*)\}|\*(?:\s*as\s+[\w$]+)?)\s*from\s*"([^"]+)";/gm)) {
    add(from, braces === undefined ? ['*'] : named(braces));
  }
  return imports;
}

/** What `importer` takes from `path`: the names it imports, or `*` when that cannot be told (a require, a JavaScript file). */
function namesTaken(importer, path, kind) {
  if (kind !== 'import-statement' || !/\.tsx?$/.test(importer)) return ['*'];
  const names = importsOf(importer).get(path);
  return names ? [...names] : ['*'];
}

/**
 * A lazy file's plugin: a module the bundle holds (its project path in `inBundle`) is not bundled again but
 * read from the map the loader passes; `taken` collects those paths, each with the names taken from it.
 */
export function fromExtensionBundle(root, inBundle, taken) {
  return {
    name: 'from-extension-bundle',
    setup(build) {
      build.onResolve({ filter: /^from-extension-bundle:map$/ }, () => ({ path: 'map', namespace: SHARED }));
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.namespace === SHARED || args.pluginData?.resolving) return undefined;
        const found = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { resolving: true } });
        if (found.errors.length > 0 || found.external) return undefined;
        const key = projectPath(root, found.path);
        if (!inBundle.has(key)) return undefined;
        if (!taken.has(key)) taken.set(key, new Set());
        for (const name of namesTaken(args.importer, args.path, args.kind)) taken.get(key).add(name);
        return { path: key, namespace: SHARED };
      });
      build.onLoad({ filter: /.*/, namespace: SHARED }, (args) => ({
        contents: args.path === 'map' ? 'exports.modules = {};' : `module.exports = require('from-extension-bundle:map').modules[${JSON.stringify(args.path)}];`,
        loader: 'js',
      }));
    },
  };
}

/** The entry of a lazy file: a function of the map that loads the entry module (and what it imports) when called. */
export function lazyEntry(lazy) {
  return `const map = require('from-extension-bundle:map');
module.exports = (modules) => {
  map.modules = modules;
  return require(${JSON.stringify(`./${lazy.entry}`)});
};
`;
}
