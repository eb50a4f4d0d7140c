// Writes docs/checks.md from the rule data: every rule registered in src/core/checks/registry.ts, and the
// loader's own codes (src/core/report/loaderCodes.ts), rendered by src/core/report/checkDocs.ts.
// A unit test (test/unit/checkDocs.test.ts) fails when the committed file is not current.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreExports } from './coreExports.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The text docs/checks.md should have. */
export async function renderChecksDoc() {
  const { allRules, renderCheckDocs } = await coreExports('check-docs',
    "export { allRules } from './src/core/checks/registry';\nexport { renderCheckDocs } from './src/core/report/checkDocs';\n");
  return renderCheckDocs(allRules);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(join(root, 'docs', 'checks.md'), await renderChecksDoc());
}
