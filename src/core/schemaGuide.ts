// The guide variant of a notes file's JSON Schema: what the YAML extension needs for completion and hover,
// and nothing it would report as a mistake. In the notes folder 1:1 Coach reports every mistake in the
// content itself (with did-you-mean and quick fixes), so a second report from the schema would only repeat
// it. Checked against the real yaml-language-server (test/unit/yamlLanguageServer.test.ts): `enum` and
// `const` report a value outside the list, `type` a wrong kind, `required` a missing key,
// `additionalProperties` an unknown key, `pattern` and the length limits a wrong text; `examples` completes
// values and reports nothing.

/** Keywords kept as they are: they describe, or hold the schemas beneath. */
const KEPT = new Set(['$schema', 'title', 'description', 'markdownDescription', 'default', 'examples', 'defaultSnippets', 'items', 'anyOf', 'oneOf', 'allOf']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function guide(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(guide);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: { [key: string]: Json } = {};
  const examples: Json[] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, guide(property)]));
    } else if (key === 'enum' && Array.isArray(value)) {
      examples.push(...value);
    } else if (key === 'const') {
      examples.push(value);
    } else if (KEPT.has(key)) {
      out[key] = guide(value);
    }
  }
  if (examples.length) out.examples = [...(Array.isArray(out.examples) ? out.examples : []), ...examples];
  return out;
}

/** The guide variant of a JSON Schema: the same keys, descriptions and values to offer, no validation keywords. */
export function guideSchema(schema: object): object {
  return guide(schema as Json) as object;
}

/** The file name the guide variant of a shipped schema goes by: `one-on-one.schema.json` → `one-on-one.guide.schema.json`. */
export function guideSchemaName(strictName: string): string {
  return strictName.replace(/\.schema\.json$/, '.guide.schema.json');
}
