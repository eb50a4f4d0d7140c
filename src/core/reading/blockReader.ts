// A clean notes file read straight from its text, in one pass: the plain data and the packed spans, the
// same ones, in the same order, as cstReader.ts gives (and so as readDocument gives for the composed
// Document), without yaml's lexer, parser or tokens.
//
// It reads only the subset of YAML that notes files are written in: a block map or list at the top, block
// maps with plain keys (letters, digits, `_` and `-`), block lists, values on one line that are plain
// text, "double" or 'single' quoted text, or a flow map or list of such scalars (`{ state: open }`), and
// literal block text (`|`, `|-`). Blank lines, a comment after a value, and comment lines no more
// indented than what follows them (yaml hangs a more indented one on the end of what it follows, which
// moves the end of collections' spans). Anything else (a tab, a multi-line plain or quoted value, `>` or
// `|+`, an escape other than \" \\ \/ \n \t, a repeated key, an anchor, a tag, `---`, a list, map or
// nesting past NOTES_LIMITS...) gives undefined at once, and the loader reads the file from yaml's tokens
// (or composes its Document). Plain scalars are typed by the core schema's own tags (plainValue in
// cstReader.ts); a Windows line break is a line break.
import { givesUp, plainValue, type CstRead } from './cstReader';
import type { SpanPathTable } from './packedSpans';
import { NOTES_LIMITS, setKey, trimmedEnd } from './yamlSpans';

/** Thrown (never out of this file) when the text is outside the subset read here. */
const BAIL = new Error('outside the subset');

function bail(): never {
  throw BAIL;
}

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const HASH = 0x23;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const DASH = 0x2d;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const PIPE = 0x7c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COMMA = 0x2c;

/**
 * Characters that yaml reads in ways this reader does not follow: tabs, control characters, the byte
 * order mark, the line and paragraph separators, C1 controls and non-characters. One test per file.
 */
const OUTSIDE = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;

/** The spans of one container: its own items' triples, then its containers' (read last first). */
interface Block {
  readonly own: number[];
  readonly children: Block[];
}

// The text being read, and where the reader is.
let src = '';
let len = 0;
let table: SpanPathTable;
/** Where the line of the last content found by nextContent starts, and that content's column. */
let lineStart = 0;
let indentOf = 0;
/** After a value: where the next line's content starts (`len` at the end), and where the value ends. */
let next = 0;
let lastEnd = 0;
/** The column of the document's top collection: comment lines at the end may not be indented past it. */
let rootIndent = 0;
/** Where a comment after a value on its line ends (trimmed), or -1 (set by endOfLine). */
let lineComment = -1;

/** Per path id: the stamp of the last map one of whose keys had that path (a repeated key gives up). */
const seenIn: number[] = [];
let mapStamp = 0;

function newBlock(parent: Block): Block {
  const block: Block = { own: [], children: [] };
  parent.children.push(block);
  return block;
}

/** Letters, digits, `_` and `-`: what a key is made of here. */
function isKeyChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === DASH;
}

function isKeyStart(c: number): boolean {
  return c !== DASH && isKeyChar(c);
}

/** A space, a line break or the end of the text. */
function isBlankOrEnd(at: number): boolean {
  const c = src.charCodeAt(at);
  return c === SPACE || c === LF || c === CR || at >= len;
}

/** `- ` (or `-` at the end of a line): a list item starts at `at`. */
function isItemStart(at: number): boolean {
  return src.charCodeAt(at) === DASH && isBlankOrEnd(at + 1);
}

/** yaml wants a key's `:` at most 1024 characters after its start; a longer key is left to yaml. */
const MAX_KEY = 1000;

/** Where a key that starts at `at` ends (at its `:`, followed by a space or a line break), or -1. */
function keyEnd(at: number): number {
  if (!isKeyStart(src.charCodeAt(at))) return -1;
  let p = at + 1;
  while (isKeyChar(src.charCodeAt(p))) p++;
  return src.charCodeAt(p) === COLON && isBlankOrEnd(p + 1) && p - at <= MAX_KEY ? p : -1;
}

/** A key's text, as the composer makes it from its value (`null` is '', `1.50` is '1.5'). */
function keyName(start: number, end: number): string {
  const value = plainValue(src.slice(start, end));
  return value === null ? '' : String(value);
}

/**
 * From the start of a line: skips blank and comment lines, and returns where the next line's content
 * starts (`len` at the end), its line start in `lineStart` and its column in `indentOf`. A comment line
 * indented past that content (or, at the end, past the top collection) gives up: yaml hangs it on the end
 * of what it follows, which moves the end of collections' spans.
 */
function nextContent(from: number, anyComment = false): number {
  let p = from;
  let comments = -1;
  for (;;) {
    let q = p;
    while (src.charCodeAt(q) === SPACE) q++;
    if (q >= len) {
      if (comments > rootIndent && !anyComment) bail();
      return len;
    }
    const c = src.charCodeAt(q);
    if (c === LF) p = q + 1;
    else if (c === CR && src.charCodeAt(q + 1) === LF) p = q + 2;
    else if (c === HASH) {
      if (q - p > comments) comments = q - p;
      const eol = src.indexOf('\n', q);
      p = eol < 0 ? len : eol + 1;
    } else {
      if (comments > q - p && !anyComment) bail();
      lineStart = p;
      indentOf = q - p;
      return q;
    }
  }
}

/**
 * After a value on one line: spaces, and maybe a comment (after a space), up to the end of the line.
 * Returns the next line's start; `lineComment` is where the comment ends, or -1.
 */
function endOfLine(at: number): number {
  let p = at;
  while (src.charCodeAt(p) === SPACE) p++;
  lineComment = -1;
  if (p >= len) return len;
  let c = src.charCodeAt(p);
  if (c === HASH && src.charCodeAt(p - 1) === SPACE) {
    const eol = src.indexOf('\n', p);
    lineComment = trimmedEnd(p, eol < 0 ? len : eol, src);
    if (eol < 0) return len;
    p = eol;
    c = LF;
  }
  if (c === LF) return p + 1;
  if (c === CR && src.charCodeAt(p + 1) === LF) return p + 2;
  return bail();
}

/** What a plain scalar may not start with here: indicators, quotes and the rest of YAML's marks. */
function isBadPlainStart(c: number): boolean {
  switch (c) {
    case DASH: case 0x3f: case COLON: case COMMA: case LBRACKET: case RBRACKET: case LBRACE: case RBRACE:
    case HASH: case 0x26: case 0x2a: case 0x21: case PIPE: case 0x3e: case SQUOTE: case DQUOTE:
    case 0x25: case 0x40: case 0x60: case SPACE: case LF: case CR:
      return true;
    default:
      return false;
  }
}

/** A plain scalar on one line, in a block, from `at`: where its text ends (trailing spaces left out). */
function blockPlainEnd(at: number): number {
  let last = at;
  for (let p = at; p < len; p++) {
    const c = src.charCodeAt(p);
    if (c === LF || c === CR) break;
    if (c === SPACE) {
      if (src.charCodeAt(p + 1) === HASH) break;
      continue;
    }
    if (c === COLON && isBlankOrEnd(p + 1)) bail();
    last = p + 1;
  }
  return last;
}

/** A plain scalar in a flow collection, from `at`: where its text ends (before `,`, `}` or `]`). */
function flowPlainEnd(at: number): number {
  let last = at;
  for (let p = at; p < len; p++) {
    const c = src.charCodeAt(p);
    if (c === COMMA || c === RBRACE || c === RBRACKET) return last;
    if (c === LF || c === CR || c === COLON || c === LBRACE || c === LBRACKET) bail();
    if (c === SPACE) {
      if (src.charCodeAt(p + 1) === HASH) bail();
      continue;
    }
    last = p + 1;
  }
  return bail();
}

/** "Double quoted" text on one line, its opening quote at `at`; `lastEnd` is past its closing one. */
function doubleQuoted(at: number): string {
  let out = '';
  let from = at + 1;
  for (let p = from; ; p++) {
    if (p >= len) bail();
    const c = src.charCodeAt(p);
    if (c === DQUOTE) {
      lastEnd = p + 1;
      return out + src.slice(from, p);
    }
    if (c === LF || c === CR) bail();
    if (c === BACKSLASH) {
      out += src.slice(from, p);
      switch (src.charCodeAt(p + 1)) {
        case DQUOTE: out += '"'; break;
        case BACKSLASH: out += '\\'; break;
        case 0x2f: out += '/'; break;
        case 0x6e: out += '\n'; break;
        case 0x74: out += '\t'; break;
        default: bail();
      }
      p++;
      from = p + 1;
    }
  }
}

/** 'Single quoted' text on one line, its opening quote at `at`; `lastEnd` is past its closing one. */
function singleQuoted(at: number): string {
  let out = '';
  let from = at + 1;
  for (let p = from; ; p++) {
    if (p >= len) bail();
    const c = src.charCodeAt(p);
    if (c === LF || c === CR) bail();
    if (c === SQUOTE) {
      if (src.charCodeAt(p + 1) !== SQUOTE) {
        lastEnd = p + 1;
        return out + src.slice(from, p);
      }
      out += src.slice(from, p + 1);
      p++;
      from = p + 1;
    }
  }
}

/**
 * Literal block text (`|` or `|-`, nothing after it on its line) at `at`, in a collection at column
 * `indent`: its lines, their common indentation dropped. Sets `next` and `lastEnd`.
 */
function literal(at: number, indent: number): string {
  let p = at + 1;
  const strip = src.charCodeAt(p) === DASH;
  if (strip) p++;
  if (src.charCodeAt(p) === CR) p++;
  if (src.charCodeAt(p) !== LF) bail();
  let line = p + 1;
  // The first line sets the indentation; a blank one first, or one not indented past the collection, gives up.
  let own = 0;
  while (src.charCodeAt(line + own) === SPACE) own++;
  const first = src.charCodeAt(line + own);
  if (own <= indent || line + own >= len || first === LF || first === CR) bail();
  let value = '';
  let blanks = '';
  for (;;) {
    let q = line;
    while (q - line < own && src.charCodeAt(q) === SPACE) q++;
    const c = src.charCodeAt(q);
    if (c === LF || (c === CR && src.charCodeAt(q + 1) === LF)) {
      // A blank line (no more spaces than the indentation): kept between lines, dropped at the end.
      blanks += '\n';
      line = q + (c === LF ? 1 : 2);
      continue;
    }
    // Less indented: the end of the text (or of the file).
    if (q - line < own) break;
    const eol = src.indexOf('\n', q);
    // A Windows line break is a line break; the last line without one, or a line of spaces only, is left to yaml.
    const end = src.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
    if (eol < 0 || (c === SPACE && trimmedEnd(q, end, src) === q)) bail();
    value += blanks;
    blanks = '\n';
    value += src.slice(q, end);
    line = eol + 1;
  }
  lastEnd = trimmedEnd(at, line, src);
  next = nextContent(line);
  return strip ? value : `${value}\n`;
}

/** The JS value of a scalar on one line at `at` (not a block or flow collection); `lastEnd` its end. */
function scalar(at: number, flow: boolean): unknown {
  const c = src.charCodeAt(at);
  if (c === DQUOTE) return doubleQuoted(at);
  if (c === SQUOTE) return singleQuoted(at);
  if (isBadPlainStart(c)) bail();
  lastEnd = flow ? flowPlainEnd(at) : blockPlainEnd(at);
  return plainValue(src.slice(at, lastEnd));
}

/**
 * The value after a key's `:` or a list item's `-` (and the spaces after it), at `at`, of a collection at
 * column `indent`: records its span under `id` in `block` and returns its data. Sets `next` (where the
 * next line's content starts) and `lastEnd` (where the value ends, for its collection's span).
 */
function value(at: number, indent: number, id: number, depth: number, block: Block, inMap: boolean, indicatorEnd: number): unknown {
  const c = src.charCodeAt(at);
  if (at >= len || c === LF || c === CR || c === HASH) {
    const after = nextContent(at >= len ? len : endOfLine(at));
    if (after < len && (indentOf > indent || (inMap && indentOf === indent && isItemStart(after)))) {
      return collection(after, indentOf, id, depth, block);
    }
    // Nothing: null, at the end of the spaces after the indicator.
    block.own.push(id, at, at);
    lastEnd = c === HASH ? lineComment : indicatorEnd;
    next = after;
    return null;
  }
  if (!inMap) {
    // A list item that starts a map or a list on its own line: `- kind: positive`, `- - a`.
    if (isItemStart(at) || keyEnd(at) >= 0) return collection(at, at - lineStart, id, depth, block);
  } else if (isItemStart(at)) {
    bail();
  }
  let js: unknown;
  if (c === LBRACE || c === LBRACKET) {
    js = flowCollection(at, id, depth, block);
  } else if (c === PIPE) {
    js = literal(at, indent);
    block.own.push(id, at, lastEnd);
    return js;
  } else {
    js = scalar(at, false);
    block.own.push(id, at, trimmedEnd(at, lastEnd, src));
  }
  const line = endOfLine(lastEnd);
  if (lineComment >= 0) lastEnd = lineComment;
  next = nextContent(line);
  return js;
}

/** A block map or list whose first key or `-` is at `at`, column `indent`. Records its span under `id`. */
function collection(at: number, indent: number, id: number, depth: number, parent: Block): unknown {
  if (depth > NOTES_LIMITS.depth) bail();
  const slot = parent.own.length;
  parent.own.push(id, at, 0);
  const block = newBlock(parent);
  const js = isItemStart(at) ? blockList(at, indent, id, depth, block) : blockMap(at, indent, id, depth, block);
  parent.own[slot + 2] = lastEnd;
  return js;
}

/** The items of a block map (resolve-block-map.js in yaml, for this subset). */
function blockMap(at: number, indent: number, id: number, depth: number, block: Block): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const stamp = ++mapStamp;
  let count = 0;
  let p = at;
  for (;;) {
    if (++count > NOTES_LIMITS.mapKeys) bail();
    const end = keyEnd(p);
    if (end < 0) bail();
    const name = keyName(p, end);
    const child = table.child(id, name);
    if (seenIn[child] === stamp) bail();
    seenIn[child] = stamp;
    block.own.push(table.keyOf(child), p, end);
    let v = end + 1;
    while (src.charCodeAt(v) === SPACE) v++;
    setKey(out, name, value(v, indent, child, depth + 1, block, true, end + 1));
    if (next >= len || indentOf < indent) return out;
    if (indentOf > indent) bail();
    // A list at the map's own column is the value before it; a `-` here would be a list in a map.
    p = next;
  }
}

/** The items of a block list (resolve-block-seq.js in yaml, for this subset). */
function blockList(at: number, indent: number, id: number, depth: number, block: Block): unknown[] {
  const out: unknown[] = [];
  let p = at;
  for (;;) {
    if (out.length >= NOTES_LIMITS.listItems) bail();
    let v = p + 1;
    while (src.charCodeAt(v) === SPACE) v++;
    out.push(value(v, indent, table.child(id, out.length), depth + 1, block, false, p + 1));
    if (next >= len || indentOf < indent) return out;
    if (indentOf > indent) bail();
    // At the list's column, not a `-`: the key after a list written at its map's column.
    if (!isItemStart(next)) return out;
    p = next;
  }
}

/** A flow map or list on one line, of scalars (resolve-flow-collection.js in yaml, for this subset). */
function flowCollection(at: number, id: number, depth: number, parent: Block): unknown {
  if (depth > NOTES_LIMITS.depth) bail();
  const isMap = src.charCodeAt(at) === LBRACE;
  const close = isMap ? RBRACE : RBRACKET;
  const slot = parent.own.length;
  parent.own.push(id, at, 0);
  const block = newBlock(parent);
  const map: Record<string, unknown> = {};
  const list: unknown[] = [];
  const stamp = ++mapStamp;
  let count = 0;
  let p = at + 1;
  while (src.charCodeAt(p) === SPACE) p++;
  while (src.charCodeAt(p) !== close) {
    if (++count > (isMap ? NOTES_LIMITS.mapKeys : NOTES_LIMITS.listItems)) bail();
    if (isMap) {
      const end = keyEnd(p);
      if (end < 0 || src.charCodeAt(end + 1) !== SPACE) bail();
      const name = keyName(p, end);
      const child = table.child(id, name);
      if (seenIn[child] === stamp) bail();
      seenIn[child] = stamp;
      block.own.push(table.keyOf(child), p, end);
      p = end + 1;
      while (src.charCodeAt(p) === SPACE) p++;
      setKey(map, name, scalar(p, true));
      block.own.push(child, p, trimmedEnd(p, lastEnd, src));
    } else {
      list.push(scalar(p, true));
      block.own.push(table.child(id, list.length - 1), p, trimmedEnd(p, lastEnd, src));
    }
    p = lastEnd;
    while (src.charCodeAt(p) === SPACE) p++;
    if (src.charCodeAt(p) === COMMA) {
      p++;
      while (src.charCodeAt(p) === SPACE) p++;
    } else if (src.charCodeAt(p) !== close) {
      bail();
    }
  }
  lastEnd = p + 1;
  parent.own[slot + 2] = lastEnd;
  return isMap ? map : list;
}

function countTriples(block: Block): number {
  let n = block.own.length;
  for (const child of block.children) n += countTriples(child);
  return n;
}

/** Writes `block`'s triples, then its containers' (last first), into `out` from `at`; returns where they end. */
function flatten(block: Block, out: Int32Array, at: number): number {
  out.set(block.own, at);
  let end = at + block.own.length;
  for (let i = block.children.length - 1; i >= 0; i--) end = flatten(block.children[i] as Block, out, end);
  return end;
}

/**
 * The packed spans and the plain data of `text` (its lone `\r` already made `\n`, as the loader parses
 * it), recorded against `paths`, as readCst gives them; undefined when the text is outside the subset.
 */
export function readBlock(text: string, paths: SpanPathTable): CstRead | undefined {
  if (OUTSIDE.test(text)) return undefined;
  src = text;
  len = text.length;
  table = paths;
  try {
    const start = nextContent(0, true);
    if (start >= len) return { packed: new Int32Array(0), value: undefined, empty: true };
    if (!isItemStart(start) && keyEnd(start) < 0) return undefined;
    rootIndent = indentOf;
    const root: Block = { own: [], children: [] };
    const value = collection(start, indentOf, paths.id(''), 1, root);
    if (next < len) return undefined;
    const packed = new Int32Array(countTriples(root));
    flatten(root, packed, 0);
    return { packed, value, empty: false };
  } catch (error) {
    if (error === BAIL || givesUp(error)) return undefined;
    throw error;
  } finally {
    src = '';
  }
}
