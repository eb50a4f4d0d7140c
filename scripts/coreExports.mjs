// What the generators (scripts/gen-*.mjs) share: the exports of TypeScript modules of the project,
// bundled with esbuild into a temporary CommonJS file that is required and then removed.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The exports of `source`, a TypeScript module text resolved from the project root
 * (e.g. "export { allRules } from './src/core/checks/registry';").
 */
export async function coreExports(tag, source) {
  const outfile = join(tmpdir(), `one-on-one-${tag}-${process.pid}.cjs`);
  await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    // ES module builds first: jsonc-parser's UMD build requires files esbuild cannot follow.
    bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning', mainFields: ['module', 'main'],
  });
  try {
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(outfile, { force: true });
  }
}
