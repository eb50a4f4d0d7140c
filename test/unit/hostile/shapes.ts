// Hostile notes files, generated to any size: the shapes that cost yaml, zod or the loader the most per
// byte. The hostile-input suite loads each one (test/unit/hostile/cost.test.ts); `npm run bench`
// measures each one's time and memory. Not a test file itself.
import { structureOverflow } from '../../../src/core/reading/structureBudget';
import { NOTES_LIMITS } from '../../../src/core/reading/yamlSpans';

export interface HostileShape {
  readonly name: string;
  /** What it is, in a few words. */
  readonly what: string;
  /** The notes file it is loaded as (its kind decides the schema). */
  readonly file: string;
  /** The text, as close to `bytes` UTF-8 bytes as its repeating unit allows, never over. */
  make(bytes: number): string;
}

/** `head`, then `unit(i)` for i = 0, 1, ... (at most `count`) while it fits in `bytes` with `tail`; ASCII only. */
function fill(bytes: number, head: string, unit: (i: number) => string, tail = '', count = Infinity): string {
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; i < count; i++) {
    const u = unit(i);
    if (size + u.length > bytes) break;
    parts.push(u);
    size += u.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** `open` n times, `middle`, `close` n times: as deep as fits. */
function nested(bytes: number, head: string, open: string, middle: string, close: string, tail: string): string {
  const n = Math.max(0, Math.floor((bytes - head.length - middle.length - tail.length) / (open.length + close.length)));
  return `${head}${open.repeat(n)}${middle}${close.repeat(n)}${tail}`;
}

const ONE_ON_ONE = 'ada/2026-03-04.yaml';
/** The most items a list may hold (NOTES_LIMITS.listItems). */
const LONGEST = NOTES_LIMITS.listItems;
const DATE = 'date: 2026-03-04\n';

export const HOSTILE_SHAPES: readonly HostileShape[] = [
  { name: 'flow list of empty maps', what: 'agenda: [{}, {}, ...]', file: ONE_ON_ONE, make: (b) => fill(b, `${DATE}agenda: [`, (i) => (i ? ', {}' : '{}'), ']\n') },
  { name: 'many list items', what: 'agenda: - a, one a line', file: ONE_ON_ONE, make: (b) => fill(b, `${DATE}agenda:\n`, () => '- a\n') },
  { name: 'many invalid topics', what: 'topics: - x, one a line', file: ONE_ON_ONE, make: (b) => fill(b, `${DATE}topics:\n`, () => '- x\n') },
  { name: 'many empty feedback items', what: 'feedback: - {}, one a line', file: 'ada/feedback.yaml', make: (b) => fill(b, 'feedback:\n', () => '- {}\n') },
  { name: 'huge map of unknown keys', what: 'k0: 1, k1: 1, ... at the top', file: 'ada/person.yaml', make: (b) => fill(b, 'name: Ada\n', (i) => `k${i}: 1\n`) },
  { name: 'huge flow map', what: 'notes: {k0: 1, k1: 1, ...}', file: ONE_ON_ONE, make: (b) => fill(b, `${DATE}notes: {`, (i) => (i ? `, k${i}: 1` : 'k0: 1'), '}\n') },
  { name: 'one very long text', what: 'notes: xxxx... on one line', file: ONE_ON_ONE, make: (b) => fill(b, `${DATE}notes: `, () => 'x'.repeat(1000), '\n') },
  { name: 'one very long key', what: 'yyyy...: 1', file: ONE_ON_ONE, make: (b) => fill(b, DATE, () => 'y'.repeat(1000), ': 1\n') },
  { name: 'many duplicate keys', what: 'name: A, again and again', file: 'ada/person.yaml', make: (b) => fill(b, '', () => 'name: A\n') },
  { name: 'many keys, each twice', what: 'k0 ... kN, then k0 ... kN again', file: 'ada/person.yaml', make: (b) => {
    const half = fill(Math.floor(b / 2), '', (i) => `k${i}: 1\n`);
    return half + half;
  } },
  { name: 'many syntax errors', what: 'a: b: c, one a line', file: ONE_ON_ONE, make: (b) => fill(b, DATE, () => 'a: b: c\n') },
  { name: 'many unclosed quotes', what: '", one a line', file: ONE_ON_ONE, make: (b) => fill(b, DATE, () => '"\n') },
  { name: 'many aliases', what: 'agenda: - *a, one a line', file: ONE_ON_ONE, make: (b) => fill(b, `${DATE}x: &a b\nagenda:\n`, () => '- *a\n') },
  { name: 'many anchors', what: 'agenda: - &aN b, one a line', file: ONE_ON_ONE, make: (b) => fill(b, `${DATE}agenda:\n`, (i) => `- &a${i} b\n`) },
  { name: 'many tags', what: 'agenda: - !x a, one a line', file: ONE_ON_ONE, make: (b) => fill(b, `${DATE}agenda:\n`, () => '- !x a\n') },
  { name: 'many complex keys', what: '? [N] : 1, again and again', file: ONE_ON_ONE, make: (b) => fill(b, DATE, (i) => `? [${i}]\n: 1\n`) },
  { name: 'deep flow lists', what: 'agenda: [[[[...]]]]', file: ONE_ON_ONE, make: (b) => nested(b, `${DATE}agenda: `, '[', 'x', ']', '\n') },
  { name: 'deep flow maps', what: 'notes: {a: {a: ...}}', file: ONE_ON_ONE, make: (b) => nested(b, `${DATE}notes: `, '{a: ', '1', '}', '\n') },
  { name: 'deep block lists', what: '- on each line, one space further in', file: ONE_ON_ONE, make: (b) => {
    let text = `${DATE}agenda:\n`;
    for (let indent = ''; text.length + indent.length + 4 <= b; indent += ' ') text += `${indent}-\n`;
    return text;
  } },
  { name: 'deep compact lists', what: '- - - - ... x on one line', file: ONE_ON_ONE, make: (b) => nested(b, `${DATE}agenda:\n`, '- ', 'x', '', '\n') },
  { name: 'many comments', what: '# c, one a line', file: ONE_ON_ONE, make: (b) => fill(b, DATE, () => '# c\n') },
  { name: 'many documents', what: '---, one a line', file: ONE_ON_ONE, make: (b) => fill(b, DATE, () => '---\n') },
  // Valid notes, as long as the limits allow: every check runs over every item.
  { name: 'longest valid agenda', what: `${LONGEST} agenda items`, file: ONE_ON_ONE, make: (b) => fill(b, `${DATE}agenda:\n`, (i) => `- Talk about the roadmap, part ${i}\n`, '', LONGEST) },
  { name: 'longest valid feedback log', what: `${LONGEST} corrective items, none given yet`, file: 'ada/feedback.yaml',
    make: (b) => fill(b, 'feedback:\n', (i) => `- {kind: corrective, observed: 2026-01-01, given: not-yet, behaviour: Late again ${i}, topic: t${i % 50}}\n`, '', LONGEST) },
  { name: 'longest valid topics', what: `${LONGEST} topics in one 1:1, each supportive`, file: ONE_ON_ONE,
    make: (b) => fill(b, `${DATE}topics:\n`, (i) => `- {id: t${i}, stance: supportive, expectation: x}\n`, '', LONGEST) },
  { name: 'longest valid actions', what: `${LONGEST} overdue actions`, file: ONE_ON_ONE,
    make: (b) => fill(b, `${DATE}actions:\n`, (i) => `- {text: Do it ${i}, owner: me, due: 2026-03-05}\n`, '', LONGEST) },
];

/**
 * The shape at nearly the largest size up to `maxBytes` (within half a percent) at which it stays within
 * the structure budget: the costliest file of that shape the loader parses rather than refuses outright.
 */
export function largestParsed(shape: HostileShape, maxBytes: number): string {
  let text = shape.make(maxBytes);
  for (let over = structureOverflow(text); over !== undefined; over = structureOverflow(text)) {
    // Marks are spread evenly through a shape: cut to where the count ran over, then a little more.
    const bytes = Math.min(Math.floor(Buffer.byteLength(text) * 0.995), Math.max(over, 1));
    text = shape.make(bytes);
  }
  return text;
}
