import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_STAMP } from '../../src/core/reading/schemaStamp.data';
import { jsonSchemas } from '../../src/core/schema';
import { guideSchema, guideSchemaName } from '../../src/core/schemaGuide';

// out/test/unit/ → project root
const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('shipped JSON Schemas', () => {
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    it(`schemas/${name} is current with the zod schema (else run: node scripts/gen-schemas.mjs)`, () => {
      const shipped = JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8'));
      assert.deepEqual(shipped, JSON.parse(JSON.stringify(schema)));
    });

    it(`schemas/${guideSchemaName(name)} is its guide variant (else run: node scripts/gen-schemas.mjs)`, () => {
      const shipped = JSON.parse(readFileSync(join(root, 'schemas', guideSchemaName(name)), 'utf8'));
      assert.deepEqual(shipped, JSON.parse(JSON.stringify(guideSchema(schema))));
    });

    it(`schemas/${name} is handed to the YAML extension`, () => {
      const entries = manifest.contributes.yamlValidation as { fileMatch: string[]; url: string }[];
      assert.ok(entries.some((e) => e.url === `./schemas/${name}` && e.fileMatch.length > 0), `no yamlValidation entry for ${name}`);
    });
  }

  it('the warm-start cache stamp is the hash of the current JSON Schemas (else run: node scripts/gen-schemas.mjs)', () => {
    assert.equal(SCHEMA_STAMP, createHash('sha1').update(JSON.stringify(jsonSchemas())).digest('base64'));
  });
});
