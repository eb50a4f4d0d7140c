// Zod issues, from validating a notes file against its schema, as findings on the exact key or value.
import type { z } from 'zod';
import { ISO_DATE_PATTERN, isoDateProblem } from '../dates';
import { didYouMean } from '../didYouMean';
import type { Finding, Fix, Range } from '../findings';
import type { DataKind } from './loadedFile';
import { KNOWN_KEYS } from '../schema';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

export interface SchemaContext {
  readonly kind: DataKind;
  readonly file: string;
  /** The value that was validated (the document as plain data). */
  readonly data: unknown;
  /** The range of a dotted path, or of its nearest parent that has one (rangeOf in loader.ts). */
  readonly rangeOf: (path: string) => Range;
  /** The text of the file in a range. */
  readonly textIn: (range: Range) => string;
}

/** The keys an object at `path` may have, e.g. a topic conversation's keys for `topics.2`. */
export function knownKeysAt(kind: DataKind, path: Path): readonly string[] {
  switch (path.filter((p) => typeof p === 'string').join('.')) {
    case '': return KNOWN_KEYS[kind];
    case 'feedback': return kind === 'feedbackLog' ? KNOWN_KEYS.loggedFeedback : KNOWN_KEYS.oneOnOneFeedback;
    case 'feedback.followUp': return KNOWN_KEYS.followUp;
    case 'topics': return KNOWN_KEYS.topic;
    case 'topics.review': return KNOWN_KEYS.review;
    case 'topics.exception': return KNOWN_KEYS.exception;
    case 'actions': return KNOWN_KEYS.action;
    case 'away': return kind === 'person' ? KNOWN_KEYS.away : [];
    case 'snooze': return kind === 'person' ? KNOWN_KEYS.snooze : [];
    default: return [];
  }
}

function dotted(path: Path): string {
  return path.map(String).join('.');
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** True when the last key of `path` is absent from an object that exists. */
function isMissingKey(data: unknown, path: Path): boolean {
  if (path.length === 0) return false;
  const parent = valueAt(data, path.slice(0, -1));
  const key = path[path.length - 1] as PropertyKey;
  return parent !== null && typeof parent === 'object' && !Array.isArray(parent) && !Object.hasOwn(parent, key);
}

/** How a value reads to the person who wrote it. */
function describe(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'object': return 'keys and values';
    case 'string': return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
    case 'number': return `the number ${value}`;
    case 'boolean': return String(value);
    default: return typeof value;
  }
}

/** `topics item 2`, `stance`, or `This file` for the document itself. */
function label(path: Path): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'This file';
  if (typeof last === 'number') return `Item ${last + 1} of \`${String(path[path.length - 2] ?? '')}\``;
  return `\`${String(last)}\``;
}

/** Zod's own wording (`Invalid input: expected object, received array`), which we replace with ours. */
function isZodDefaultMessage(message: string): boolean {
  return /^(Invalid input|Too small|Too big)\b/.test(message);
}

/** A union (one line or a list of lines) reports each option's failure; keep the option that got furthest. */
function flattenUnions(issue: Issue, prefix: Path): { issue: Issue; path: Path }[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') {
    const deeper = issue.errors.filter((branch) => branch.length > 0 && branch.every((i) => i.path.length > 0));
    if (deeper.length === 1) return (deeper[0] as Issue[]).flatMap((i) => flattenUnions(i, path));
  }
  return [{ issue, path }];
}

function replaceFix(file: string, range: Range, text: string): Fix {
  return { title: `Change to \`${text}\``, edits: [{ file, range, text }] };
}

/** The unknown keys of one object, the first `limit` of them (an object can hold thousands). */
function unknownKeyFindings(issue: Issue & { code: 'unrecognized_keys' }, path: Path, ctx: SchemaContext, limit: number): Finding[] {
  const known = knownKeysAt(ctx.kind, path);
  return issue.keys.slice(0, Math.max(0, limit)).map((key) => {
    const range = ctx.rangeOf(`${dotted([...path, key])}:key`);
    const suggestion = didYouMean(key, known);
    const message = suggestion
      ? `Unknown key \`${key}\`: did you mean \`${suggestion}\`?`
      : `Unknown key \`${key}\`${known.length ? `; the keys here are ${known.join(', ')}` : ''}`;
    const finding: Finding = { code: 'format/unknown-key', severity: 'error', message, file: ctx.file, range };
    return suggestion ? { ...finding, fixes: [replaceFix(ctx.file, range, suggestion)] } : finding;
  });
}

function wrongTypeMessage(issue: Issue & { code: 'invalid_type' }, path: Path, value: unknown): string {
  const what = label(path);
  if (issue.expected === 'object') {
    return `${what} takes keys and values (\`key: value\` lines), not ${describe(value)}`;
  }
  if (issue.expected === 'array') {
    return `${what} is a list: write each item on its own line, starting with "- " (found ${describe(value)})`;
  }
  return `${what} should be ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}, not ${describe(value)}`;
}

/** `text` in quotes, reading back as exactly `text`: double quotes, or single ones when it holds `"` or `\`. */
export function quoted(text: string): string {
  return /["\\]/.test(text) ? `'${text.replace(/'/g, "''")}'` : `"${text}"`;
}

/**
 * A list item meant as text that YAML reads as a key and a value, because it holds `: `
 * (`- me: code review`); undefined for anything else. Its fix puts the item, as written, in quotes.
 */
function colonInText(issue: Issue, path: Path, value: unknown, ctx: SchemaContext): Finding | undefined {
  if (issue.code !== 'invalid_type' || issue.expected !== 'string' || typeof path[path.length - 1] !== 'number') return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const key = keys[0];
  const inner = key === undefined ? undefined : (value as Record<string, unknown>)[key];
  if (keys.length !== 1 || key === undefined || !['string', 'number', 'boolean'].includes(typeof inner)) return undefined;
  const start = ctx.rangeOf(`${dotted([...path, key])}:key`).start;
  const end = ctx.rangeOf(dotted([...path, key])).end;
  // One line, and no braces around it (`- { who: me }` is a map on purpose).
  const item = ctx.rangeOf(dotted(path)).start;
  if (start.line !== end.line || item.line !== start.line || item.character !== start.character) return undefined;
  const range = { start, end };
  const text = quoted(ctx.textIn(range));
  const list = String(path[path.length - 2] ?? 'list');
  return {
    code: 'format/colon-in-text', severity: 'error', file: ctx.file, range,
    message: `The ": " after "${key}" turns this ${list} item into a key and a value. Put the item in quotes to keep it as text: ${text}`,
    fixes: [{ title: 'Put the item in quotes', edits: [{ file: ctx.file, range, text }] }],
  };
}

function oneFinding(issue: Issue, path: Path, ctx: SchemaContext): Finding {
  const at = dotted(path);
  const value = valueAt(ctx.data, path);
  const colon = colonInText(issue, path, value, ctx);
  if (colon) return colon;
  const base = { severity: 'error' as const, file: ctx.file, range: ctx.rangeOf(at) };
  if (isMissingKey(ctx.data, path)) {
    const key = String(path[path.length - 1]);
    const says = issue.message.includes(key) && /required/i.test(issue.message);
    return { ...base, code: 'format/schema', message: says ? issue.message : `Missing \`${key}\`: ${issue.message}` };
  }
  if (issue.code === 'custom' && typeof value === 'string' && ISO_DATE_PATTERN.test(value) && isoDateProblem(value)) {
    return { ...base, code: 'format/invalid-date', message: issue.message };
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    const listed = allowed.every((v) => issue.message.includes(v)) ? issue.message : `${issue.message} (one of: ${allowed.join(', ')})`;
    const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
    const message = `${describe(value).replace(/^the text /, '')} is not allowed here: ${listed}${suggestion ? `. Did you mean \`${suggestion}\`?` : ''}`;
    return { ...base, code: 'format/schema', message, ...(suggestion ? { fixes: [replaceFix(ctx.file, base.range, suggestion)] } : {}) };
  }
  if (isZodDefaultMessage(issue.message)) {
    if (issue.code === 'invalid_type') return { ...base, code: 'format/schema', message: wrongTypeMessage(issue, path, value) };
    if (issue.code === 'too_small') return { ...base, code: 'format/schema', message: `${label(path)} must be at least ${String(issue.minimum)}` };
    if (issue.code === 'too_big') return { ...base, code: 'format/schema', message: `${label(path)} must be at most ${String(issue.maximum)}` };
  }
  const found = issue.code === 'invalid_type' && value !== undefined && value !== null ? ` (found ${describe(value)})` : '';
  return { ...base, code: 'format/schema', message: `${issue.message}${found}` };
}

/** How many problems an issue stands for: an unknown-keys issue lists every unknown key of its object. */
function problemsIn(issue: Issue): number {
  return issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
}

export interface SchemaFindings {
  readonly findings: Finding[];
  /** Problems left out once `limit` findings were made (counted, not made into findings). */
  readonly unreported: number;
}

/**
 * Findings for the issues of a failed validation, one per problem, at most `limit` of them: past that,
 * the rest are only counted, so a file with a hundred thousand problems costs no more than one with a
 * hundred.
 */
export function schemaFindings(issues: readonly Issue[], ctx: SchemaContext, limit = Infinity): SchemaFindings {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let unreported = 0;
  for (let i = 0; i < issues.length; i++) {
    if (findings.length >= limit) {
      for (let j = i; j < issues.length; j++) unreported += problemsIn(issues[j] as Issue);
      break;
    }
    for (const { issue, path } of flattenUnions(issues[i] as Issue, [])) {
      let found: Finding[];
      if (issue.code === 'unrecognized_keys') {
        found = unknownKeyFindings(issue, path, ctx, limit - findings.length);
        unreported += issue.keys.length - found.length;
      } else {
        found = [oneFinding(issue, path, ctx)];
      }
      for (const f of found) {
        const key = `${f.code}|${JSON.stringify(f.range)}|${f.message}`;
        if (!seen.has(key)) findings.push(f);
        seen.add(key);
      }
    }
  }
  return { findings, unreported };
}
