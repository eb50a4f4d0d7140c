// An esbuild plugin for the yaml package's Node build. Its parser reads `process.env.LOG_TOKENS` (a
// debugging switch) for every token it sees, and its composer `process.env.LOG_STREAM` for every
// document; in Node each read of process.env asks the operating system's environment (about 0.3 µs),
// which came to a fifth of parsing a team's notes. The bundle reads neither: both are always off, as
// in yaml's own browser build. Nothing else changes.
import { readFile } from 'node:fs/promises';

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
