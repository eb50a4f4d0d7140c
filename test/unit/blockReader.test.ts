// The loader reads a notes file in the subset of YAML notes are written in straight from its text
// (blockReader.ts), before yaml's tokens (cstReader.ts) and yaml's Document. All three must give the same
// LoadedFile, to the order of keys and spans: every corpus of cstReader.test.ts is loaded the three ways
// and compared, and where the text reader reads a file, its data and spans are compared with the token
// reader's, field by field.
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import fc from 'fast-check';
import { readBlock } from '../../src/core/reading/blockReader';
import { readCst, type CstRead } from '../../src/core/reading/cstReader';
import { loadNotesFile } from '../../src/core/reading/loader';
import { SpanPathTable, withoutSpans } from '../../src/core/reading/packedSpans';
import { MAX_STRUCTURE } from '../../src/core/reading/structureBudget';
import { HOSTILE_SHAPES } from './hostile/shapes';
import { CORNERS, fixtures, generatedFiles, notesPath, sample, shown, withTypedMistakes } from './readerCorpora';

/** A reader's result with its path ids spelled out, and the types of its values. */
function spelled(read: CstRead | undefined, table: SpanPathTable): string | undefined {
  if (!read) return undefined;
  const spans: string[] = [];
  for (let i = 0; i + 2 < read.packed.length; i += 3) spans.push(`${table.paths[read.packed[i] as number] ?? '?'} ${read.packed[i + 1]}-${read.packed[i + 2]}`);
  const value = JSON.stringify(read.value, (_k, v: unknown) => (typeof v === 'number' ? `number ${String(v)}` : v === null ? 'null' : v));
  return JSON.stringify({ spans, value, empty: read.empty });
}

/** The text as the loader gives it to the readers: no byte order mark, a lone `\r` made `\n`. */
function readersText(text: string): string {
  return (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r(?!\n)/g, '\n');
}

/** Whether the text reader reads `text` (and then, that the token reader reads it the same). */
function readFromText(text: string): boolean {
  const source = readersText(text);
  const textTable = new SpanPathTable();
  const tokenTable = new SpanPathTable();
  const fromText = spelled(readBlock(source, textTable), textTable);
  if (fromText === undefined) return false;
  assert.equal(fromText, spelled(readCst(source, tokenTable), tokenTable), `read from the text as from the tokens:\n${text.slice(0, 400)}`);
  return true;
}

/** Loads `text` as `file` three ways (text, tokens, Document); asserts one LoadedFile; says whether the text reader read it. */
function sameThreeWays(file: string, text: string): boolean {
  const fromText = loadNotesFile(file, text);
  const fromTokens = loadNotesFile(file, text, { readText: false });
  const composed = loadNotesFile(file, text, { readTokens: false });
  if (fromText.findings.some((f) => f.code === 'format/too-deep')) {
    // Where yaml ran out of stack depends on the stack it was called with (see sameBothWays in cstReader.test.ts).
    assert.deepStrictEqual(withoutSpans(fromText), withoutSpans(composed));
    assert.deepStrictEqual(withoutSpans(fromText), withoutSpans(fromTokens));
    return false;
  }
  const what = `${file}:\n${text.slice(0, 400)}`;
  assert.deepStrictEqual(fromText, composed, what);
  assert.equal(shown(fromText), shown(composed), what);
  assert.equal(shown(fromText), shown(fromTokens), what);
  return readFromText(text);
}

const KINDS = ['ada/2026-03-04.yaml', 'ada/person.yaml', 'ada/feedback.yaml'];

/** Scalars that yaml's core schema reads as something other than text, or that look like YAML's marks. */
const TRICKY_SCALARS = [
  '1.0', "'1.0'", '"1.0"', 'yes', 'no', 'on', 'off', 'y', '0x1F', '0o17', '0b11', '1e3', '1E-3', '.5', '5.', '.inf', '-.Inf', '.nan', '.NaN',
  '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'FALSE', 'tRue', '08', '+4', '-3', '1_000', '12345678901234567890', '2026-03-04',
  '2026-3-4', '2026-03-04T10:00:00Z', '"a: b"', "'a: b'", '"# not a comment"', "'#'", "'it''s'", '"\\"q\\""', '"\\\\"', '"a\\/b"', '"\\n\\t"',
  '"\\x41"', '"\\u00e9"', '"\\ "', 'a # a comment', 'a#b', 'C#', 'http://example.com/a?b=c', 'a:b', 'a :b', 'é ü 日本', '🙂 done',
  'trailing   ', 'a  # two spaces', '<placeholder>', '[a, b]', '[]', '{}', '{ a: 1, b: [x] }', '{ a: "x, y" }', '[ "a", \'b\' ]',
  '[a,b,]', '{a: 1,}', '@at', '`tick`', '%pct', '&anchor x', '*alias', '!tag x', '!!str 12', '- a', 'a: b', '|', '|-', '>', '"open',
  "'open", '{ a: 1', 'x\u00a0', '\u00a0x', '"\u00a0"', 'a\u2028b', 'a\u0085b', 'a\u007fb', 'x\ufeffy',
];

const TRICKY_KEYS = ['notes', 'true', 'null', '~', '1', '1.50', '0x1F', 'yes', '__proto__', 'constructor', 'a-b', '_x', 'x y', '"quoted"', "'single'", 'k#'];

/** A notes file made of `values` and `keys`, with the line break, indentation and byte order mark given. */
const trickyFile = fc.record({
  values: fc.array(fc.oneof(
    { arbitrary: fc.constantFrom(...TRICKY_SCALARS), weight: 3 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 1 },
    { arbitrary: fc.constantFrom('open', 'positive', 'a plain text, with commas', "it's done"), weight: 6 },
  ), { minLength: 8, maxLength: 8 }),
  key: fc.constantFrom(...TRICKY_KEYS),
  indent: fc.constantFrom('  ', '    ', ' '),
  lineBreak: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  kind: fc.constantFrom(...KINDS),
  comment: fc.constantFrom('', ' # said', '  # said'),
}).map(({ values, key, indent, lineBreak, bom, kind, comment }) => {
  const v = (i: number): string => values[i] as string;
  const lines = [
    `date: ${v(0)}${comment}`, `notes: ${v(1)}`, 'agenda:', `${indent}- ${v(2)}`, `${indent}- ${v(3)}${comment}`,
    'feedback:', `${indent}- kind: ${v(4)}`, `${indent}  followUp: { state: ${v(5)}, date: ${v(6)} }${comment}`, `${key}: ${v(7)}`,
    'private: |', `${indent}${v(1)}`, '', `${indent}${v(2)}`,
  ];
  return { file: kind, text: `${bom ? '\uFEFF' : ''}${lines.join(lineBreak)}${lineBreak}` };
});

/** Shapes outside the subset read from the text: each gives up at once (and loads the same three ways). */
const OUTSIDE_THE_SUBSET: readonly [string, string][] = [
  ['a tab in the indentation', 'date: 2026-03-04\nagenda:\n\t- x\n'],
  ['a tab in a value', 'date: 2026-03-04\nnotes: a\tb\n'],
  ['folded block text', 'date: 2026-03-04\nnotes: >\n  folded\n'],
  ['block text that keeps its last line breaks', 'date: 2026-03-04\nnotes: |+\n  kept\n\n'],
  ['block text with an indentation indicator', 'date: 2026-03-04\nnotes: |2\n    x\n'],
  ['block text with a comment after its mark', 'date: 2026-03-04\nnotes: | # c\n  x\n'],
  ['block text starting with a blank line', 'date: 2026-03-04\nnotes: |\n\n  x\n'],
  ['block text with no line break at the end', 'date: 2026-03-04\nnotes: |\n  x'],
  ['block text with a line of spaces only', 'date: 2026-03-04\nnotes: |\n  x\n     \n  y\n'],
  ['plain text over two lines', 'date: 2026-03-04\nnotes: a plain text\n  that goes on\n'],
  ['quoted text over two lines', 'date: 2026-03-04\nnotes: "a quoted\n  text"\n'],
  ['single-quoted text over two lines', "date: 2026-03-04\nnotes: 'a quoted\n  text'\n"],
  ['an escape other than the common ones', 'date: 2026-03-04\nnotes: "\\x41"\n'],
  ['a unicode escape', 'date: 2026-03-04\nnotes: "\\u00e9"\n'],
  ['an anchor', 'date: &d 2026-03-04\n'],
  ['an alias', 'date: 2026-03-04\nnotes: *d\n'],
  ['a tag', 'date: !!str 2026-03-04\n'],
  ['a document start', '---\ndate: 2026-03-04\n'],
  ['a document end', 'date: 2026-03-04\n...\n'],
  ['a directive', '%YAML 1.2\n---\ndate: 2026-03-04\n'],
  ['an explicit key', '? date\n: 2026-03-04\n'],
  ['a quoted key', 'date: 2026-03-04\n"notes": x\n'],
  ['a key with a space', 'date: 2026-03-04\nmy notes: x\n'],
  ['a key over 1,000 characters', `date: 2026-03-04\n${'k'.repeat(1_001)}: x\n`],
  ['a repeated key', 'date: 2026-03-04\nnotes: x\nnotes: y\n'],
  ['a repeated key in a flow map', 'date: 2026-03-04\nfollowUp: { state: open, state: resolved }\n'],
  ['a flow list over two lines', 'date: 2026-03-04\nagenda: [a,\n  b]\n'],
  ['a flow list in a flow list', 'date: 2026-03-04\nagenda: [[a], b]\n'],
  ['a comment in a flow list', 'date: 2026-03-04\nagenda: [a, b # c\n  ]\n'],
  ['an empty item in a flow list', 'date: 2026-03-04\nagenda: [a, , b]\n'],
  ['a flow map key without a value', 'date: 2026-03-04\nfollowUp: { state }\n'],
  ['a comment line indented past what follows', 'date: 2026-03-04\nnotes: x\n  # c\nprivate: y\n'],
  ['a comment line at the end indented past the top', 'date: 2026-03-04\nnotes: x\n  # c\n'],
  ['a list after a key on its line', 'date: 2026-03-04\nagenda: - a\n'],
  ['a map after a key on its line', 'date: 2026-03-04\nnotes: a: b\n'],
  ['a comment with no space before it', 'date: 2026-03-04\nnotes: "x"#c\n'],
  ['a byte order mark inside the text', 'date: 2026-03-04\nnotes: a\uFEFFb\n'],
  ['a line separator', 'date: 2026-03-04\nnotes: a\u2028b\n'],
  ['a value starting with a dash', 'date: 2026-03-04\nnotes: -5\n'],
  ['a key more indented than the one before', 'date: 2026-03-04\n  notes: x\n'],
  ['a list item less indented than the one before', 'date: 2026-03-04\nagenda:\n  - a\n - b\n'],
  ['text at the top', 'just a text\n'],
  ['a flow map at the top', '{ date: 2026-03-04 }\n'],
  ['nesting past NOTES_LIMITS', 'a:\n b:\n  c:\n   d:\n    e:\n     f:\n      g:\n       h:\n        i: deep\n'],
  ['a list past NOTES_LIMITS', `date: 2026-03-04\nagenda:\n${'  - x\n'.repeat(2_001)}`],
  ['a map past NOTES_LIMITS', `date: 2026-03-04\nnotes:\n${Array.from({ length: 1_001 }, (_, i) => `  k${i}: x\n`).join('')}`],
  ['a flow list past NOTES_LIMITS', `date: 2026-03-04\nagenda: [${'x, '.repeat(2_001)}]\n`],
];

describe('notes files read straight from their text: the same LoadedFile as from tokens and as composing', () => {
  it('every file of the sample, each read from its text', function () {
    this.timeout(60_000);
    assert.ok(sample.length > 40, `${sample.length} sample files`);
    for (const { file, text } of sample) assert.ok(sameThreeWays(notesPath(file), text), `${file} is read from its text`);
  });

  it('every file of the test fixtures, each read from its text', function () {
    this.timeout(60_000);
    assert.ok(fixtures.length >= 5, `${fixtures.length} fixture files`);
    for (const { file, text } of fixtures) assert.ok(sameThreeWays(notesPath(file), text), `${file} is read from its text`);
  });

  it('every file the benchmark\'s generator makes for 16 people, each read from its text', function () {
    this.timeout(120_000);
    const files = generatedFiles(16);
    assert.ok(files.length > 2_000, `${files.length} generated files`);
    const notRead = files.filter(({ file, text }) => !sameThreeWays(file, text)).map((f) => f.file);
    assert.deepStrictEqual(notRead, []);
  });

  it('the core schema, scalar forms, comments and line breaks, as each kind of file', function () {
    this.timeout(60_000);
    let fromText = 0;
    for (const text of CORNERS) for (const file of KINDS) if (sameThreeWays(file, text)) fromText++;
    assert.ok(fromText >= 40, `${fromText} read from the text`);
  });

  it('what the text reader reads values as: dates and yes stay text, numbers and null as yaml 1.2 reads them', () => {
    const read = readBlock('a: 2026-03-04\nb: yes\nc: 0o17\nd: ~\ne: 1.50\nf: .nan\ng: "\\"q\\" \\\\"\nh: |\n  x\n\n  y\n\ni: |-\n  p\nj: \'it\'\'s\'\nk: { l: 0x1F }\nm: [1e3, n, null]\n1: one\nnull: two\n', new SpanPathTable());
    assert.deepStrictEqual(read?.value, {
      a: '2026-03-04', b: 'yes', c: 15, d: null, e: 1.5, f: Number.NaN, g: '"q" \\', h: 'x\n\ny\n', i: 'p', j: "it's",
      k: { l: 31 }, m: [1000, 'n', null], 1: 'one', '': 'two',
    });
  });

  it('every hostile shape, small and at a few kilobytes', function () {
    this.timeout(60_000);
    for (const shape of HOSTILE_SHAPES) for (const bytes of [200, 5_000]) sameThreeWays(shape.file, shape.make(bytes));
  });

  it('limits hold the same: a clean file too dense to read, or too large, is refused the same three ways', function () {
    this.timeout(60_000);
    const dense = `date: 2026-03-04\nnotes: |\n${'  a line\n'.repeat(MAX_STRUCTURE + 1)}`;
    assert.ok(readFromText(dense), 'the text alone would be read');
    sameThreeWays('ada/2026-03-04.yaml', dense);
    assert.equal(loadNotesFile('ada/2026-03-04.yaml', dense).findings[0]?.code, 'format/too-complex');
    const large = `date: 2026-03-04\nnotes: |\n${`  ${'x'.repeat(1_000)}\n`.repeat(1_100)}`;
    sameThreeWays('ada/2026-03-04.yaml', large);
    assert.equal(loadNotesFile('ada/2026-03-04.yaml', large).findings[0]?.code, 'format/too-large');
  });

  it('gives up at once on each shape outside its subset, and the file loads the same as from tokens', function () {
    this.timeout(60_000);
    for (const [what, text] of OUTSIDE_THE_SUBSET) {
      assert.equal(readBlock(readersText(text), new SpanPathTable()), undefined, what);
      for (const file of KINDS) assert.equal(sameThreeWays(file, text), false, what);
    }
  });

  it('tricky scalars and keys, Windows line breaks, a byte order mark, comments: the same three ways', function () {
    this.timeout(120_000);
    let fromText = 0;
    let runs = 0;
    fc.assert(fc.property(trickyFile, ({ file, text }) => {
      runs++;
      if (sameThreeWays(file, text)) fromText++;
    }), { numRuns: 2_000, seed: 20261202 });
    assert.ok(fromText > runs / 10, `${fromText} of ${runs} read from the text`);
  });

  it('sample files with mistakes typed into them: the same three ways, many still read from the text', function () {
    this.timeout(120_000);
    let fromText = 0;
    let runs = 0;
    fc.assert(fc.property(withTypedMistakes(sample), ({ file, text }) => {
      runs++;
      if (sameThreeWays(notesPath(file), text)) fromText++;
    }), { numRuns: 3_000, seed: 20261203 });
    assert.ok(fromText > runs / 4, `${fromText} of ${runs} read from the text`);
  });
});
