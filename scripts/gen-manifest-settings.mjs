// Writes the part of package.json that is made from the rule data: the check ids the oneOnOneCoach.severity
// setting takes (src/core/report/manifestSettings.ts), from every rule registered in src/core/checks/registry.ts.
// A unit test (test/unit/manifestSettings.test.ts) fails when the committed package.json is not current.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifestPath = join(root, 'package.json');

/** The text package.json should have. */
export async function renderManifest() {
  const outfile = join(tmpdir(), `one-on-one-manifest-settings-${process.pid}.cjs`);
  await build({
    stdin: {
      contents: "export { allRules } from './src/core/checks/registry';\nexport { withSeverityProperties } from './src/core/report/manifestSettings';\n",
      resolveDir: root,
      loader: 'ts',
    },
    // jsonc-parser's ES module build: its UMD build requires files esbuild cannot follow.
    bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning', mainFields: ['module', 'main'],
  });
  try {
    const { allRules, withSeverityProperties } = createRequire(import.meta.url)(outfile);
    return withSeverityProperties(readFileSync(manifestPath, 'utf8'), allRules);
  } finally {
    rmSync(outfile, { force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = await renderManifest();
  if (text !== readFileSync(manifestPath, 'utf8')) writeFileSync(manifestPath, text);
}
