// Findings as the warm-start cache stores them: one short list per finding, [code, severity, message,
// file, range, summary, guidance, related, fixes], its repeated texts (rule codes, severities, file paths,
// summaries, guidance, fix titles) written once in a table the cache shares, ranges as four numbers.
// A finding is written as its plain data: fixes are read (and so made) when it is written.
// Read back only when every part of every finding checks out; otherwise none of the list is used, and
// its findings are made afresh. Nothing here throws.
import type { Finding, Fix, Range, RelatedLocation, Severity, TextEdit } from '../findings';
import { fixCommandSchema } from './cachedRow';

/** Texts written once and referred to by number. */
export class TextTable {
  private readonly ids = new Map<string, number>();

  constructor(readonly texts: string[] = []) {}

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.push(text) - 1;
      this.ids.set(text, id);
    }
    return id;
  }
}

type RangeRow = [number, number, number, number];

function rangeRow(r: Range): RangeRow {
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}

/** One finding as a row of the cache. */
export function findingRow(f: Finding, table: TextTable): unknown[] {
  const related = f.related?.map((r) => [table.id(r.file), rangeRow(r.range), r.message]);
  const fixes = f.fixes?.map((x) => [table.id(x.title), x.edits.map((e) => [table.id(e.file), rangeRow(e.range), e.text]), x.command ?? 0]);
  return [
    table.id(f.code), table.id(f.severity), f.message, table.id(f.file), rangeRow(f.range),
    f.summary === undefined ? -1 : table.id(f.summary), f.guidance === undefined ? -1 : table.id(f.guidance), related ?? 0, fixes ?? 0,
  ];
}

/** Whether a finding may point at `line` of `file` (a file the findings can be about, with that many lines). */
export type FileLines = (file: string, line: number) => boolean;

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'hint'] satisfies readonly Severity[];

class Refused extends Error {}

/** Reads rows back; any part that is not what findingRow writes refuses the whole list. */
class RowReader {
  constructor(private readonly texts: readonly string[], private readonly lines: FileLines) {}

  text(value: unknown): string {
    if (typeof value !== 'string') throw new Refused();
    return value;
  }

  shared(value: unknown): string {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= this.texts.length) throw new Refused();
    return this.texts[value] as string;
  }

  list(value: unknown): readonly unknown[] {
    if (!Array.isArray(value)) throw new Refused();
    return value;
  }

  range(file: string, value: unknown): Range {
    const r = this.list(value);
    if (r.length !== 4 || !r.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)) throw new Refused();
    const [sl, sc, el, ec] = r as RangeRow;
    if (!this.lines(file, sl) || !this.lines(file, el)) throw new Refused();
    return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
  }

  located(value: unknown): { file: string; range: Range; text: string } {
    const [file, range, text] = this.list(value);
    const f = this.shared(file);
    return { file: f, range: this.range(f, range), text: this.text(text) };
  }

  finding(value: unknown): Finding {
    const row = this.list(value);
    if (row.length !== 9) throw new Refused();
    const [code, severity, message, file, range, summary, guidance, related, fixes] = row;
    const sev = this.shared(severity);
    if (!SEVERITIES.includes(sev)) throw new Refused();
    const f = this.shared(file);
    const out: Record<string, unknown> = { code: this.shared(code), severity: sev, message: this.text(message) };
    if (summary !== -1) out.summary = this.shared(summary);
    out.file = f;
    out.range = this.range(f, range);
    if (guidance !== -1) out.guidance = this.shared(guidance);
    if (related !== 0) out.related = this.list(related).map((r): RelatedLocation => {
      const { file: where, range: at, text } = this.located(r);
      return { file: where, range: at, message: text };
    });
    if (fixes !== 0) out.fixes = this.list(fixes).map((x) => this.fix(x));
    return out as unknown as Finding;
  }

  fix(value: unknown): Fix {
    const [title, edits, command] = this.list(value);
    const out: Record<string, unknown> = {
      title: this.shared(title),
      edits: this.list(edits).map((e): TextEdit => {
        const { file, range, text } = this.located(e);
        return { file, range, text };
      }),
    };
    if (command !== 0) {
      const checked = fixCommandSchema.safeParse(command);
      if (!checked.success) throw new Refused();
      out.command = checked.data;
    }
    return out as unknown as Fix;
  }
}

/** The findings of findingRow rows against the cache's `texts`, or undefined when any part of any of them does not check out. */
export function findingsOfRows(rows: unknown, texts: readonly string[], lines: FileLines): Finding[] | undefined {
  if (!Array.isArray(rows)) return undefined;
  const reader = new RowReader(texts, lines);
  try {
    return rows.map((row) => reader.finding(row));
  } catch {
    return undefined; // Refused, or anything else a malformed row makes happen
  }
}
