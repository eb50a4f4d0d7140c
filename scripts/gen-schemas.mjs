// Writes the JSON Schemas for the notes files into schemas/, from the one zod schema (src/core/schema.ts).
// A unit test (test/unit/shippedSchemas.test.ts) fails when the committed files are not current.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemasDir = join(root, 'schemas');

/** The JSON Schema files as they should be, keyed by file name, each as the exact text to ship. */
export async function renderSchemas() {
  const outfile = join(tmpdir(), `one-on-one-schema-${process.pid}.cjs`);
  await build({ entryPoints: [join(root, 'src/core/schema.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  const { jsonSchemas } = createRequire(import.meta.url)(outfile);
  return Object.fromEntries(Object.entries(jsonSchemas()).map(([name, schema]) => [name, JSON.stringify(schema, null, 2) + '\n']));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(schemasDir, { recursive: true });
  for (const [name, text] of Object.entries(await renderSchemas())) writeFileSync(join(schemasDir, name), text);
}
