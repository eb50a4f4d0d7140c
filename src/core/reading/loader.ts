// Loads one notes file: text → YAML document → validated data, with a finding for every format problem,
// each on the exact key or value it is about. Pure (no vscode), and it never throws: whatever the bytes,
// the result is a LoadedFile.
import { parseDocument, type Document, type YAMLError } from 'yaml';
import { readBlock } from './blockReader';
import { PARSE_OPTIONS, readCst } from './cstReader';
import { isIsoDate } from '../dates';
import { lazySpans, spanOf } from './packedSpans';
import { FILE_START, type Finding, type Range, type Severity } from '../findings';
import { classifyNotesFile, type NotesFile } from './layout';
import type { DataKind, LoadedFile, Span } from './loadedFile';
import { DEFAULT_MAX_BYTES, formatBytes, readNotesText } from './notesText';
import { outsideLayoutFindings } from './outsideLayout';
import { clampOffset, lineStartsOf, offsetToPosition, spanToRange } from './positions';
import { schemaFindings } from './schemaFindings';
import { schemaForKind } from '../schema';
import { SpanPathTable, type PackedTriples } from './packedSpans';
import { firstAlias, NOTES_LIMITS, readDocument, trimmedEnd, type OverLimit } from './yamlSpans';
import { excerptOf, mistakeFix, parserErrors, syntaxMistakes, warningMessage } from './yamlErrors';
import { MAX_STRUCTURE, structureOverflow } from './structureBudget';

export { spanToRange } from './positions';
export { DEFAULT_MAX_BYTES } from './notesText';

export interface LoadOptions {
  /** Files larger than this many bytes are reported, not parsed. Default 1 MiB. */
  readonly maxBytes?: number;
  /**
   * Read a clean file straight from yaml's tokens, without composing its Document (cstReader.ts). On by
   * default; off, every file is composed: the two give the same LoadedFile, which a test compares.
   */
  readonly readTokens?: boolean;
  /**
   * Read a file in the subset of YAML notes are written in straight from its text (blockReader.ts), before
   * yaml's tokens. On by default (with readTokens); off, such a file is read from the tokens: the same
   * LoadedFile, which a test compares.
   */
  readonly readText?: boolean;
}

/** How many alias expansions (`*name`) a file may use before it is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 50;

interface Body {
  /** Packed spans (packedSpans.ts); none for a file that was not parsed. */
  readonly paths?: SpanPathTable;
  readonly packed?: PackedTriples;
  readonly lineStarts: readonly number[];
  readonly findings: readonly Finding[];
  readonly data?: unknown;
}

type Located = Pick<LoadedFile, 'spans' | 'lineStarts'>;

/** The span of `path`, or of its nearest parent that has one; a value left empty points at its key. */
function spanAt(loaded: Pick<LoadedFile, 'spans'>, path: string): Span | undefined {
  let p = path;
  for (;;) {
    const span = spanOf(loaded, p);
    if (span) {
      const keySpan = !p.endsWith(':key') && span[0] === span[1] ? spanOf(loaded, `${p}:key`) : undefined;
      return keySpan ?? span;
    }
    if (p === '') return undefined;
    if (p.endsWith(':key')) p = p.slice(0, -':key'.length);
    else p = p.lastIndexOf('.') < 0 ? '' : p.slice(0, p.lastIndexOf('.'));
  }
}

/**
 * The editor range of a dotted path (`topics.0.stance`, `topics.0.stance:key`). A path that is not in the
 * file (a missing key) gets the range of its nearest parent that is; a value left empty (`notes:`) gets
 * its key's range, so the editor has something to underline. The spans are looked up packed, not unpacked.
 */
export function rangeOf(loaded: Located, path: string): Range {
  const span = spanAt(loaded, path);
  return span ? spanToRange(loaded.lineStarts, span) : FILE_START;
}

function finding(file: string, code: string, message: string, range: Range = FILE_START, severity: Severity = 'error'): Finding {
  return { code, severity, message, file, range };
}

const NO_PACKED_SPANS: PackedTriples = new Int32Array(0);

/** The LoadedFile, as plain literals of one shape per kind; its spans unpack on first use. */
function withKind(file: string, where: NotesFile, body: Body): LoadedFile {
  const { personId } = where;
  const { lineStarts, findings } = body;
  const data = body.data as never;
  let loaded: object;
  switch (where.kind) {
    case 'person': loaded = personId !== undefined ? { file, personId, lineStarts, findings, kind: 'person', data } : { file, lineStarts, findings, kind: 'person', data }; break;
    case 'feedbackLog': loaded = personId !== undefined ? { file, personId, lineStarts, findings, kind: 'feedbackLog', data } : { file, lineStarts, findings, kind: 'feedbackLog', data }; break;
    case 'oneOnOne': loaded = personId !== undefined
      ? { file, personId, lineStarts, findings, kind: 'oneOnOne', date: where.date, suffix: where.suffix, data }
      : { file, lineStarts, findings, kind: 'oneOnOne', date: where.date, suffix: where.suffix, data };
      break;
    case 'other': loaded = personId !== undefined ? { file, personId, lineStarts, findings, kind: 'other' } : { file, lineStarts, findings, kind: 'other' }; break;
  }
  return lazySpans(loaded, body.paths ?? loaderPaths(), body.packed ?? NO_PACKED_SPANS) as LoadedFile;
}

/** yaml breaks lines only at \n; a lone \r (old Mac files) becomes \n, which keeps every offset. */
function yamlSource(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * The YAML document of a notes file's text, its errors made without a stack trace: each error is an
 * Error, and recording a stack for each of a hostile file's hundred thousand errors costs seconds and
 * gigabytes.
 */
function parseNotes(text: string): Document {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parseDocument(yamlSource(text), PARSE_OPTIONS);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The parser's errors, one finding per mistake (see yamlErrors.ts), and its warnings. */
function syntaxFindings(file: string, text: string, lineStarts: readonly number[], doc: Document, parsed: readonly YAMLError[]): Finding[] {
  const errors = syntaxMistakes(text, lineStarts, doc, parsed, parseNotes).map((m) => {
    // A mistake at the very end of the text may reach one past it: every range stays inside the text.
    const range = spanToRange(lineStarts, [clampOffset(text, m.span[0]), clampOffset(text, m.span[1])]);
    const fix = mistakeFix(file, m, range);
    return fix ? { ...finding(file, 'format/syntax', m.message, range), fixes: [fix] } : finding(file, 'format/syntax', m.message, range);
  });
  const warnings = doc.warnings.map((w) => {
    const start = clampOffset(text, w.pos[0]);
    const range = spanToRange(lineStarts, [start, Math.max(start, clampOffset(text, w.pos[1]))]);
    return finding(file, 'format/syntax', warningMessage(w), range, 'warning');
  });
  return [...errors, ...warnings];
}

function emptyFileMessage(where: NotesFile): string {
  return where.kind === 'oneOnOne'
    ? `This 1:1 file is empty: write at least its date, \`date: ${where.date}\``
    : 'This person file is empty: write at least their name, `name: ...`';
}

/** The document as plain data; undefined (and a finding) when expanding its aliases would blow up. */
function documentData(doc: Document, file: string, located: Located, findings: Finding[]): { value: unknown } | undefined {
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const undefinedAlias = firstAlias(doc, (a) => a.resolve(doc) === undefined);
    if (undefinedAlias) {
      const name = excerptOf(undefinedAlias.name);
      findings.push(finding(file, 'format/syntax', `There is no &${name} above this *${name} to copy from: write the value out here instead`, spanToRange(located.lineStarts, undefinedAlias.span)));
      return undefined;
    }
    const alias = firstAlias(doc)?.span;
    const range = alias ? spanToRange(located.lineStarts, alias) : FILE_START;
    findings.push(finding(file, 'format/too-many-aliases', `This file expands aliases (\`*name\`) more than ${MAX_ALIAS_COUNT} times, which looks like an alias bomb; it was not read. Write the values out instead.`, range));
    return undefined;
  }
}

/** Spans are recorded against one table of paths, started afresh when it grows past this many. */
const MAX_LOADER_PATHS = 50_000;
let sharedPaths = new SpanPathTable();

function loaderPaths(): SpanPathTable {
  if (sharedPaths.paths.length > MAX_LOADER_PATHS) sharedPaths = new SpanPathTable();
  return sharedPaths;
}

/** Spans and line starts, for the ranges of the loader's own findings; the spans are looked up packed. */
function lazyLocated(paths: SpanPathTable, packed: PackedTriples, lineStarts: readonly number[]): Located {
  return lazySpans({ lineStarts }, paths, packed);
}

/** `date:` inside a 1:1 must match the file name; a name shaped like a date must be a real one. */
function oneOnOneNameFindings(file: string, where: NotesFile & { kind: 'oneOnOne' }, value: unknown, located: Located): Finding[] {
  if (where.problem !== undefined) return [finding(file, 'format/file-name', `${where.problem}; name 1:1 files by a real date, YYYY-MM-DD.yaml`)];
  const date = value !== null && typeof value === 'object' ? (value as { date?: unknown }).date : undefined;
  if (!isIsoDate(date) || date === where.date) return [];
  const range = rangeOf(located, 'date');
  return [{
    ...finding(file, 'format/date-mismatch', `date is ${date}, but the file name says ${where.date}: make them the same (or rename the file)`, range),
    fixes: [{ title: `Change date to ${where.date}`, edits: [{ file, range, text: where.date }] }],
  }];
}

/**
 * Nesting too deep for yaml to follow: it ran out of stack, and said so in an error (RESOURCE_EXHAUSTION,
 * or, when it ran out while reading a value, the engine's own message under another code).
 */
function isTooDeepError(error: YAMLError): boolean {
  return error.code === 'RESOURCE_EXHAUSTION' || /maximum call stack/i.test(error.message);
}

const FORMAT_DEPTH = 4;

/** Where a node starts, to the end of that line (at most a few words of it). */
function firstLine(text: string, lineStarts: readonly number[], start: number): Range {
  const next = text.indexOf('\n', start);
  return spanToRange(lineStarts, [start, trimmedEnd(start, Math.min(next < 0 ? text.length : next, start + 40), text)]);
}

/** A finding for a list, map or nesting past NOTES_LIMITS (readDocument did not walk its insides). */
function overLimitFinding(file: string, text: string, lineStarts: readonly number[], over: OverLimit): Finding {
  const range = firstLine(text, lineStarts, over.start);
  const name = over.path.slice(over.path.lastIndexOf('.') + 1);
  const what = over.path === '' || /^\d+$/.test(name) ? 'This' : `"${name}"`;
  switch (over.kind) {
    case 'deep':
      return finding(file, 'format/too-deep', `Lists and keys are nested more than ${NOTES_LIMITS.depth} levels deep here; notes never need more than ${FORMAT_DEPTH}, so this file was not read. Write it flatter, or put the text in quotes.`, range);
    case 'list':
      return finding(file, 'format/too-long', `${what} is a list of ${over.count.toLocaleString('en-US')} items; a list in notes never needs more than ${NOTES_LIMITS.listItems.toLocaleString('en-US')}, so this file was not read. Remove what does not belong here.`, range);
    case 'map':
      return finding(file, 'format/too-long', `${what} holds ${over.count.toLocaleString('en-US')} keys; notes never need more than ${NOTES_LIMITS.mapKeys.toLocaleString('en-US')} in one place, so this file was not read. Remove what does not belong here.`, range);
  }
}

function tooComplexFinding(file: string, text: string, lineStarts: readonly number[], offset: number): Finding {
  const range = firstLine(text, lineStarts, lineStarts[offsetToPosition(lineStarts, offset).line] ?? 0);
  return finding(file, 'format/too-complex', `This file holds more lines, list items, keys and quotes than notes ever need (over ${MAX_STRUCTURE.toLocaleString('en-US')} by this line), so it was not read. Split it into smaller files, or remove what was pasted in.`, range);
}

/** The data of a document that parsed without an error, validated; its findings added to `findings`. */
function validatedData(file: string, where: NotesFile & { kind: DataKind }, text: string, located: Located, findings: Finding[], value: { value: unknown } | undefined): { data?: unknown; unreported: number } {
  let unreported = 0;
  if (!value) return { unreported };
  const { lineStarts } = located;
  const result = schemaForKind[where.kind].safeParse(value.value);
  if (!result.success) {
    // Enough to fill the cap, and a count of the rest: a hostile file can hold a hundred thousand.
    const schema = schemaFindings(result.error.issues, {
      kind: where.kind, file, data: value.value, rangeOf: (p) => rangeOf(located, p),
      textIn: (r) => text.slice((lineStarts[r.start.line] ?? 0) + r.start.character, (lineStarts[r.end.line] ?? 0) + r.end.character),
    }, MAX_FINDINGS_PER_FILE + 1 - findings.length);
    for (const f of schema.findings) findings.push(f);
    unreported = schema.unreported;
  }
  if (where.kind === 'oneOnOne') {
    for (const f of oneOnOneNameFindings(file, where, value.value, located)) findings.push(f);
  }
  const data = result.success && (findings.length === 0 || !findings.some((f) => f.severity === 'error')) ? result.data : undefined;
  return { data, unreported };
}

/** The data of a document, or, for an empty one, its finding (an empty feedback log is an empty log). */
function documentBody(file: string, where: NotesFile & { kind: DataKind }, text: string, located: Located, findings: Finding[], empty: boolean, value: () => { value: unknown } | undefined): Body {
  let data: unknown;
  let unreported = 0;
  if (empty && where.kind !== 'feedbackLog') findings.push(finding(file, 'format/empty', emptyFileMessage(where), FILE_START, 'warning'));
  else ({ data, unreported } = validatedData(file, where, text, located, findings, empty ? { value: {} } : value()));
  const { lineStarts } = located;
  return { lineStarts, findings: findings.length === 0 ? findings : sortAndCap(file, findings, unreported), data };
}

function loadText(file: string, where: NotesFile & { kind: DataKind }, text: string, readTokens: boolean, readText: boolean): Body {
  const lineStarts = lineStartsOf(text);
  // Refused before parsing: a text this dense costs the parser seconds.
  const overflow = structureOverflow(text);
  if (overflow !== undefined) return { lineStarts, findings: [tooComplexFinding(file, text, lineStarts, overflow)] };
  const paths = loaderPaths();
  // A clean file is read from its text (blockReader.ts) or from yaml's tokens alone (cstReader.ts); the rest
  // is composed into a Document.
  const source = readTokens ? yamlSource(text) : text;
  const clean = readTokens ? ((readText ? readBlock(source, paths) : undefined) ?? readCst(source, paths)) : undefined;
  if (clean) {
    const packed = clean.packed instanceof Int32Array ? clean.packed : Int32Array.from(clean.packed);
    const body = documentBody(file, where, text, lazyLocated(paths, packed, lineStarts), [], clean.empty, () => ({ value: clean.value }));
    return { ...body, paths, packed };
  }
  const doc = parseNotes(text);
  const read = readDocument(doc, text, paths);
  const { duplicateKeys, overLimits } = read;
  const packed = Int32Array.from(read.packed);
  const located = lazyLocated(paths, packed, lineStarts);
  const tooDeep = doc.errors.find(isTooDeepError);
  // Once yaml ran out of stack, where it did depends on the caller's stack; its other errors and warnings
  // would vary with it, so only the depth is said.
  const errors = tooDeep ? [] : parserErrors(text, doc);
  if (tooDeep && !overLimits.some((o) => o.kind === 'deep')) overLimits.push({ kind: 'deep', path: '', start: clampOffset(text, tooDeep.pos[0]), count: 0 });
  // Past a syntax error, yaml's guess at the structure is no one's: the error is what to fix.
  const shownLimits = errors.length === 0 ? overLimits : [];
  const keys = tooDeep ? [] : duplicateKeys;
  const findings: Finding[] = errors.length === 0 && (tooDeep || doc.warnings.length === 0) && keys.length === 0 && overLimits.length === 0 ? [] : [
    ...shownLimits.map((o) => overLimitFinding(file, text, lineStarts, o)),
    ...(tooDeep ? [] : syntaxFindings(file, text, lineStarts, doc, errors)),
    ...keys.map((d) => ({
      ...finding(file, 'format/duplicate-key', `"${excerptOf(d.key)}" is written twice here: keep one (while both stay, this later one counts)`, spanToRange(lineStarts, d.span)),
      related: [{ file, range: spanToRange(lineStarts, d.firstSpan), message: `"${excerptOf(d.key)}" first written here` }],
    })),
  ];
  if (errors.length > 0 || tooDeep || overLimits.length > 0) return { paths, packed, lineStarts, findings: findings.length === 0 ? findings : sortAndCap(file, findings) };
  const body = documentBody(file, where, text, located, findings, doc.contents === null,
    () => (read.value ? { value: read.value.js } : documentData(doc, file, located, findings)));
  return { ...body, paths, packed };
}

/** More findings than this in one file are summed up in one last finding: the editor stays usable. */
export const MAX_FINDINGS_PER_FILE = 100;

/** In document order, at most MAX_FINDINGS_PER_FILE of them; `unreported`: problems found but not made into findings. */
function sortAndCap(file: string, findings: Finding[], unreported = 0): Finding[] {
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  if (findings.length <= MAX_FINDINGS_PER_FILE) return findings;
  const more = findings.length - MAX_FINDINGS_PER_FILE + unreported;
  const rest = finding(file, 'format/too-many-findings', `${more} more problems in this file are not shown; fix the ones above first.`, findings[MAX_FINDINGS_PER_FILE]?.range, 'warning');
  return [...findings.slice(0, MAX_FINDINGS_PER_FILE), rest];
}

function tooLargeBody(file: string, bytes: number, maxBytes: number): Body {
  const message = `This file is ${formatBytes(bytes)}; 1:1 Coach reads notes files up to ${formatBytes(maxBytes)}, so it was not read. Split it, or move long texts elsewhere.`;
  return { lineStarts: [0], findings: [finding(file, 'format/too-large', message)] };
}

function loadContent(file: string, where: NotesFile, content: string | Uint8Array, options: LoadOptions): Body {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (where.kind === 'other') return { lineStarts: [0], findings: outsideLayoutFindings(file) };
  const read = readNotesText(content, maxBytes);
  if (read.ok) return loadText(file, where, read.text, options.readTokens ?? true, options.readText ?? true);
  if (read.problem === 'too-large') return tooLargeBody(file, read.bytes, maxBytes);
  const lineStarts = lineStartsOf(read.text);
  const range = spanToRange(lineStarts, [read.badOffset, Math.min(read.badOffset + 1, read.text.length)]);
  const message = 'This file is not UTF-8 text (the first bad bytes are here), so it was not read. Save it with UTF-8 encoding.';
  return { lineStarts, findings: [finding(file, 'format/encoding', message, range)] };
}

/**
 * Loads a notes file. `file` is its path relative to the notes root, `/`-separated (it decides the kind:
 * see classifyNotesFile); `content` its bytes or text. `data` is set only when the file has no errors.
 * Never throws: an unexpected failure becomes a `format/internal` finding.
 */
export function loadNotesFile(file: string, content: string | Uint8Array, options: LoadOptions = {}): LoadedFile {
  let where: NotesFile = { kind: 'other' };
  try {
    where = classifyNotesFile(file);
    return withKind(file, where, loadContent(file, where, content, options));
  } catch (error) {
    const message = `1:1 Coach could not read this file (${error instanceof Error ? error.message : String(error)}). This is a bug; please report it.`;
    return withKind(file, where, { lineStarts: [0], findings: [finding(file, 'format/internal', message)] });
  }
}

/**
 * The LoadedFile of a notes file that is `bytes` long, more than `maxBytes`: its `format/too-large`
 * finding, made from the size alone, so that such a file is never read (see readNotesBytes).
 */
export function tooLargeFile(file: string, bytes: number, maxBytes = DEFAULT_MAX_BYTES): LoadedFile {
  const where = classifyNotesFile(file);
  // A file outside the layout is not read whatever its size, as loadNotesFile says.
  return withKind(file, where, where.kind === 'other' ? { lineStarts: [0], findings: outsideLayoutFindings(file) } : tooLargeBody(file, bytes, maxBytes));
}
