// Writes the part of package.json that is made from the rule data: the check ids the oneOnOneCoach.severity
// setting takes (src/core/report/manifestSettings.ts), from every rule registered in src/core/checks/registry.ts.
// A unit test (test/unit/manifestSettings.test.ts) fails when the committed package.json is not current.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreExports } from './coreExports.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifestPath = join(root, 'package.json');

/** The text package.json should have. */
export async function renderManifest() {
  const { allRules, withSeverityProperties } = await coreExports('manifest-settings',
    "export { allRules } from './src/core/checks/registry';\nexport { withSeverityProperties } from './src/core/report/manifestSettings';\n");
  return withSeverityProperties(readFileSync(manifestPath, 'utf8'), allRules);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = await renderManifest();
  if (text !== readFileSync(manifestPath, 'utf8')) writeFileSync(manifestPath, text);
}
