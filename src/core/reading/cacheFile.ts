// The warm-start cache as a file: JSON lines, signed. The first line is `{"mac":"<hex>"}`, an HMAC-SHA256
// of every byte after it, checked before anything else is read. Then the body: a head line, then one
// line per row (loadCache.ts says what they hold). One line is parsed at a time, so that reading a large
// cache can be done in slices, and a row can be checked (and refused) on its own.
//
// Numbers that come in long runs (a file's line starts, its packed spans) are written as base64 text of
// varints of small differences, a byte or two each, instead of JSON numbers: smaller, and no number is
// parsed until the row is checked.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Steps } from '../steps';

const MAC_HEAD = '{"mac":"';
const MAC_LENGTH = 64;
const MAC_TAIL = '"}\n';
const BODY_START = MAC_HEAD.length + MAC_LENGTH + MAC_TAIL.length;

/** How many bytes are signed or checked between two steps. */
const CHUNK_BYTES = 1 << 20;

/** The first line of a cache file whose body has this MAC. */
export function macLine(mac: Buffer): string {
  return `${MAC_HEAD}${mac.toString('hex')}${MAC_TAIL}`;
}

/** The text of a cache file holding `body` (JSON lines), signed with `key`. */
export function signedCacheText(body: string, key: Uint8Array): string {
  return `${macLine(createHmac('sha256', key).update(body).digest())}${body}`;
}

/** The body of a signed cache file, or undefined when its MAC does not verify with `key`; one step per chunk. */
export function* verifiedBodySteps(bytes: Buffer, key: Uint8Array): Steps<Buffer | undefined> {
  if (bytes.length < BODY_START || bytes.toString('latin1', 0, MAC_HEAD.length) !== MAC_HEAD) return undefined;
  if (bytes.toString('latin1', MAC_HEAD.length + MAC_LENGTH, BODY_START) !== MAC_TAIL) return undefined;
  const mac = bytes.toString('latin1', MAC_HEAD.length, MAC_HEAD.length + MAC_LENGTH);
  if (!/^[0-9a-f]{64}$/.test(mac)) return undefined;
  const hmac = createHmac('sha256', key);
  for (let at = BODY_START; at < bytes.length; at += CHUNK_BYTES) {
    hmac.update(bytes.subarray(at, Math.min(at + CHUNK_BYTES, bytes.length)));
    yield;
  }
  return timingSafeEqual(Buffer.from(mac, 'hex'), hmac.digest()) ? bytes.subarray(BODY_START) : undefined;
}

/** The lines of a body, as text, without their newlines. */
export function* bodyLines(body: Buffer): Generator<string, void, undefined> {
  for (const [start, end] of bodyLineRanges(body)) yield body.toString('utf8', start, end);
}

/** Where the lines of a body are: [start, end) in bytes, without their newlines. */
export function* bodyLineRanges(body: Buffer): Generator<readonly [number, number], void, undefined> {
  let start = 0;
  while (start < body.length) {
    let end = body.indexOf(0x0a, start);
    if (end < 0) end = body.length;
    yield [start, end];
    start = end + 1;
  }
}

/** The end of the JSON string that starts at `at` in `text` (just after its closing quote), or -1. */
function jsonStringEnd(text: string, at: number): number {
  if (text.charCodeAt(at) !== 0x22) return -1;
  for (let i = at + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i += 1;
    else if (c === 0x22) return i + 1;
  }
  return -1;
}

/** How much of a findings row is read to find its texts before the list (a person id is a folder's name). */
const ROW_HEAD_BYTES = 4096;

/**
 * A line `[tag, text, ..., list]` of `texts` JSON strings before a JSON list, read without parsing the
 * list: the texts, and where the list lies in `body` (to parse when it is wanted). Undefined when the
 * line does not start with `tag` and that many strings, or does not end with the list's bracket.
 */
export function rowHead(body: Buffer, start: number, end: number, tag: string, texts: number): { readonly texts: string[]; readonly list: readonly [number, number] } | undefined {
  const opening = `[${JSON.stringify(tag)},`;
  if (body.toString('latin1', start, Math.min(end, start + opening.length)) !== opening || body[end - 1] !== 0x5d) return undefined;
  const head = body.toString('utf8', start, Math.min(end, start + ROW_HEAD_BYTES));
  const out: string[] = [];
  let at = opening.length;
  for (let i = 0; i < texts; i++) {
    const after = jsonStringEnd(head, at);
    if (after < 0 || head.charCodeAt(after) !== 0x2c) return undefined;
    const text: unknown = JSON.parse(head.slice(at, after));
    if (typeof text !== 'string') return undefined;
    out.push(text);
    at = after + 1;
  }
  const listStart = start + Buffer.byteLength(head.slice(0, at));
  return listStart < end - 1 ? { texts: out, list: [listStart, end - 1] } : undefined;
}

/** The JSON value in `body` between `start` and `end`, or undefined when it is not JSON. */
export function jsonAt(body: Buffer, start: number, end: number): unknown {
  try {
    return JSON.parse(body.toString('utf8', start, end)) as unknown;
  } catch {
    return undefined;
  }
}

/** A body written as lines: cut into chunks of about CHUNK_BYTES, with its MAC. One step per line joined and per chunk signed. */
export function* signedChunkSteps(lines: readonly string[], key: Uint8Array): Steps<{ readonly mac: Buffer; readonly chunks: readonly string[] }> {
  const chunks: string[] = [];
  let pending: string[] = [];
  let size = 0;
  const hmac = createHmac('sha256', key);
  const cut = () => {
    const chunk = pending.join('');
    hmac.update(chunk);
    chunks.push(chunk);
    pending = [];
    size = 0;
  };
  for (const line of lines) {
    pending.push(line, '\n');
    size += line.length + 1;
    if (size >= CHUNK_BYTES) {
      cut();
      yield;
    }
  }
  if (pending.length) cut();
  return { mac: hmac.digest(), chunks };
}

/** Whole numbers from 0 up, as base64 of varints (7 bits a byte, the high bit saying more follow). */
export function varintsText(numbers: ArrayLike<number>): string {
  const bytes = Buffer.allocUnsafe(numbers.length * 8);
  let at = 0;
  for (let i = 0; i < numbers.length; i++) {
    let n = numbers[i] as number;
    while (n >= 0x80) {
      bytes[at++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    bytes[at++] = n;
  }
  return bytes.toString('base64', 0, at);
}

/** A number of more continuation bytes than this (over 2^56) is refused: longer than any offset in a file the loader reads. */
const MAX_VARINT_BYTES = 7;

/** The numbers of varintsText, or undefined when `text` is not text or ends inside a number. */
export function varintsOf(text: unknown): number[] | undefined {
  const bytes = varintBytes(text);
  if (!bytes) return undefined;
  const out = new Array<number>(bytes.count);
  eachVarint(bytes, (n, at) => {
    out[at] = n;
    return true;
  });
  return out;
}

/** A file's line starts ([0, then strictly increasing]) as text: the length of each line but the last. */
export function lineStartsText(lineStarts: readonly number[]): string {
  const lengths = new Array<number>(Math.max(0, lineStarts.length - 1));
  for (let i = 1; i < lineStarts.length; i++) lengths[i - 1] = (lineStarts[i] as number) - (lineStarts[i - 1] as number);
  return varintsText(lengths);
}

/** The line starts of lineStartsText, or undefined when the text does not make them (a line of no length). */
export function lineStartsOf(text: unknown): number[] | undefined {
  const bytes = varintBytes(text);
  if (!bytes) return undefined;
  const out = new Array<number>(bytes.count + 1);
  out[0] = 0;
  const whole = eachVarint(bytes, (length, at) => {
    out[at + 1] = (out[at] as number) + length;
    return length > 0;
  });
  return whole ? out : undefined;
}

/** Calls `take` with each number of varint bytes and its place, in turn; false as soon as `take` refuses one. */
function eachVarint(bytes: Buffer, take: (n: number, at: number) => boolean): boolean {
  let at = 0;
  let n = 0;
  let scale = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    n += (b & 0x7f) * scale;
    if (b & 0x80) {
      scale *= 0x80;
      continue;
    }
    if (!take(n, at++)) return false;
    n = 0;
    scale = 1;
  }
  return true;
}

/**
 * The bytes of varintsText with how many numbers they hold, or undefined when `text` is not text, ends
 * inside a number, or holds a number longer than any offset in a file the loader reads.
 */
function varintBytes(text: unknown): (Buffer & { readonly count: number }) | undefined {
  if (typeof text !== 'string') return undefined;
  const bytes = Buffer.from(text, 'base64');
  let count = 0;
  let run = 0;
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] as number) & 0x80) {
      run += 1;
      if (run > MAX_VARINT_BYTES) return undefined;
    } else {
      count += 1;
      run = 0;
    }
  }
  if (run > 0) return undefined;
  return Object.assign(bytes, { count });
}

/**
 * Packed spans [pathId, start, end, ...] as text: per span its path id, how far its start lies from the
 * previous span's (zigzag: forward even, back odd) and its length. Packed spans that are not whole
 * triples with end >= start are not written: undefined.
 */
export function packedSpansText(packed: readonly number[]): string | undefined {
  if (packed.length % 3 !== 0) return undefined;
  const numbers = new Array<number>(packed.length);
  let previous = 0;
  for (let i = 0; i < packed.length; i += 3) {
    const start = packed[i + 1] as number;
    const length = (packed[i + 2] as number) - start;
    if (length < 0) return undefined;
    const step = start - previous;
    numbers[i] = packed[i] as number;
    numbers[i + 1] = step >= 0 ? step * 2 : -step * 2 - 1;
    numbers[i + 2] = length;
    previous = start;
  }
  return varintsText(numbers);
}

/** The packed spans of packedSpansText, or undefined when the text does not make whole spans inside a file. */
export function packedSpansOfText(text: unknown): number[] | undefined {
  const numbers = varintsOf(text);
  if (!numbers || numbers.length % 3 !== 0) return undefined;
  let previous = 0;
  for (let i = 0; i < numbers.length; i += 3) {
    const step = numbers[i + 1] as number;
    const start = previous + (step % 2 === 0 ? step / 2 : -(step + 1) / 2);
    if (start < 0) return undefined;
    numbers[i + 1] = start;
    numbers[i + 2] = start + (numbers[i + 2] as number);
    previous = start;
  }
  return numbers;
}

/** The largest offset packed spans may hold as a packed triple (an Int32Array). */
const MAX_OFFSET = 0x7fffffff;

/**
 * The packed spans of packedSpansText as an Int32Array (kept off the heap the collector copies), or
 * undefined when the text does not make whole spans inside a file: what packedSpansOfText refuses, and
 * any number past MAX_OFFSET (no notes file the loader reads is that long).
 */
export function packedTriplesOfText(text: unknown): Int32Array | undefined {
  const bytes = varintBytes(text);
  if (!bytes || bytes.count % 3 !== 0) return undefined;
  const out = new Int32Array(bytes.count);
  let start = 0;
  const whole = eachVarint(bytes, (n, at) => {
    const slot = at % 3;
    let value = n;
    if (slot === 1) value = start = start + (n % 2 === 0 ? n / 2 : -(n + 1) / 2);
    else if (slot === 2) value = start + n;
    out[at] = value;
    return value >= 0 && value <= MAX_OFFSET;
  });
  return whole ? out : undefined;
}
