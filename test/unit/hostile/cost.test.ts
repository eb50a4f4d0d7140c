// Hostile input, cost: whatever a notes file holds, loading it costs little. A file over the size cap is
// never read (its size is checked first); a file under the cap, of any shape, ends in a few plain
// findings: no throw, no `format/internal`, no thousands of findings. Time and memory are measured by
// `npm run bench`, not here.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { checkNotesRoot } from '../../../src/core/workspace/checkFolder';
import { checkPerson } from '../../../src/core/checks/engine';
import { personAnchor, type Rule } from '../../../src/core/checks/rule';
import { DEFAULT_SETTINGS } from '../../../src/core/checks/settings';
import type { Finding } from '../../../src/core/findings';
import { loadWithCache } from '../../../src/core/reading/loadCache';
import type { LoadedFile } from '../../../src/core/reading/loadedFile';
import { DEFAULT_MAX_BYTES, loadNotesFile, MAX_FINDINGS_PER_FILE, tooLargeFile } from '../../../src/core/reading/loader';
import { readNotesBytes } from '../../../src/core/reading/readNotesFile';
import { MAX_STRUCTURE, structureOverflow } from '../../../src/core/reading/structureBudget';
import { NOTES_LIMITS } from '../../../src/core/reading/yamlSpans';
import { notesOf } from '../checks/builders';
import { at } from '../loaderAssertions';
import { HOSTILE_SHAPES, largestParsed, type HostileShape } from './shapes';

const CTX = { today: '2026-03-10', settings: DEFAULT_SETTINGS };
const THREE_GB = 3 * 1024 ** 3;
/** The size at which each shape is parsed (under every limit but those it is about) in these tests. */
const SMALL = 6_000;

describe('hostile input: cost', () => {
  describe('a file over the size cap is refused from its size, never read', () => {
    let dir: string;
    let root: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'hostile-cost-'));
      root = join(dir, 'one-on-ones');
      mkdirSync(join(root, 'ada'), { recursive: true });
      writeFileSync(join(root, 'ada', 'person.yaml'), 'name: Ada\n');
      // Sparse: 3 GB long, no disk used. Reading it whole would fail (Node reads at most 2 GB) or cost 3 GB.
      writeFileSync(join(root, 'ada', '2026-03-04.yaml'), '');
      truncateSync(join(root, 'ada', '2026-03-04.yaml'), THREE_GB);
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const tooLarge = (findings: readonly Finding[]) => findings.filter((f) => f.code === 'format/too-large');

    it('a sparse 3 GB 1:1 file: format/too-large from checkNotesRoot, the person still loads', () => {
      const { index, findings } = checkNotesRoot(root, CTX);
      const [f, ...more] = tooLarge(findings);
      assert.equal(more.length, 0);
      assert.equal(f?.file, 'ada/2026-03-04.yaml');
      assert.equal(f?.message, 'This file is 3072.0 MB; 1:1 Coach reads notes files up to 1.0 MB, so it was not read. Split it, or move long texts elsewhere.');
      assert.equal(index.person('ada')?.name, 'Ada');
      assert.ok(!findings.some((x) => x.code === 'layout/unreadable' || x.code === 'format/internal'));
    });

    it('a sparse 3 GB 1:1 file: format/too-large from loadWithCache, cold and warm', () => {
      const cache = join(dir, 'cache.json');
      for (const start of ['cold', 'warm']) {
        const { index, stats } = loadWithCache(root, cache);
        assert.equal(stats.files, 2, start);
        assert.equal(tooLarge(index.findings()).length, 1, start);
        assert.equal(index.loaded('ada/2026-03-04.yaml')?.kind, 'oneOnOne', start);
      }
    });

    it('readNotesBytes: the size decides before reading; a FIFO in place of a file is refused, not waited on', function () {
      const small = join(dir, 'small.yaml');
      writeFileSync(small, 'name: Ada\n');
      assert.deepEqual(readNotesBytes(small, 5), { tooLarge: 10 });
      assert.equal(Buffer.from((readNotesBytes(small, 10) as { bytes: Uint8Array }).bytes).toString(), 'name: Ada\n');
      assert.deepEqual(readNotesBytes(join(root, 'ada', '2026-03-04.yaml')), { tooLarge: THREE_GB });
      const fifo = join(dir, 'fifo.yaml');
      if (process.platform === 'win32') this.skip(); // no FIFOs there
      assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
      assert.throws(() => readNotesBytes(fifo), /not a regular file/);
    });

    it('tooLargeFile gives what loadNotesFile gives for the same size', () => {
      const bytes = new Uint8Array(DEFAULT_MAX_BYTES + 1).fill(0x20);
      const read = loadNotesFile('ada/2026-03-04.yaml', bytes);
      const made = tooLargeFile('ada/2026-03-04.yaml', bytes.byteLength);
      assert.deepEqual({ ...made, spans: made.spans }, { ...read, spans: read.spans });
      assert.equal(tooLargeFile('ada/notes.yaml', THREE_GB).findings[0]?.code, 'format/outside-layout');
    });
  });

  describe('every hostile shape: a few plain findings, no throw, never format/internal', () => {
    /** The codes a load must give (each at least once), and the others it may give besides. */
    interface Expected {
      readonly must: readonly string[];
      readonly may?: readonly string[];
      /** At least one of these (when yaml's own limits decide which). */
      readonly some?: readonly string[];
    }
    const none: Expected = { must: [] };
    const tooComplex: Expected = { must: ['format/too-complex'] };
    const tooDeep: Expected = { must: ['format/too-deep'] };
    const capped = (code: string): Expected => ({ must: [code, 'format/too-many-findings'] });
    /**
     * Per shape: at the size cap (1 MiB), and at 6 KB (parsed, so what follows parsing is what answers).
     * The longest valid files are checked at 6 KB only: at full length they are the benchmark's.
     */
    const EXPECTED: Record<string, { readonly cap?: Expected; readonly small: Expected }> = {
      'flow list of empty maps': { cap: tooComplex, small: capped('format/schema') },
      'many list items': { cap: tooComplex, small: none },
      'many invalid topics': { cap: tooComplex, small: capped('format/schema') },
      'many empty feedback items': { cap: tooComplex, small: capped('format/schema') },
      'huge map of unknown keys': { cap: tooComplex, small: capped('format/unknown-key') },
      'huge flow map': { cap: tooComplex, small: { must: ['format/schema'] } },
      'one very long text': { cap: none, small: none },
      'one very long key': { cap: { must: ['format/syntax'] }, small: { must: ['format/syntax'] } },
      'many duplicate keys': { cap: tooComplex, small: capped('format/duplicate-key') },
      'many keys, each twice': { cap: tooComplex, small: capped('format/duplicate-key') },
      // yaml reads each a: b: c line as a map inside the one before: hundreds deep, and whether its stack
      // lasts depends on the caller's.
      'many syntax errors': { cap: tooComplex, small: { must: [], some: ['format/syntax', 'format/too-deep'], may: ['format/too-many-findings'] } },
      // Reading YAML mistakes stops at a hundred of them (yamlErrors.ts), so the rest may go uncounted.
      'many unclosed quotes': { cap: tooComplex, small: { must: ['format/syntax'], may: ['format/too-many-findings'] } },
      'many aliases': { cap: tooComplex, small: { must: ['format/too-many-aliases'] } },
      'many anchors': { cap: tooComplex, small: none },
      'many tags': { cap: tooComplex, small: capped('format/syntax') },
      'many complex keys': { cap: tooComplex, small: capped('format/unknown-key') },
      'deep flow lists': { cap: tooComplex, small: tooDeep },
      'deep flow maps': { cap: tooComplex, small: tooDeep },
      'deep block lists': { cap: tooDeep, small: tooDeep },
      'deep compact lists': { cap: tooComplex, small: tooDeep },
      'many comments': { cap: tooComplex, small: none },
      'many documents': { cap: tooComplex, small: { must: ['format/syntax'] } },
      'longest valid agenda': { small: none },
      'longest valid feedback log': { small: none },
      'longest valid topics': { small: none },
      'longest valid actions': { small: none },
    };

    /** A file's load findings: the expected codes, no others, within the cap, each message short. */
    function assertFindings(shape: HostileShape, findings: readonly Finding[], expected: Expected): void {
      const codes = new Set(findings.map((f) => f.code));
      const said = findings.map((f) => `${f.code} ${f.message}`).join(' | ').slice(0, 600);
      for (const code of expected.must) assert.ok(codes.has(code), `${shape.name}, expected ${code}; got ${said}`);
      for (const code of codes) assert.ok([...expected.must, ...(expected.may ?? []), ...(expected.some ?? [])].includes(code), `${shape.name}, unexpected ${code}; got ${said}`);
      if (expected.some) assert.ok(expected.some.some((code) => codes.has(code)), `${shape.name}, expected one of ${expected.some.join(', ')}; got ${said}`);
      assert.ok(findings.length <= MAX_FINDINGS_PER_FILE + 1, `${shape.name}, ${findings.length} findings`);
      // Short, plain messages: none repeats the file's content back.
      for (const f of findings) assert.ok(f.message.length < 300, `${shape.name}, a message of ${f.message.length} characters`);
    }

    function assertLoad(shape: HostileShape, loaded: LoadedFile, expected: Expected): void {
      assertFindings(shape, loaded.findings, expected);
      if (loaded.findings.some((f) => f.severity === 'error')) assert.equal(loaded.data, undefined, shape.name);
      else assert.notEqual(loaded.data, undefined, `${shape.name}, no errors, so its data is read`);
    }

    it('the table above names every shape', () => {
      assert.deepEqual(Object.keys(EXPECTED).sort(), HOSTILE_SHAPES.map((s) => s.name).sort());
    });

    for (const shape of HOSTILE_SHAPES) {
      const expected = EXPECTED[shape.name];
      const sizes = expected?.cap ? '1 MiB and 6 KB' : '6 KB';
      it(`${shape.name} (${shape.what}), ${sizes}: ${[...new Set([...(expected?.cap?.must ?? []), ...(expected?.small.must ?? [])])].join(', ') || 'read, no findings'}`, () => {
        assert.ok(expected);
        if (expected.cap) {
          const big = shape.make(DEFAULT_MAX_BYTES);
          assert.ok(Buffer.byteLength(big) > DEFAULT_MAX_BYTES * 0.99, `${shape.name}: ${big.length} bytes`);
          assertLoad(shape, loadNotesFile(shape.file, big), expected.cap);
        }
        assertLoad(shape, loadNotesFile(shape.file, shape.make(SMALL)), expected.small);
      });
    }

    // Nested shapes at the largest size the loader still parses (the benchmark's "parsed" row): thousands
    // of levels within the size cap. Nothing on the way to format/too-deep may recurse once a level.
    for (const name of ['deep compact lists', 'many syntax errors', 'deep flow lists', 'deep block lists']) {
      it(`${name}, as large as the loader still parses: format/too-deep, never a stack overflow`, function () {
        this.timeout(20_000); // up to a MiB of YAML parsed: a second or two on a busy machine
        const shape = HOSTILE_SHAPES.find((s) => s.name === name) as HostileShape;
        const text = largestParsed(shape, DEFAULT_MAX_BYTES);
        assert.ok(Buffer.byteLength(text) > 4 * SMALL, `${name}: only ${text.length} bytes`);
        assertFindings(shape, loadNotesFile(shape.file, text).findings, tooDeep);
      });
    }

    it('the whole check path over every shape at once (6 KB each): the same load findings, no check fails', function () {
      this.timeout(30_000); // 26 files parsed and checked: seconds on a busy machine
      const dir = mkdtempSync(join(tmpdir(), 'hostile-shapes-'));
      try {
        const files = HOSTILE_SHAPES.map((shape, i) => {
          const file = shape.file.replace(/^ada\//, `p${i}/`);
          mkdirSync(join(dir, `p${i}`));
          writeFileSync(join(dir, `p${i}`, 'person.yaml'), `name: Person ${i}\n`);
          writeFileSync(join(dir, file), shape.make(SMALL));
          return file;
        });
        const { findings } = checkNotesRoot(dir, CTX);
        assert.ok(!findings.some((f) => f.code === 'internal/check-failed' || f.code === 'format/internal'));
        HOSTILE_SHAPES.forEach((shape, i) => {
          const expected = EXPECTED[shape.name];
          assert.ok(expected);
          assertFindings(shape, findings.filter((f) => f.file === files[i] && f.code.startsWith('format/')), expected.small);
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('limits: past them a plain finding on the right line, up to them the file is read', () => {
    const ONE_ON_ONE = 'ada/2026-03-04.yaml';
    const DATE = 'date: 2026-03-04\n';
    const one = (loaded: LoadedFile): Finding => {
      assert.equal(loaded.findings.length, 1, loaded.findings.map((f) => `${f.code} ${f.message}`).join(' | '));
      return loaded.findings[0] as Finding;
    };

    it(`a list of ${NOTES_LIMITS.listItems} items is read; one more is format/too-long on the list's key`, () => {
      const list = (n: number) => `${DATE}notes: hello\nagenda:\n${'  - Roadmap\n'.repeat(n)}`;
      const read = loadNotesFile(ONE_ON_ONE, list(NOTES_LIMITS.listItems));
      assert.deepEqual(read.findings, []);
      assert.equal(read.kind === 'oneOnOne' && read.data?.agenda.length, NOTES_LIMITS.listItems);
      const f = one(loadNotesFile(ONE_ON_ONE, list(NOTES_LIMITS.listItems + 1)));
      assert.equal(f.code, 'format/too-long');
      assert.equal(at(f.range), '2:0-2:7');
      assert.equal(f.message, '"agenda" is a list of 2,001 items; a list in notes never needs more than 2,000, so this file was not read. Remove what does not belong here.');
    });

    it(`a map of more than ${NOTES_LIMITS.mapKeys} keys is format/too-long where the map starts, once, not a finding per key`, () => {
      const keys = (n: number) => Array.from({ length: n }, (_, i) => `  k${i}: 1\n`).join('');
      const f = one(loadNotesFile(ONE_ON_ONE, `${DATE}topics:\n  - id: a\n    stance: plan\n    review:\n${keys(1001).replace(/^/gm, '    ')}`));
      assert.equal(f.code, 'format/too-long');
      assert.equal(at(f.range), '4:4-4:11');
      assert.match(f.message, /^"review" holds 1,001 keys; notes never need more than 1,000 in one place/);
      // 1,000 unknown keys: read, and reported as the cap allows.
      const many = loadNotesFile(ONE_ON_ONE, `${DATE}${keys(999).replace(/^ {2}/gm, '')}`);
      assert.equal(many.findings.length, MAX_FINDINGS_PER_FILE + 1);
      assert.equal(many.findings.at(-1)?.message, '899 more problems in this file are not shown; fix the ones above first.');
    });

    it(`nesting ${NOTES_LIMITS.depth} levels deep is read (and its schema problem reported); one deeper is format/too-deep on its line`, () => {
      // The document's map is level 1, topics 2, the topic 3, review 4: then lists inside lists.
      const nest = (levels: number) => `${DATE}topics:\n  - id: a\n    stance: plan\n    review:\n      outcome: ${'['.repeat(levels - 4)}x${']'.repeat(levels - 4)}\n`;
      const eight = loadNotesFile(ONE_ON_ONE, nest(NOTES_LIMITS.depth));
      assert.deepEqual(eight.findings.map((f) => f.code), ['format/schema']);
      const f = one(loadNotesFile(ONE_ON_ONE, nest(NOTES_LIMITS.depth + 1)));
      assert.equal(f.code, 'format/too-deep');
      assert.equal(at(f.range), '5:19-5:26');
      assert.equal(f.message, 'Lists and keys are nested more than 8 levels deep here; notes never need more than 4, so this file was not read. Write it flatter, or put the text in quotes.');
      // Block style, two places: one finding each.
      const block = `${DATE}notes:\n${Array.from({ length: 10 }, (_, i) => `${' '.repeat(2 * i + 2)}k${i}:`).join('\n')} x\nprivate:\n${Array.from({ length: 10 }, (_, i) => `${' '.repeat(2 * i + 2)}k${i}:`).join('\n')} x\n`;
      const both = loadNotesFile(ONE_ON_ONE, block).findings;
      assert.deepEqual(both.map((x) => `${x.code} ${x.range.start.line}`), ['format/too-deep 8', 'format/too-deep 19']);
    });

    it('nesting deeper than the parser follows (tens of thousands of brackets): one format/too-deep, no parser jargon', () => {
      const text = `${DATE}agenda: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
      const f = one(loadNotesFile(ONE_ON_ONE, text));
      assert.equal(f.code, 'format/too-deep');
      assert.equal(f.range.start.line, 1);
    });

    it(`a text denser than ${MAX_STRUCTURE.toLocaleString('en-US')} lines, items, keys and quotes is format/too-complex, unparsed, on the line where the count ran over`, () => {
      const lines = (n: number) => `${DATE}notes: |\n${'  a\n'.repeat(n)}`;
      // The date line and the notes line hold two marks each (a colon and a space, a line break).
      const fits = lines(MAX_STRUCTURE - 4);
      assert.equal(structureOverflow(fits), undefined);
      assert.deepEqual(loadNotesFile(ONE_ON_ONE, fits).findings, []);
      const f = one(loadNotesFile(ONE_ON_ONE, lines(MAX_STRUCTURE - 3)));
      assert.equal(f.code, 'format/too-complex');
      assert.equal(at(f.range), `${MAX_STRUCTURE - 2}:0-${MAX_STRUCTURE - 2}:3`);
      assert.equal(f.message, 'This file holds more lines, list items, keys and quotes than notes ever need (over 30,000 by this line), so it was not read. Split it into smaller files, or remove what was pasted in.');
    });

    it('the marks counted: line breaks once (CRLF too), indicators only before a space, quotes, brackets and commas anywhere', () => {
      const marks = (text: string) => {
        let n = 0;
        while (structureOverflow(text, n) !== undefined) n++;
        return n;
      };
      assert.equal(marks('name: Ada'), 1);
      assert.equal(marks('time: 10:30'), 1);
      assert.equal(marks('a-b - c\r\n- d\re'), 4);
      assert.equal(marks("it's [a, b] {c} \"d\" !t &x *x ?"), 10);
      assert.equal(marks('plain words only'), 0);
    });

    it('thousands of schema problems: the first ones as findings, the rest counted exactly in one more', () => {
      const loaded = loadNotesFile(ONE_ON_ONE, `${DATE}topics:\n${'  - x\n'.repeat(1900)}`);
      assert.equal(loaded.findings.length, MAX_FINDINGS_PER_FILE + 1);
      assert.ok(loaded.findings.slice(0, -1).every((f) => f.code === 'format/schema'));
      assert.equal(loaded.findings.at(-1)?.message, '1800 more problems in this file are not shown; fix the ones above first.');
    });

    it('a rule that returns a finding per entry, hundreds of thousands of them: all kept, the check does not fail', () => {
      const many: Rule = {
        id: 'test/many', defaultSeverity: 'info', title: 'Many', guidance: 'None.', doc: { why: '', example: '', settings: [] },
        check: (notes) => Array.from({ length: 300_000 }, () => ({ code: 'test/many', severity: 'info' as const, message: 'one', ...personAnchor(notes) })),
      };
      const found = checkPerson(notesOf({ 'person.yaml': 'name: P\n' }), CTX, [many]);
      assert.equal(found.length, 300_000);
      assert.ok(!found.some((f) => f.code === 'internal/check-failed'));
    });
  });
});
