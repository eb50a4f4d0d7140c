// Two esbuild plugins for the yaml package. The first is for its Node build (the command line, the
// benchmark): its parser reads `process.env.LOG_TOKENS` (a
// debugging switch) for every token it sees, and its composer `process.env.LOG_STREAM` for every
// document; in Node each read of process.env asks the operating system's environment (about 0.3 µs),
// which came to a fifth of parsing a team's notes. The bundle reads neither: both are always off, as
// in yaml's own browser build. Nothing else changes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const FILES = /[\\/]node_modules[\\/]yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/;
const SWITCHES = /\bnode_process\.env\.LOG_(TOKENS|STREAM)\b/g;

export const yamlWithoutDebugSwitches = {
  name: 'yaml-without-debug-switches',
  setup(build) {
    build.onLoad({ filter: FILES }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(SWITCHES, 'false');
      if (contents === source) throw new Error(`${args.path}: yaml's debugging switches were not found; check scripts/yamlBundle.mjs against this yaml version`);
      return { contents, loader: 'js' };
    });
  },
};

/**
 * The extension's bundles take yaml's ES module build (the one its package gives browsers: the same code,
 * without the debugging switches, and with exports esbuild can leave out when unused, about 12 KB
 * less). The command line, the tests and the benchmark's floors keep the Node build.
 */
export function yamlModuleBuild(root) {
  return {
    name: 'yaml-module-build',
    setup(build) {
      build.onResolve({ filter: /^yaml$/ }, () => ({ path: join(root, 'node_modules', 'yaml', 'browser', 'index.js') }));
    },
  };
}
