// A clean notes file read straight from yaml's CST (its Parser's tokens), without composing a Document:
// one walk gives the plain data and the packed spans, the same ones readDocument (yamlSpans.ts) gives
// for the composed Document, in the same order. Composing costs a node per scalar, a pair per key and a
// range per node, for every file, to be thrown away at once.
//
// Only what converts one way is read here: block maps and lists, flow maps and lists of scalars on one
// line, plain, quoted and block scalars, comments. Anything else (a syntax error, an alias, an anchor, a
// tag, a directive, `---`, an explicit `?` key, a key that is not a scalar, a tab among the indentation,
// a repeated key, a list, map or nesting past NOTES_LIMITS, a flow collection over several lines or with
// comments) gives undefined, and the loader composes the Document as before. Where yaml's composer would
// report an error or a warning, so does this reader, by giving up: it never reads a file the composer
// would complain about. Ranges are computed as the composer computes them (compose/resolve-*.js in
// yaml), which is what keeps every span the same.
import { CST, isScalar as isScalarNode, parseDocument, Parser, type ScalarTag, type Tags } from 'yaml';
import type { SpanPathTable } from './packedSpans';
import { NOTES_LIMITS, setKey, trimmedEnd } from './yamlSpans';

export interface CstRead {
  /** Triples [pathId, start, end], as readDocument records them (the text reader's already an Int32Array). */
  readonly packed: number[] | Int32Array;
  /** The document as plain data (doc.toJS()); undefined for an empty document. */
  readonly value: unknown;
  /** No document at all (nothing, or only comments): doc.contents would be null. */
  readonly empty: boolean;
}

type Token = CST.Token;
type SourceToken = CST.SourceToken;
type Item = CST.CollectionItem;
type FlowScalar = CST.FlowScalar;

/** Thrown (never out of this file) when the file needs the Document. */
const COMPOSE = new Error('compose the document');

function compose(): never {
  throw COMPOSE;
}

/** Whether `error` is a reader giving up on a file (the Document is needed), rather than a bug. */
export function givesUp(error: unknown): boolean {
  return error === COMPOSE;
}

const TIMESTAMP_TAG = 'tag:yaml.org,2002:timestamp';

/** How yaml reads a notes file, on either path. */
export const PARSE_OPTIONS = {
  prettyErrors: false, uniqueKeys: false, logLevel: 'error',
  // A `%YAML 1.1` document would read 2026-03-04 as a JavaScript Date; a notes file's dates are text.
  customTags: (tags: Tags) => tags.filter((t) => (typeof t === 'string' ? t !== 'timestamp' : t.tag !== TIMESTAMP_TAG)),
} as const;

/** The core schema's scalar tags, as PARSE_OPTIONS make them. */
const template = parseDocument('', PARSE_OPTIONS);
const defaultTags: readonly ScalarTag[] = template.schema.tags.filter((t): t is ScalarTag => t.default === true && !t.collection);
const docOptions = template.options;

/** Any error or warning from resolving a scalar: the composer would report it. */
const onScalarError = (): void => compose();

// yaml's range of the last scalar read: [start, value end, end past its comments and line breaks].
let rangeStart = 0;
let rangeValueEnd = 0;
let rangeEnd = 0;

/** Whether a plain scalar can be anything but text in the core schema: null, a boolean or a number. */
function mayNotBeText(source: string): boolean {
  if (source.length === 0) return true;
  const c = source.charCodeAt(0);
  // ~ + - . and digits start numbers and null; n N t T f F start null and booleans (at most five letters).
  if (c === 0x7e || c === 0x2b || c === 0x2d || c === 0x2e || (c >= 0x30 && c <= 0x39)) return true;
  return source.length <= 5 && (c === 0x6e || c === 0x4e || c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46);
}

/** Whether a plain scalar is shaped like a date, 2026-03-04: text (no core schema tag reads it). */
function isDateShaped(source: string): boolean {
  return source.length === 10 && source.charCodeAt(4) === 0x2d && source.charCodeAt(7) === 0x2d && /^\d{4}-\d\d-\d\d$/.test(source);
}

/**
 * A plain scalar's value in the core schema (findScalarTagByTest in yaml's compose-scalar.js). Throws (see
 * givesUp) where the composer would report an error.
 */
export function plainValue(source: string): unknown {
  if (!mayNotBeText(source) || isDateShaped(source)) return source;
  for (const t of defaultTags) {
    if (t.test?.test(source)) {
      const value = t.resolve(source, onScalarError, docOptions);
      return isScalarNode(value) ? value.value : value;
    }
  }
  return source;
}

/** What a plain scalar may not start with (BAD_SCALAR_START in yaml's resolve-flow-scalar.js). */
function badStart(c: number): boolean {
  return c === 0x09 || c === 0x2c || c === 0x25 || c === 0x7c || c === 0x3e || c === 0x40 || c === 0x60;
}

/** The value of a scalar token as the composer resolves it (core schema); sets its range. */
function scalarValue(token: Token): unknown {
  if (token.type === 'scalar' && !token.source.includes('\n')) {
    // One line of plain text is its own value (no lines to fold), as resolveFlowScalar reads it.
    const { source, offset } = token;
    if (badStart(source.charCodeAt(0))) compose();
    endTokens(token.end);
    rangeStart = offset;
    rangeValueEnd = offset + source.length;
    rangeEnd = rangeValueEnd + tokensLength(token.end);
    return plainValue(source);
  }
  const resolved = CST.resolveAsScalar(token as FlowScalar, true, onScalarError);
  if (resolved === null) compose();
  [rangeStart, rangeValueEnd, rangeEnd] = resolved.range;
  return token.type === 'scalar' ? plainValue(resolved.value) : resolved.value;
}

function hasTab(token: SourceToken): boolean {
  return token.source.includes('\t');
}

// What scanProps found in the tokens before a node (resolve-props.js in yaml), for the subset read here.
let found: SourceToken | undefined;
let comma = false;
let hasComment = false;
let hasNewline = false;
/** Where the tokens end (`offset` when there are none). */
let propsEnd = 0;

/**
 * Spaces, line breaks, comments and at most one `indicator` (and, in a flow collection, at most one comma,
 * no line break and no comment). Anything else, and anything the composer reports, gives up.
 */
function scanProps(tokens: readonly SourceToken[], indicator: SourceToken['type'] | undefined, startOnNewline: boolean, flow: boolean, offset: number): void {
  found = undefined;
  comma = false;
  hasComment = false;
  hasNewline = false;
  let hasSpace = startOnNewline;
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        if (hasTab(token)) compose();
        hasSpace = true;
        break;
      case 'newline':
        if (flow) compose();
        hasNewline = true;
        hasSpace = true;
        break;
      case 'comment':
        if (flow || !hasSpace) compose();
        hasComment = true;
        break;
      case 'comma':
        if (!flow || comma) compose();
        comma = true;
        hasSpace = false;
        break;
      default:
        if (token.type !== indicator || found) compose();
        found = token;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  propsEnd = last ? last.offset + last.source.length : offset;
}

/** Where the composer puts an empty value after `before` (util-empty-scalar-position.js in yaml). */
function emptyScalarPosition(offset: number, before: readonly SourceToken[]): number {
  for (let i = before.length - 1; i >= 0; --i) {
    const t = before[i] as SourceToken;
    if (t.type === 'space' || t.type === 'comment' || t.type === 'newline') {
      offset -= t.source.length;
      continue;
    }
    for (let j = i + 1; j < before.length && (before[j] as SourceToken).type === 'space'; j++) offset += (before[j] as SourceToken).source.length;
    break;
  }
  return offset;
}

function tokensLength(tokens: readonly Token[] | undefined): number {
  let n = 0;
  if (tokens) for (const t of tokens) n += 'source' in t && typeof t.source === 'string' ? t.source.length : 0;
  return n;
}

/** The end of an empty value after `props` (its range[2]): past a comment among them, else its position. */
function emptyEnd(props: readonly SourceToken[], offset: number): number {
  const last = props[props.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  return props.some((t) => t.type === 'comment') ? end : emptyScalarPosition(end, props);
}

function isCommentOnly(item: Item): boolean {
  return !item.key && !item.sep && !item.value;
}

/** An item of a block collection that holds only comments: not a list item left empty (`-`). */
function isCommentItem(item: Item): boolean {
  return isCommentOnly(item) && !item.start.some((t) => t.type === 'seq-item-ind');
}

/**
 * Where the composer ends a node: `full` false gives range[1] (the value's end), true range[2] (past the
 * comments and line breaks after it). For a block collection that is where its last item's value ends;
 * only the last items are looked at (what is before them is read, and checked, by the walk). A loop, not
 * a recursion: a file nested thousands deep (`- - - - x`) is within the size cap, and the walk that
 * reports it too deep needs this first.
 */
function nodeEnd(token: Token, full: boolean): number {
  for (;;) {
    switch (token.type) {
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        return token.offset + token.source.length + (full ? tokensLength(token.end) : 0);
      case 'block-scalar':
        return token.offset + tokensLength(token.props) + token.source.length;
      case 'flow-collection': {
        const close = token.end[0];
        const closed = close ? close.offset + close.source.length : token.offset;
        return full ? closed + tokensLength(token.end) - (close?.source.length ?? 0) : closed;
      }
      case 'block-map':
      case 'block-seq': {
        const items = token.items as Item[];
        let last = items.length - 1;
        if (full && last >= 0 && isCommentItem(items[last] as Item)) {
          const start = (items[last] as Item).start;
          const t = start[start.length - 1];
          if (t) return t.offset + t.source.length;
        }
        while (last >= 0 && isCommentItem(items[last] as Item)) last--;
        const item = items[last];
        if (!item) return token.offset;
        if (!item.value) return emptyEnd(token.type === 'block-map' ? (item.sep ?? []) : item.start, token.offset);
        token = item.value;
        full = true;
        break;
      }
      default:
        return compose();
    }
  }
}

/** Per path id: the stamp of the last map one of whose keys had that path (see seenIn in yamlSpans.ts). */
const seenIn: number[] = [];
let mapStamp = 0;

function isFlowScalar(token: Token | null | undefined): token is FlowScalar {
  return token?.type === 'scalar' || token?.type === 'single-quoted-scalar' || token?.type === 'double-quoted-scalar';
}

function keyText(value: unknown): string {
  return value === null ? '' : String(value);
}

/** The last key read by Walk.key. */
let keyName = '';
let keyId = 0;

/** The walk: packed spans in readDocument's order (a container's items, then its containers, last first). */
class Walk {
  readonly packed: number[] = [];
  private readonly nodes: Token[] = [];
  private readonly ids: number[] = [];
  private readonly containers: unknown[] = [];
  private readonly depths: number[] = [];

  constructor(private readonly text: string, private readonly table: SpanPathTable) {}

  /** Records the span of `token` (an empty value at `empty` when undefined) under `id`; its plain data. */
  value(token: Token | undefined, id: number, depth: number, empty: number): unknown {
    if (token === undefined) {
      this.packed.push(id, empty, empty);
      return null;
    }
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      this.packed.push(id, token.offset, trimmedEnd(token.offset, nodeEnd(token, false), this.text));
      const isMap = token.type === 'block-map' || (token.type === 'flow-collection' && token.start.source === '{');
      const limit = isMap ? NOTES_LIMITS.mapKeys : NOTES_LIMITS.listItems;
      if (depth > NOTES_LIMITS.depth || token.items.length > limit) compose();
      const container = isMap ? {} : [];
      this.nodes.push(token);
      this.ids.push(id);
      this.containers.push(container);
      this.depths.push(depth);
      return container;
    }
    if (token.type === 'alias') compose();
    const js = scalarValue(token);
    this.packed.push(id, rangeStart, trimmedEnd(rangeStart, rangeValueEnd, this.text));
    return js;
  }

  /** A key of a map: records its span; its name and path id are `keyName` and `keyId`. Gives up on a repeated one. */
  key(token: Token, parent: number, stamp: number): void {
    keyName = keyText(scalarValue(token));
    const id = this.table.child(parent, keyName);
    if (seenIn[id] === stamp) compose();
    seenIn[id] = stamp;
    keyId = id;
    this.packed.push(this.table.keyOf(id), rangeStart, trimmedEnd(rangeStart, rangeValueEnd, this.text));
  }

  run(root: Token): unknown {
    const rootValue = this.value(root, this.table.id(''), 1, 0);
    while (this.nodes.length > 0) {
      const node = this.nodes.pop() as Token;
      const id = this.ids.pop() as number;
      const container = this.containers.pop();
      const depth = this.depths.pop() as number;
      if (node.type === 'block-map') this.blockMap(node, id, container as Record<string, unknown>, depth);
      else if (node.type === 'block-seq') this.blockSeq(node, id, container as unknown[], depth);
      else if (node.type === 'flow-collection') this.flow(node, id, container, depth);
    }
    return rootValue;
  }

  /** resolve-block-map.js in yaml, for implicit keys that are scalars on one line. */
  private blockMap(map: CST.BlockMap, path: number, out: Record<string, unknown>, depth: number): void {
    const stamp = ++mapStamp;
    let offset = map.offset;
    let commentsOnly = false;
    for (const item of map.items as Item[]) {
      scanProps(item.start, undefined, true, false, offset);
      const keyStart = propsEnd;
      if (!item.key && !item.sep) {
        if (item.value || (item as { explicitKey?: true }).explicitKey) compose();
        commentsOnly = true;
        continue;
      }
      // Comments, then a key again: the composer reports it (a map comment with trailing content).
      if (commentsOnly || (item as { explicitKey?: true }).explicitKey) compose();
      const key = item.key;
      if (!isFlowScalar(key) || key.indent !== map.indent || key.source.includes('\n') || key.end?.some((t) => t.type === 'newline')) compose();
      this.key(key, path, stamp);
      const id = keyId;
      const name = keyName;
      const sep = item.sep ?? [];
      scanProps(sep, 'map-value-ind', false, false, rangeEnd);
      const indicator = found;
      if (indicator === undefined || indicator.offset - 1024 > keyStart) compose();
      const value = item.value;
      if ((value?.type === 'block-map' || value?.type === 'block-seq') && !hasNewline) compose();
      const empty = value ? 0 : emptyScalarPosition(propsEnd, sep);
      setKey(out, name, this.value(value, id, depth + 1, empty));
      offset = value ? nodeEnd(value, true) : hasComment ? propsEnd : empty;
    }
  }

  /** resolve-block-seq.js in yaml. */
  private blockSeq(seq: CST.BlockSequence, path: number, out: unknown[], depth: number): void {
    let offset = seq.offset;
    let commentsOnly = false;
    for (const item of seq.items as Item[]) {
      scanProps(item.start, 'seq-item-ind', true, false, offset);
      if (!found) {
        if (item.value) compose();
        commentsOnly = true;
        continue;
      }
      if (commentsOnly) compose();
      const value = item.value;
      const empty = value ? 0 : emptyScalarPosition(propsEnd, item.start);
      out.push(this.value(value, this.table.child(path, out.length), depth + 1, empty));
      offset = value ? nodeEnd(value, true) : hasComment ? propsEnd : empty;
    }
  }

  /** resolve-flow-collection.js in yaml, for scalars on one line, no comments. */
  private flow(fc: CST.FlowCollection, path: number, out: unknown, depth: number): void {
    const isMap = fc.start.source === '{';
    const stamp = ++mapStamp;
    let offset = fc.offset + fc.start.source.length;
    const items = fc.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as Item;
      scanProps(item.start, undefined, false, true, offset);
      if (isCommentOnly(item)) {
        // A trailing comma is fine; an empty item before another one, or a comma first, is reported.
        if ((i === 0 && comma) || i < items.length - 1) compose();
        offset = propsEnd;
        continue;
      }
      if ((i === 0) === comma) compose();
      if (isMap) {
        const key = item.key;
        if (!isFlowScalar(key) || key.source.includes('\n')) compose();
        this.key(key, path, stamp);
        const id = keyId;
        const name = keyName;
        const sep = item.sep ?? [];
        scanProps(sep, 'map-value-ind', false, true, rangeEnd);
        const value = item.value;
        if (!found || (value !== undefined && (!isFlowScalar(value) || value.source.includes('\n')))) compose();
        const empty = value ? 0 : emptyScalarPosition(propsEnd, sep);
        setKey(out as Record<string, unknown>, name, this.value(value, id, depth + 1, empty));
        offset = value ? nodeEnd(value, true) : empty;
      } else {
        const value = item.value;
        if (item.key !== undefined || item.sep !== undefined || !isFlowScalar(value) || value.source.includes('\n')) compose();
        (out as unknown[]).push(this.value(value, this.table.child(path, (out as unknown[]).length), depth + 1, 0));
        offset = nodeEnd(value, true);
      }
    }
    const [close, ...after] = fc.end;
    if (close?.source !== (isMap ? '}' : ']')) compose();
    endTokens(after);
  }
}

/** Comments and line breaks after a node (resolve-end.js in yaml, strict). */
function endTokens(tokens: readonly SourceToken[] | undefined): void {
  if (!tokens) return;
  let hasSpace = false;
  for (const t of tokens) {
    if (t.type === 'space' || t.type === 'newline') {
      if (hasTab(t)) compose();
      hasSpace = true;
    } else if (t.type !== 'comment' || !hasSpace) {
      compose();
    }
  }
}

/**
 * The packed spans and the plain data of `text` (its lone `\r` already made `\n`, as the loader parses
 * it), recorded against `table`; undefined when the file needs yaml's Document (see above).
 */
export function readCst(text: string, table: SpanPathTable): CstRead | undefined {
  let doc: CST.Document | undefined;
  for (const token of new Parser().parse(text)) {
    if (token.type === 'document') {
      if (doc) return undefined;
      doc = token;
    } else if (token.type !== 'comment' && token.type !== 'newline' && token.type !== 'space') {
      return undefined;
    }
  }
  if (!doc) return { packed: [], value: undefined, empty: true };
  try {
    scanProps(doc.start, undefined, true, false, doc.offset);
    if (!doc.value) return undefined;
    // The document's own end: comments and line breaks, in any order (not strict).
    for (const t of doc.end ?? []) if (t.type !== 'comment' && t.type !== 'newline' && !(t.type === 'space' && !hasTab(t))) return undefined;
    const walk = new Walk(text, table);
    const value = walk.run(doc.value);
    return { packed: walk.packed, value, empty: false };
  } catch (error) {
    if (error === COMPOSE) return undefined;
    throw error;
  }
}
