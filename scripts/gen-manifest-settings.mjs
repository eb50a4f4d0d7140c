// Writes the part of package.json that is made from the rule data: the check ids the oneOnOneCoach.severity
// setting takes (src/core/report/manifestSettings.ts), from every rule registered in src/core/checks/registry.ts,
// each described by a %key% whose English words it writes in package.nls.json.
// A unit test (test/unit/manifestSettings.test.ts) fails when the committed files are not current.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreExports } from './coreExports.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifestPath = join(root, 'package.json');
const wordsPath = join(root, 'package.nls.json');

/** The texts package.json and package.nls.json should have. */
export async function renderManifest() {
  const { allRules, withSeverityProperties, withSeverityWords } = await coreExports('manifest-settings',
    "export { allRules } from './src/core/checks/registry';\nexport { withSeverityProperties, withSeverityWords } from './src/core/report/manifestSettings';\n");
  return {
    [manifestPath]: withSeverityProperties(readFileSync(manifestPath, 'utf8'), allRules),
    [wordsPath]: withSeverityWords(readFileSync(wordsPath, 'utf8'), allRules),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [path, text] of Object.entries(await renderManifest())) {
    if (text !== readFileSync(path, 'utf8')) writeFileSync(path, text);
  }
}
