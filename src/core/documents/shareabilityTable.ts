// The table "What can be shared" in docs/notes-format.md, read as data: the build turns it into
// shareability.data.ts (scripts/gen-shareability.mjs), and a unit test checks that the module is current
// and that every key of the schema has a row. The docs page is the one place that decides.
import type * as z from 'zod/mini';
import { schemaForKind } from '../schema';

/** Whether what is written at a key can appear in a document meant for the person. */
export const SHARED_VALUES = ['yes', 'no', 'once given'] as const;
export type Shared = (typeof SHARED_VALUES)[number];

/** The kinds of notes file, as the table's first column names them. */
export const TABLE_FILES = { 'person.yaml': 'person', 'YYYY-MM-DD.yaml': 'oneOnOne', 'feedback.yaml': 'feedbackLog' } as const;
export type FileKind = (typeof TABLE_FILES)[keyof typeof TABLE_FILES];

export interface ShareabilityRow {
  readonly kind: FileKind;
  /** Dotted key inside the file, list items left out: `topics.review.outcome`. */
  readonly key: string;
  readonly shared: Shared;
  readonly why: string;
}

export const TABLE_HEADING = '## What can be shared';

/** The rows of the first table under TABLE_HEADING; throws on a row it cannot read, naming it. */
export function parseShareabilityTable(markdown: string): ShareabilityRow[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.indexOf(TABLE_HEADING);
  if (start < 0) throw new Error(`no "${TABLE_HEADING}" section`);
  let i = start + 1;
  while (i < lines.length && !lines[i]?.startsWith('|') && !lines[i]?.startsWith('## ')) i += 1;
  if (!lines[i]?.startsWith('|')) throw new Error(`no table under "${TABLE_HEADING}"`);
  const rows: ShareabilityRow[] = [];
  const seen = new Set<string>();
  // The header and the separator line come first.
  for (i += 2; i < lines.length && lines[i]?.startsWith('|'); i += 1) {
    const line = lines[i] as string;
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    const [file, keyCell, shared, why] = cells;
    const kind = TABLE_FILES[file as keyof typeof TABLE_FILES];
    const key = keyCell?.replace(/^`|`$/g, '');
    if (cells.length !== 4 || kind === undefined || !key || !SHARED_VALUES.includes(shared as Shared) || !why) {
      throw new Error(`docs/notes-format.md line ${i + 1}: expected | file | \`key\` | ${SHARED_VALUES.join(' / ')} | why |, got ${line}`);
    }
    if (seen.has(`${kind}:${key}`)) throw new Error(`docs/notes-format.md line ${i + 1}: ${file} ${key} has a row already`);
    seen.add(`${kind}:${key}`);
    rows.push({ kind, key, shared: shared as Shared, why });
  }
  return rows;
}

const quoted = (text: string) => `'${text.replace(/[\\']/g, '\\$&')}'`;

/** The text of shareability.data.ts for these rows. */
export function renderShareabilityModule(rows: readonly ShareabilityRow[]): string {
  const kinds = Object.values(TABLE_FILES);
  const blocks = kinds.map((kind) => {
    const entries = rows.filter((r) => r.kind === kind).map((r) => `    ${quoted(r.key)}: ${quoted(r.shared)},`);
    return [`  ${kind}: {`, ...entries, '  },'].join('\n');
  });
  return [
    '// Generated from the table "What can be shared" in docs/notes-format.md by scripts/gen-shareability.mjs',
    '// (npm run build). Do not edit: change the table. A unit test fails when this file is not current.',
    '',
    'export const SHAREABILITY = {',
    ...blocks,
    '} as const;',
    '',
  ].join('\n');
}

/** The object schemas a schema holds: itself, or inside optional, nullable, default, pipe, array and union. */
function objectsIn(schema: z.ZodMiniType): z.ZodMiniObject[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'object': return [schema as z.ZodMiniObject];
    case 'optional': case 'nullable': case 'default': case 'prefault': case 'readonly': case 'nonoptional': case 'catch':
      return objectsIn(def.innerType as z.ZodMiniType);
    case 'pipe': return [...objectsIn(def.in as z.ZodMiniType), ...objectsIn(def.out as z.ZodMiniType)];
    case 'array': return objectsIn(def.element as z.ZodMiniType);
    case 'union': return (def.options as z.ZodMiniType[]).flatMap(objectsIn);
    default: return [];
  }
}

/** Every key of every file kind in the schema (src/core/schema.ts), nested ones dotted, list items left out. */
export function schemaKeys(): { kind: FileKind; key: string }[] {
  const out: { kind: FileKind; key: string }[] = [];
  const walk = (kind: FileKind, object: z.ZodMiniObject, prefix: string) => {
    for (const [name, field] of Object.entries(object.shape)) {
      const key = prefix ? `${prefix}.${name}` : name;
      if (!out.some((k) => k.kind === kind && k.key === key)) out.push({ kind, key });
      for (const inner of objectsIn(field as z.ZodMiniType)) walk(kind, inner, key);
    }
  };
  for (const kind of Object.values(TABLE_FILES)) for (const object of objectsIn(schemaForKind[kind])) walk(kind, object, '');
  return out;
}
