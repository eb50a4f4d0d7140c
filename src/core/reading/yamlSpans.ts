// One walk of a parsed YAML document that gives both where each key and value sits in the text (packed
// spans, see packedSpans.ts and Span in loadedFile.ts) and the document as plain data, the same value
// `doc.toJS()` gives; and which keys repeat in their map.
//
// Duplicate keys are found here, in the same pass, rather than with yaml's `uniqueKeys` option: that
// option compares every key with every earlier one, and a 1 MB file of 100,000 keys then takes minutes
// to parse.
//
// The plain data is built only for what converts one way: the core schema's maps, lists and scalars.
// Anything else (an alias, a key that is not a scalar, a `!!set` or `!!omap`, a `%YAML 1.1` document
// with its merge keys) leaves `value` undefined, and the loader asks `doc.toJS()` (which also guards
// against alias bombs).
import { isAlias, isMap, isPair, isScalar, isSeq, Pair, YAMLMap, YAMLSeq, type Alias, type Document, type Node } from 'yaml';
import type { Span } from './loadedFile';
import type { SpanPathTable } from './packedSpans';

export interface DuplicateKey {
  /** Dotted path of the map that holds the key twice. */
  readonly mapPath: string;
  readonly key: string;
  /** The later occurrence of the key. */
  readonly span: Span;
  /** The earlier occurrence. */
  readonly firstSpan: Span;
}

/** A list or map longer, or a nesting deeper, than any notes file needs (see NOTES_LIMITS). */
export interface OverLimit {
  readonly kind: 'deep' | 'list' | 'map';
  /** Dotted path of the list, map or too deeply nested node. */
  readonly path: string;
  /** Where the node starts: its key when it has one, else the node itself. */
  readonly start: number;
  /** Items of the list, keys of the map; for 'deep', the depth reached. */
  readonly count: number;
}

/**
 * What no notes file needs, so that walking and validating a file costs little whatever it holds: the
 * format nests four levels (feedback, an item, its followUp, a value), and a list of a few thousand
 * items is years of notes.
 */
export const NOTES_LIMITS = {
  /** Lists and maps inside each other, the document's own map counting as the first. */
  depth: 8,
  listItems: 2_000,
  mapKeys: 1_000,
} as const;

export interface DocumentRead {
  /** Triples [pathId, start, end] against the table passed in, in the order they were met. */
  readonly packed: number[];
  readonly duplicateKeys: DuplicateKey[];
  /** The document as doc.toJS() gives it; undefined when only toJS converts it exactly (see above). */
  readonly value: { readonly js: unknown } | undefined;
  /**
   * Nodes past NOTES_LIMITS, whose insides were not walked: when there is any, `value` is undefined and
   * the document should not be converted or validated either.
   */
  readonly overLimits: OverLimit[];
}

/** The dotted path of `key` under `parent` (`''` is the document). */
export function childPath(parent: string, key: string | number): string {
  return parent === '' ? String(key) : `${parent}.${key}`;
}

/** `\s` of a regular expression, by char code. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The end of a node's range without the line breaks and spaces a block collection's range ends with. */
export function trimmedEnd(start: number, end: number, text: string): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

const MERGE_TAG = 'tag:yaml.org,2002:merge';

/** Each map of each walk gets its own stamp, so a repeated key is one array lookup (see `seenIn`). */
let mapStamp = 0;

/** Per path id: the stamp of the last map one of whose keys had that path. */
const seenIn: number[] = [];
/** Per path id: where in `packed` that key was recorded, for the span of a repeated key's first one. */
const seenAt: number[] = [];

/** The name doc.toJS() gives a key that is a list or a map, e.g. `[ a, b ]`. */
function complexKeyName(doc: Document, key: Node): string | undefined {
  try {
    const map = new YAMLMap(doc.schema);
    map.items.push(new Pair(key, null));
    return Object.keys(map.toJS(doc) as object)[0];
  } catch {
    return undefined;
  }
}

/** A key named `__proto__` is just a key, as doc.toJS() makes it. */
export function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}

/**
 * Walks `doc` (parsed from `text`). Records the spans of every map pair (`path` for the value, `path:key`
 * for the key) and list entry, in an order where, when a key repeats, the later pair comes last, as it
 * wins in the parsed data.
 */
export function readDocument(doc: Document, text: string, table: SpanPathTable): DocumentRead {
  const packed: number[] = [];
  const duplicateKeys: DuplicateKey[] = [];
  // What is still to visit: node, path id, the container its plain data goes into (when built).
  const overLimits: OverLimit[] = [];
  const nodes: Node[] = [];
  const pathIds: number[] = [];
  const containers: unknown[] = [];
  const depths: number[] = [];
  let exact = doc.schema.name === 'core' && !doc.schema.tags.some((t) => t.tag === MERGE_TAG);

  /**
   * The plain data of a node, a new empty container for maps and lists; queues containers. `depth`: the
   * node's, the document's own being 1; `start`: where to report it (its key, when it has one).
   */
  const plain = (node: unknown, id: number, depth: number, start: number): unknown => {
    if (node === null || node === undefined) return null;
    if (isScalar(node)) return node.value;
    let container: unknown;
    if ((node as object).constructor === YAMLMap) container = {};
    else if ((node as object).constructor === YAMLSeq) container = [];
    else {
      exact = false;
      if (!isMap(node) && !isSeq(node)) return undefined;
    }
    const items = (node as YAMLMap | YAMLSeq).items.length;
    const over = depth > NOTES_LIMITS.depth ? 'deep' : isSeq(node) && items > NOTES_LIMITS.listItems ? 'list'
      : isMap(node) && items > NOTES_LIMITS.mapKeys ? 'map' : undefined;
    if (over !== undefined) {
      overLimits.push({ kind: over, path: table.paths[id] as string, start, count: over === 'deep' ? depth : items });
      exact = false;
      return undefined;
    }
    nodes.push(node as Node);
    pathIds.push(id);
    containers.push(container);
    depths.push(depth);
    return container;
  };

  const visitPair = (pair: Pair, parent: number, stamp: number, mapPath: number, map: Record<string, unknown> | undefined, depth: number): void => {
    const keyNode = pair.key;
    let key: string | undefined;
    if (isScalar(keyNode)) {
      const v = keyNode.value;
      key = v === null ? '' : typeof v === 'object' ? undefined : String(v);
    }
    if (key === undefined && keyNode !== null && typeof keyNode === 'object') {
      // A key that is a list or a map (`[a, b]: x`): toJS names it in its own way, so the data comes from toJS.
      key = complexKeyName(doc, keyNode as Node);
      exact = false;
    }
    const keyRange = key === undefined ? undefined : (keyNode as Node).range;
    if (key === undefined || !keyRange) {
      exact = false;
      return;
    }
    const keyStart = keyRange[0];
    const keyEnd = trimmedEnd(keyStart, keyRange[1], text);
    const id = table.child(parent, key);
    const keyId = table.keyOf(id);
    if (stamp !== 0) {
      if (seenIn[id] === stamp) {
        const i = seenAt[id] as number;
        duplicateKeys.push({ mapPath: table.paths[mapPath] as string, key, span: [keyStart, keyEnd], firstSpan: [packed[i + 1] as number, packed[i + 2] as number] });
      }
      seenIn[id] = stamp;
      seenAt[id] = packed.length;
    }
    packed.push(keyId, keyStart, keyEnd);
    const value = pair.value;
    const valueRange = value !== null && typeof value === 'object' ? (value as Node).range : undefined;
    if (valueRange) packed.push(id, valueRange[0], trimmedEnd(valueRange[0], valueRange[1], text));
    else packed.push(id, keyEnd, keyEnd);
    const js = plain(value, id, depth + 1, keyStart);
    if (map !== undefined && exact) setKey(map, key, js);
  };

  const root = doc.contents as Node | null;
  let rootValue: unknown = null;
  if (root) {
    const id = table.id('');
    const range = root.range;
    if (range) packed.push(id, range[0], trimmedEnd(range[0], range[1], text));
    rootValue = plain(root, id, 1, range?.[0] ?? 0);
  }

  while (nodes.length > 0) {
    const node = nodes.pop() as Node;
    const path = pathIds.pop() as number;
    const container = containers.pop();
    const depth = depths.pop() as number;
    if (isMap(node)) {
      const stamp = ++mapStamp;
      const map = exact ? (container as Record<string, unknown>) : undefined;
      for (const pair of node.items as Pair[]) visitPair(pair, path, stamp, path, map, depth);
    } else if (isSeq(node)) {
      const list = container as unknown[];
      const items = node.items as unknown[];
      for (let index = 0; index < items.length; index++) {
        const item = items[index];
        const itemId = table.child(path, index);
        if (isPair(item)) {
          // `[a: 1]` in a flow list: a map of one pair.
          const keyRange = isScalar(item.key) ? item.key.range : undefined;
          const value = item.value as Node | null;
          const valueRange = value !== null && typeof value === 'object' ? value.range : undefined;
          if (keyRange) {
            const end = valueRange ? trimmedEnd(valueRange[0], valueRange[1], text) : trimmedEnd(keyRange[0], keyRange[1], text);
            packed.push(itemId, keyRange[0], end);
          }
          const map: Record<string, unknown> = {};
          if (exact) list.push(map);
          visitPair(item, itemId, 0, itemId, map, depth + 1);
          continue;
        }
        const range = item !== null && typeof item === 'object' ? (item as Node).range : undefined;
        if (range) packed.push(itemId, range[0], trimmedEnd(range[0], range[1], text));
        const js = plain(item, itemId, depth + 1, range?.[0] ?? 0);
        if (exact) list.push(js);
      }
    }
  }
  return { packed, duplicateKeys, value: exact ? { js: rootValue } : undefined, overLimits };
}

/** The first alias (`*name`) in the document, of those `which` picks, if any: its name and span. */
export function firstAlias(doc: Document, which: (alias: Alias) => boolean = () => true): { name: string; span: Span } | undefined {
  const pending: unknown[] = [doc.contents];
  let first: { name: string; span: Span } | undefined;
  while (pending.length > 0) {
    const node = pending.pop();
    if (isAlias(node)) {
      const range = node.range;
      if (range && (!first || range[0] < first.span[0]) && which(node)) first = { name: node.source, span: [range[0], range[1]] };
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) pending.push(item);
    } else if (isPair(node)) {
      pending.push(node.key, node.value);
    }
  }
  return first;
}
