// Writes the JSON Schemas for the notes files into schemas/, from the one zod schema (src/core/schema.ts):
// each in full (contributed for the YAML extension in package.json), and its guide variant
// (src/core/schemaGuide.ts), which 1:1 Coach hands the YAML extension for the files it reads itself; and
// the hash of the full ones into src/core/reading/schemaStamp.data.ts (the warm-start cache starts afresh when it
// changes, without the extension generating JSON Schemas as it starts). A unit test
// (test/unit/shippedSchemas.test.ts) fails when the committed files are not current.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
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
  const contents = "export { jsonSchemas } from './schema'; export { guideSchema, guideSchemaName } from './schemaGuide';";
  await build({ stdin: { contents, resolveDir: join(root, 'src/core'), loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  const { jsonSchemas, guideSchema, guideSchemaName } = createRequire(import.meta.url)(outfile);
  const text = (schema) => JSON.stringify(schema, null, 2) + '\n';
  return Object.fromEntries(Object.entries(jsonSchemas()).flatMap(([name, schema]) => [[name, text(schema)], [guideSchemaName(name), text(guideSchema(schema))]]));
}

/** The text of src/core/reading/schemaStamp.data.ts for the schemas jsonSchemas() returns. */
export function schemaStampText(schemas) {
  const stamp = createHash('sha1').update(JSON.stringify(schemas)).digest('base64');
  return [
    '// Generated from the zod schema (src/core/schema.ts) by scripts/gen-schemas.mjs (npm run build). Do not edit.',
    '',
    '/** A hash of the notes files\' JSON Schemas: a warm-start cache written under another schema is not used. */',
    `export const SCHEMA_STAMP = '${stamp}';`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(schemasDir, { recursive: true });
  const texts = await renderSchemas();
  for (const [name, text] of Object.entries(texts)) writeFileSync(join(schemasDir, name), text);
  // The stamp covers the full schemas only: the guide variants follow from them.
  const schemas = Object.fromEntries(Object.entries(texts).filter(([name]) => !name.includes('.guide.')).map(([name, text]) => [name, JSON.parse(text)]));
  writeFileSync(join(root, 'src/core/reading/schemaStamp.data.ts'), schemaStampText(schemas));
}
