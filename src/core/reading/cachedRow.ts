// One row of the warm-start cache, checked as strictly as a file loaded afresh before it is used: the
// identity the path gives (kind, person, date), findings with well-formed ranges, line starts, packed
// spans, and the data through the same schema as the loader's (taken as it is when the schema would
// give it back unchanged, schemaConforms.ts). A row that fails any of this is simply
// not used: its file is loaded afresh. Nothing here throws.
import * as z from 'zod/mini';
import type { LoadedFile } from './loadedFile';
import { lineStartsOf, packedTriplesOfText } from './cacheFile';
import { classifyNotesFile } from './layout';
import { schemaForKind } from '../schema';
import { conformingData } from './schemaConforms';

const count = z.int().check(z.gte(0));
const range = z.strictObject({
  start: z.strictObject({ line: count, character: count }),
  end: z.strictObject({ line: count, character: count }),
});
const text = z.string();
/** A fix's command, as findings.ts defines it. */
export const fixCommandSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('new-one-on-one'), personId: text }),
  z.strictObject({ kind: z.literal('log-feedback'), personId: text, feedbackKind: z.enum(['positive', 'corrective']) }),
  z.strictObject({ kind: z.literal('add-review'), file: text, path: text }),
]);
const findingSchema = z.strictObject({
  code: text,
  severity: z.enum(['error', 'warning', 'info', 'hint']),
  message: text,
  summary: z.optional(text),
  file: text,
  range,
  related: z.optional(z.array(z.strictObject({ file: text, range, message: text }))),
  guidance: z.optional(text),
  fixes: z.optional(z.array(z.strictObject({
    title: text,
    edits: z.array(z.strictObject({ file: text, range, text })),
    command: z.optional(fixCommandSchema),
  }))),
});

const findingsSchema = z.array(findingSchema);

/** A checked row, with the largest offset it points at: more than the file's size means it cannot be its file. */
export interface CheckedRow {
  readonly stored: Omit<LoadedFile, 'spans'>;
  /** The spans, packed against the cache's table of paths. */
  readonly packed: Int32Array;
  readonly extent: number;
}

/** A file's row as the cache holds it: everything of its LoadedFile that its path does not say. */
export interface StoredRow {
  /** lineStartsText of the line starts. */
  readonly lineStarts: unknown;
  /** packedSpansText of the packed spans. */
  readonly spans: unknown;
  readonly findings: unknown;
  /** The data, or null for none. */
  readonly data: unknown;
}

/** Packed spans [pathId, start, end, ...] against a table of `pathCount` paths; returns the largest end, or -1. */
function packedExtent(packed: Int32Array, pathCount: number): number {
  let extent = 0;
  for (let i = 0; i < packed.length; i += 3) {
    if ((packed[i] as number) >= pathCount) return -1;
    if ((packed[i + 2] as number) > extent) extent = packed[i + 2] as number;
  }
  return extent;
}

/**
 * The LoadedFile of `file` without its spans (its data as the schema reads it), with its packed spans, or
 * undefined when anything about the row is not what the loader could have written for that path.
 */
export function checkCachedRow(file: string, row: StoredRow, pathCount: number): CheckedRow | undefined {
  const lines = lineStartsOf(row.lineStarts);
  const packed = packedTriplesOfText(row.spans);
  const found = findingsSchema.safeParse(row.findings);
  if (!lines || !packed || !found.success) return undefined;
  const findings = found.data;
  const where = classifyNotesFile(file);
  const date = where.kind === 'oneOnOne' ? where.date : undefined;
  const suffix = where.kind === 'oneOnOne' ? where.suffix : undefined;
  let extent = packedExtent(packed, pathCount);
  if (extent < 0) return undefined;
  extent = Math.max(extent, lines[lines.length - 1] as number);
  for (const f of findings) {
    if (f.file !== file) return undefined;
    for (const p of [f.range.start, f.range.end]) {
      const start = lines[p.line];
      if (start === undefined) return undefined;
      extent = Math.max(extent, start + p.character);
    }
  }
  let data: unknown;
  if (row.data !== null) {
    // The loader keeps no data for a file with an error in it, nor for a file it does not read.
    if (where.kind === 'other' || findings.some((f) => f.severity === 'error')) return undefined;
    const checked = conformingData(schemaForKind[where.kind], row.data);
    if (!checked) return undefined;
    data = checked.data;
  }
  const out: Record<string, unknown> = { file, lineStarts: lines, findings, kind: where.kind };
  if (where.personId !== undefined) out.personId = where.personId;
  if (date !== undefined) Object.assign(out, { date, suffix });
  if (data !== undefined) out.data = data;
  return { stored: out as unknown as Omit<LoadedFile, 'spans'>, packed, extent };
}
