// One row of the warm-start cache, checked as strictly as a file loaded afresh before it is used: the
// identity the path gives (kind, person, date), findings with well-formed ranges, line starts, packed
// spans, and the data through the same schema as the loader's. A row that fails any of this is simply
// not used: its file is loaded afresh. Nothing here throws.
import * as z from 'zod';
import type { LoadedFile } from './loadedFile';
import { classifyNotesFile } from './layout';
import { schemaForKind } from '../schema';

const count = z.int().nonnegative();
const range = z.strictObject({
  start: z.strictObject({ line: count, character: count }),
  end: z.strictObject({ line: count, character: count }),
});
const text = z.string();
const fixCommand = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('new-one-on-one'), personId: text }),
  z.strictObject({ kind: z.literal('log-feedback'), personId: text, feedbackKind: z.enum(['positive', 'corrective']) }),
  z.strictObject({ kind: z.literal('add-review'), file: text, path: text }),
]);
const findingSchema = z.strictObject({
  code: text,
  severity: z.enum(['error', 'warning', 'info', 'hint']),
  message: text,
  summary: text.optional(),
  file: text,
  range,
  related: z.array(z.strictObject({ file: text, range, message: text })).optional(),
  guidance: text.optional(),
  fixes: z.array(z.strictObject({
    title: text,
    edits: z.array(z.strictObject({ file: text, range, text })),
    command: fixCommand.optional(),
  })).optional(),
});

/** Offsets at which lines start: 0 first, then strictly increasing whole numbers. */
function isLineStarts(value: unknown): value is number[] {
  if (!Array.isArray(value) || value[0] !== 0) return false;
  for (let i = 1; i < value.length; i++) {
    const n: unknown = value[i];
    if (typeof n !== 'number' || !Number.isInteger(n) || n <= (value[i - 1] as number)) return false;
  }
  return true;
}

/** The stored LoadedFile, spans apart (they are packed beside it). */
const storedSchema = z.strictObject({
  file: text,
  personId: text.optional(),
  kind: z.enum(['person', 'oneOnOne', 'feedbackLog', 'other']),
  date: text.optional(),
  suffix: text.optional(),
  lineStarts: z.custom<number[]>(isLineStarts),
  findings: z.array(findingSchema),
  data: z.unknown().optional(),
});

/** A checked row, with the largest offset it points at: more than the file's size means it cannot be its file. */
export interface CheckedRow {
  readonly stored: Omit<LoadedFile, 'spans'>;
  readonly extent: number;
}

/** Packed spans [pathId, start, end, ...] against a table of `pathCount` paths; returns the largest end, or -1. */
function packedExtent(packed: readonly unknown[], pathCount: number): number {
  if (packed.length % 3 !== 0) return -1;
  let extent = 0;
  for (let i = 0; i < packed.length; i += 3) {
    const [id, start, end] = [packed[i], packed[i + 1], packed[i + 2]];
    if (!Number.isInteger(id) || !Number.isInteger(start) || !Number.isInteger(end)) return -1;
    if ((id as number) < 0 || (id as number) >= pathCount || (start as number) < 0 || (end as number) < (start as number)) return -1;
    if ((end as number) > extent) extent = end as number;
  }
  return extent;
}

/**
 * `stored` as the LoadedFile of `file` without its spans (its data as the schema reads it), or undefined
 * when anything about it is not what the loader could have written for that path.
 */
export function checkCachedRow(file: string, stored: unknown, packed: readonly unknown[], pathCount: number): CheckedRow | undefined {
  const parsed = storedSchema.safeParse(stored);
  if (!parsed.success) return undefined;
  const row = parsed.data;
  const where = classifyNotesFile(file);
  const date = where.kind === 'oneOnOne' ? where.date : undefined;
  const suffix = where.kind === 'oneOnOne' ? where.suffix : undefined;
  if (row.file !== file || row.kind !== where.kind || row.personId !== where.personId || row.date !== date || row.suffix !== suffix) return undefined;
  const lines = row.lineStarts;
  let extent = packedExtent(packed, pathCount);
  if (extent < 0) return undefined;
  extent = Math.max(extent, lines[lines.length - 1] as number);
  for (const f of row.findings) {
    if (f.file !== file) return undefined;
    for (const p of [f.range.start, f.range.end]) {
      const start = lines[p.line];
      if (start === undefined) return undefined;
      extent = Math.max(extent, start + p.character);
    }
  }
  let data: unknown;
  if (row.data !== undefined) {
    // The loader keeps no data for a file with an error in it, nor for a file it does not read.
    if (where.kind === 'other' || row.findings.some((f) => f.severity === 'error')) return undefined;
    const checked = schemaForKind[where.kind].safeParse(row.data);
    if (!checked.success) return undefined;
    data = checked.data;
  }
  const out: Record<string, unknown> = { file, lineStarts: lines, findings: row.findings, kind: row.kind };
  if (row.personId !== undefined) out.personId = row.personId;
  if (date !== undefined) Object.assign(out, { date, suffix });
  if (data !== undefined) out.data = data;
  return { stored: out as unknown as Omit<LoadedFile, 'spans'>, extent };
}
