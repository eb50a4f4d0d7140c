// Writes docs/checks.md from the rule data: every rule registered in src/core/checks/registry.ts, and the
// loader's own codes (src/core/report/loaderCodes.ts), rendered by src/core/report/checkDocs.ts.
// A unit test (test/unit/checkDocs.test.ts) fails when the committed file is not current.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The text docs/checks.md should have. */
export async function renderChecksDoc() {
  const outfile = join(tmpdir(), `one-on-one-check-docs-${process.pid}.cjs`);
  await build({
    stdin: {
      contents: "export { allRules } from './src/core/checks/registry';\nexport { renderCheckDocs } from './src/core/report/checkDocs';\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning',
  });
  try {
    const { allRules, renderCheckDocs } = createRequire(import.meta.url)(outfile);
    return renderCheckDocs(allRules);
  } finally {
    rmSync(outfile, { force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(join(root, 'docs', 'checks.md'), await renderChecksDoc());
}
