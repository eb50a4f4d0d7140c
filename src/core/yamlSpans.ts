// Where each key and value of a parsed YAML document sits in the text, by dotted path (see Span in
// loadedFile.ts), and which keys repeat in their map.
//
// Duplicate keys are found here, in one pass with a Set per map, rather than with yaml's `uniqueKeys`
// option: that option compares every key with every earlier one, and a 1 MB file of 100,000 keys then
// takes minutes to parse.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { Span } from './loadedFile';

export interface DuplicateKey {
  /** Dotted path of the map that holds the key twice. */
  readonly mapPath: string;
  readonly key: string;
  /** The later occurrence of the key. */
  readonly span: Span;
  /** The earlier occurrence. */
  readonly firstSpan: Span;
}

export interface DocumentSpans {
  readonly spans: Readonly<Record<string, Span>>;
  readonly duplicateKeys: DuplicateKey[];
}

/** The dotted path of `key` under `parent` (`''` is the document). */
export function childPath(parent: string, key: string | number): string {
  return parent === '' ? String(key) : `${parent}.${key}`;
}

/** A node's span, without the line breaks and spaces a block collection's range ends with. */
function nodeSpan(node: Node, text: string): Span | undefined {
  const range = node.range;
  if (!range) return undefined;
  let end = range[1];
  while (end > range[0] && /\s/.test(text.charAt(end - 1))) end--;
  return [range[0], end];
}

/** The text of a scalar key, as it becomes a property name in the parsed data; undefined for other keys. */
function keyText(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  const value = key.value;
  return value === null ? '' : typeof value === 'object' ? undefined : String(value);
}

/**
 * Records the spans of every map pair (`path` for the value, `path:key` for the key) and list entry. When a
 * key repeats, the later pair wins, as it does in the parsed data.
 */
export function collectSpans(doc: Document, text: string): DocumentSpans {
  // A Map, not an object, so that a key named `__proto__` is just a key.
  const spans = new Map<string, Span>();
  const duplicateKeys: DuplicateKey[] = [];
  const pending: { node: unknown; path: string }[] = [];
  const root = doc.contents;
  if (root) {
    const span = nodeSpan(root, text);
    if (span) spans.set('', span);
    pending.push({ node: root, path: '' });
  }

  const visitPair = (pair: Pair, path: string, seen: Set<string> | undefined, mapPath: string): void => {
    const key = keyText(pair.key);
    const keySpan = isScalar(pair.key) ? nodeSpan(pair.key, text) : undefined;
    if (key === undefined || !keySpan) return;
    const valuePath = childPath(path, key);
    const earlier = spans.get(`${valuePath}:key`);
    if (seen?.has(key) && earlier) duplicateKeys.push({ mapPath, key, span: keySpan, firstSpan: earlier });
    seen?.add(key);
    spans.set(`${valuePath}:key`, keySpan);
    const value = pair.value;
    const valueSpan = value && typeof value === 'object' ? nodeSpan(value as Node, text) : undefined;
    spans.set(valuePath, valueSpan ?? [keySpan[1], keySpan[1]]);
    if (value) pending.push({ node: value, path: valuePath });
  };

  while (pending.length > 0) {
    const { node, path } = pending.pop()!;
    if (isAlias(node)) continue;
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) visitPair(pair, path, seen, path);
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const itemPath = childPath(path, index);
        if (isPair(item)) {
          // `[a: 1]` in a flow list: a map of one pair.
          const keySpan = isScalar(item.key) ? nodeSpan(item.key, text) : undefined;
          const end = item.value && typeof item.value === 'object' ? nodeSpan(item.value as Node, text)?.[1] : undefined;
          if (keySpan) spans.set(itemPath, [keySpan[0], end ?? keySpan[1]]);
          visitPair(item, itemPath, undefined, itemPath);
          return;
        }
        const span = item && typeof item === 'object' ? nodeSpan(item as Node, text) : undefined;
        if (span) spans.set(itemPath, span);
        pending.push({ node: item, path: itemPath });
      });
    }
  }
  return { spans: Object.fromEntries(spans), duplicateKeys };
}

/** The span of the first alias (`*name`) in the document, if any. */
export function firstAliasSpan(doc: Document): Span | undefined {
  const pending: unknown[] = [doc.contents];
  let first: Span | undefined;
  while (pending.length > 0) {
    const node = pending.pop();
    if (isAlias(node)) {
      const range = node.range;
      if (range && (!first || range[0] < first[0])) first = [range[0], range[1]];
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) pending.push(item);
    } else if (isPair(node)) {
      pending.push(node.key, node.value);
    }
  }
  return first;
}
