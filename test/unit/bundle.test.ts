// What goes into the extension's bundle: only English from zod (its other locales alone weigh about 260 KB
// minified; importing zod as `{ z }` brings them all back, a namespace import lets esbuild leave them out),
// and no markdown-it: that is a file of its own, required on the first briefing.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Metafile } from 'esbuild';

// out/test/unit/ → project root
const root = join(__dirname, '..', '..', '..');

let bundleText = '';

async function extensionInputs(): Promise<string[]> {
  const { extensionBundle } = (await import(pathToFileURL(join(root, 'scripts', 'bundles.mjs')).href)) as {
    extensionBundle(root: string, production: boolean, outfile: string): BuildOptions;
  };
  const result = await build({ ...extensionBundle(root, true, join(root, 'out', 'bundle-check.js')), write: false, metafile: true, logLevel: 'silent' });
  bundleText = result.outputFiles?.[0]?.text ?? '';
  // Every module read is an input; those tree-shaking left out have no bytes in the output.
  const output = Object.values((result.metafile as Metafile).outputs)[0];
  assert.ok(output, 'esbuild wrote the bundle');
  return Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path);
}

describe('the extension bundle', function () {
  this.timeout(60_000);

  it('carries zod and its English messages, and no other locale', async () => {
    const inputs = await extensionInputs();
    const locales = inputs.filter((p) => p.includes('zod/v4/locales/')).map((p) => p.slice(p.lastIndexOf('/') + 1));
    assert.ok(inputs.some((p) => p.includes('zod/v4/core/')), 'zod is in the bundle');
    assert.deepEqual(locales, ['en.js']);
  });

  it('leaves markdown-it to a file of its own, required when a briefing is shown', async () => {
    const inputs = await extensionInputs();
    assert.deepEqual(inputs.filter((p) => p.includes('node_modules/markdown-it/')), []);
    assert.match(bundleText, /require\("\.\/markdown-it\.js"\)/);
  });
});
