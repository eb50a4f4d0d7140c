// The loader reads a clean file from yaml's tokens (cstReader.ts) and composes yaml's Document for the
// rest. Both ways must give the same LoadedFile, to the order of keys: these tests load every file of
// the sample, of the fixtures, of the hostile shapes, thousands of generated files and thousands of
// files with mistakes typed into them, both ways, and compare.
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import fc from 'fast-check';
import { readCst } from '../../src/core/reading/cstReader';
import { loadNotesFile } from '../../src/core/reading/loader';
import { SpanPathTable, withoutSpans } from '../../src/core/reading/packedSpans';
import { HOSTILE_SHAPES } from './hostile/shapes';
import { CORNERS, fixtures, generatedFiles, notesPath, sample, shown, withTypedMistakes } from './readerCorpora';

/** Loads `text` as `file` both ways; asserts the same LoadedFile; says whether the tokens were read. */
function sameBothWays(file: string, text: string): boolean {
  const read = loadNotesFile(file, text, { readText: false });
  const composed = loadNotesFile(file, text, { readTokens: false });
  if (read.findings.some((f) => f.code === 'format/too-deep')) {
    // Nesting deep enough to run yaml out of stack: where it stopped, and so the spans recorded, depends
    // on the stack yaml was called with, on either path (see isTooDeepError in loader.ts).
    assert.deepStrictEqual(withoutSpans(read), withoutSpans(composed));
    return false;
  }
  assert.deepStrictEqual(read, composed, `${file}:\n${text.slice(0, 400)}`);
  assert.equal(shown(read), shown(composed), `${file}:\n${text.slice(0, 400)}`);
  return readCst(text.replace(/\r(?!\n)/g, '\n'), new SpanPathTable()) !== undefined;
}

describe('the loader reads clean files from tokens: the same LoadedFile as composing', () => {
  it('every file of the sample, each read from tokens', function () {
    this.timeout(60_000);
    assert.ok(sample.length > 40, `${sample.length} sample files`);
    for (const { file, text } of sample) assert.ok(sameBothWays(notesPath(file), text), `${file} is read from tokens`);
  });

  it('every file of the test fixtures', () => {
    assert.ok(fixtures.length >= 5, `${fixtures.length} fixture files`);
    for (const { file, text } of fixtures) assert.ok(sameBothWays(notesPath(file), text), `${file} is read from tokens`);
  });

  it('the core schema, scalar forms, comments, line breaks and what only composing reads, as each kind of file', () => {
    let fromTokens = 0;
    for (const text of CORNERS) {
      for (const file of ['ada/2026-03-04.yaml', 'ada/person.yaml', 'ada/feedback.yaml']) {
        if (sameBothWays(file, text)) fromTokens++;
      }
    }
    assert.ok(fromTokens >= 60, `${fromTokens} read from tokens`);
  });

  it('what the corners read as: dates and yes stay text, numbers and null are read as yaml 1.2 reads them', () => {
    const read = readCst('a: 2026-03-04\nb: yes\nc: 0o17\nd: ~\ne: 1.50\nf: .nan\ng: "\\x41\\u00e9"\nh: |+\n  x\n\ni: >-\n  p\n  q\n', new SpanPathTable());
    assert.deepStrictEqual(read?.value, { a: '2026-03-04', b: 'yes', c: 15, d: null, e: 1.5, f: Number.NaN, g: 'Aé', h: 'x\n\n', i: 'p q' });
  });

  it('every hostile shape, small and at a few kilobytes', function () {
    this.timeout(60_000);
    for (const shape of HOSTILE_SHAPES) {
      for (const bytes of [200, 5_000]) sameBothWays(shape.file, shape.make(bytes));
    }
  });

  it('a few thousand generated notes files (the benchmark\'s generator), each read from tokens', function () {
    this.timeout(120_000);
    const files = generatedFiles(16);
    assert.ok(files.length > 2_000, `${files.length} generated files`);
    let fromTokens = 0;
    for (const { file, text } of files) if (sameBothWays(file, text)) fromTokens++;
    assert.equal(fromTokens, files.length);
  });

  it('sample files with mistakes typed into them: the same either way, many still read from tokens', function () {
    this.timeout(120_000);
    const texts = sample;
    let fromTokens = 0;
    let runs = 0;
    fc.assert(fc.property(
      withTypedMistakes(texts),
      ({ file, text }) => {
        runs++;
        if (sameBothWays(notesPath(file), text)) fromTokens++;
      },
    ), { numRuns: 3_000, seed: 20261202 });
    assert.ok(fromTokens > runs / 4, `${fromTokens} of ${runs} read from tokens`);
  });
});
