// A look at the pictures' page without VS Code: builds media/pictures.js, draws the team overview, a
// person's history and the coaching habits of the sample team (examples/notes) in headless Chromium,
// in a dark, a light and a high-contrast theme, and saves a screenshot of each under test-results/pictures/.
//   node scripts/pictures-preview.mjs [--person <id>] [--width <pixels>]
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { picturesBundle } from './bundles.mjs';
import { launchChromium } from './testbed/codeServer.mjs';
import { chromiumHelp, findChromium } from './testbed/paths.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const personFlag = process.argv.indexOf('--person');
const widthFlag = process.argv.indexOf('--width');
const out = join(root, 'test-results', 'pictures');

await build(picturesBundle(root, false));
// The sample's data comes from the core, as the unit tests make it; the bundle sits where those tests are
// built, so that it finds examples/notes the same way.
const harness = join(root, 'out', 'test', 'unit', 'pictures', 'pictures-preview.js');
await build({
  stdin: { contents: "export * from './test/unit/pictures/sampleMessages'; export * from './test/unit/pictures/picturesPage';", resolveDir: root, loader: 'ts' },
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: harness, external: ['playwright-core'], logLevel: 'warning',
  mainFields: ['module', 'main'],
});
const { sampleMessages, openPicturesPage, THEMES } = createRequire(import.meta.url)(harness);

const chromium = findChromium();
if (!chromium) throw new Error(chromiumHelp);
const browser = await launchChromium(chromium);
mkdirSync(out, { recursive: true });
const messages = sampleMessages();
const person = personFlag > 0 ? process.argv[personFlag + 1] : messages.overview.data.rows[0].personId;
let trouble = 0;
try {
  for (const theme of Object.keys(THEMES)) {
    const p = await openPicturesPage(browser, root, { theme, ...(widthFlag > 0 ? { width: Number(process.argv[widthFlag + 1]) } : {}) });
    const shots = [['overview', messages.overview], ['timeline', messages.timeline(person, '6m')], ['habits', messages.habits]];
    for (const [name, message] of shots) {
      await p.send(message);
      await p.page.locator(`main[data-view="${name}"] svg`).first().waitFor();
      const file = join(out, `${name}-${theme}.png`);
      await p.page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
      console.log(file);
      // The same data as tables, as a screen reader reads them.
      await p.page.locator('.table-toggle').first().click();
      const tables = join(out, `${name}-table-${theme}.png`);
      await p.page.screenshot({ path: tables, fullPage: true, animations: 'disabled' });
      await p.page.locator('.table-toggle').first().click();
      console.log(tables);
    }
    const problems = [...p.problems, ...(await p.violations()).map((v) => `CSP: ${v}`), ...p.outside.map((u) => `request outside the page: ${u}`)];
    for (const problem of problems) console.error(`${theme}: ${problem}`);
    trouble += problems.length;
    await p.page.close();
  }
} finally {
  await browser.close();
}
process.exit(trouble ? 1 : 0);
