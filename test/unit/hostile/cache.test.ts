// Hostile input for the warm-start cache: a cache that arrives with the notes (a cloned repository), one
// whose rows are well-formed JSON but wrong, links planted where the cache goes, files changed behind
// their stat, and private notes that must never be written into it. Each case: what the start reports,
// no throw, the same index as a cold load, and nothing of the planted content in any finding.
import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import {
  existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { cacheKey, removeOldCaches } from '../../../src/core/reading/cacheKey';
import { packedSpansOfText, packedSpansText, varintsOf, varintsText } from '../../../src/core/reading/cacheFile';
import { CACHE_FOLDER, loadWithCache, notesCachePath, PRIVATE_STAND_IN, removeLoadCache, signedCacheText } from '../../../src/core/reading/loadCache';
import type { NotesIndex } from '../../../src/core/people/notesIndex';
import { DEFAULT_SETTINGS } from '../../../src/core/checks/settings';
import { CheckedNotes } from '../../../src/core/workspace/checkedNotes';
import { loadCheckedNotes } from '../../../src/core/workspace/loadCheckedNotes';
import { indexSnapshot } from '../indexSnapshot';

const PLANTED = 'PLANTED-BY-A-CLONE';
const SECRET = 'SECRET-PRIVATE-LINE';

const files: Record<string, string> = {
  'ada/person.yaml': 'name: Ada Lee\n',
  'ada/2026-03-04.yaml': 'date: 2026-03-04\ntopics:\n  - id: estimates\n    stance: supportive\n    gap: skill\n',
  'ada/2026-03-11.yaml': `date: 2026-03-11\nprivate: ${SECRET}\ntopics:\n  - id: estimates\n    stance: socratic\n    questions: [Why?]\n`,
  'ada/feedback.yaml': 'feedback:\n  - kind: positive\n    observed: 2026-03-01\n    given: not-yet\n    behaviour: Helped.\n',
  'bo/2026-03-04.yaml': 'date: 2026-03-04\nagnda: typo\n',
};
const FILE_COUNT = Object.keys(files).length;

/** A file's row: ['f', path, content hash, stat key, line starts, packed spans, load findings, data]. */
type Row = unknown[] & { 6: Record<string, unknown>[] | unknown; 7: Record<string, unknown> | unknown };
interface Body { head: { version: string; paths: string[]; texts: string[] }; rows: Row[] }

describe('hostile input: the warm-start cache', () => {
  let dir: string;
  let root: string;
  let cachePath: string;
  const key = randomBytes(32);

  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  const cold = (): NotesIndex => loadWithCache(root, undefined).index;
  const start = () => loadWithCache(root, cachePath, { key });
  /** The signed body of the cache as written by the last start: its head line and its rows (after the MAC's line). */
  const body = (): Body => {
    const [head, ...rows] = readFileSync(cachePath, 'utf8').split('\n').slice(1, -1).map((line) => JSON.parse(line) as unknown);
    return { head: head as Body['head'], rows: rows as Row[] };
  };
  const bodyText = (b: Body) => [b.head, ...b.rows].map((line) => `${JSON.stringify(line)}\n`).join('');
  const resign = (b: Body) => writeFileSync(cachePath, signedCacheText(bodyText(b), key));
  const row = (b: Body, file: string): Row => {
    const found = b.rows.find((r) => r[0] === 'f' && r[1] === file);
    assert.ok(found, `${file} is in the cache`);
    return found;
  };
  /** Changes a row's packed spans as numbers, [pathId, start, end, ...]. */
  const respan = (r: Row, change: (packed: number[]) => void) => {
    const packed = packedSpansOfText(r[5]);
    assert.ok(packed && packed.length >= 3);
    change(packed);
    r[5] = packedSpansText(packed);
  };
  /** The index as plain data; a warm start reads private notes as a stand-in, the rest is the same as a cold one. */
  const snapshot = (index: NotesIndex) => JSON.parse(JSON.stringify(indexSnapshot(index)).replaceAll(SECRET, PRIVATE_STAND_IN)) as unknown;
  const messages = (index: NotesIndex) => index.findings().map((f) => `${f.message} ${f.summary ?? ''} ${f.guidance ?? ''}`).join('\n');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hostile-cache-'));
    root = join(dir, 'notes');
    cachePath = notesCachePath(root);
    for (const [file, text] of Object.entries(files)) write(file, text);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('where it is and who can read it', () => {
    it('lives in a hidden folder of the notes folder, readable by its owner only, with a .gitignore of its own', () => {
      assert.equal(start().stats.saved, true);
      assert.equal(dirname(cachePath), join(root, CACHE_FOLDER));
      assert.equal(statSync(cachePath).mode & 0o777, 0o600);
      assert.equal(statSync(dirname(cachePath)).mode & 0o777, 0o700);
      assert.match(readFileSync(join(root, CACHE_FOLDER, '.gitignore'), 'utf8'), /^\*$/m);
      assert.deepEqual(cold().files(), start().index.files(), 'the walk does not read the cache folder as a person');
    });

    it('never writes over a .gitignore that is already there', () => {
      mkdirSync(join(root, CACHE_FOLDER));
      writeFileSync(join(root, CACHE_FOLDER, '.gitignore'), 'mine\n');
      assert.equal(start().stats.saved, true);
      assert.equal(readFileSync(join(root, CACHE_FOLDER, '.gitignore'), 'utf8'), 'mine\n');
    });

    it('holds no private notes, and a warm start still knows the 1:1 was written', () => {
      const first = start();
      assert.ok(!readFileSync(cachePath, 'utf8').includes(SECRET), 'no private text in the cache');
      const warm = start();
      assert.equal(warm.stats.hits, FILE_COUNT);
      assert.ok(!readFileSync(cachePath, 'utf8').includes(SECRET), 'nor after a warm start');
      const entry = (index: NotesIndex) => index.oneOnOnes('ada').find((o) => o.date === '2026-03-11');
      assert.equal(entry(first.index)?.data?.private, SECRET, 'a cold load reads the file');
      assert.equal(entry(warm.index)?.data?.private, PRIVATE_STAND_IN);
      assert.equal(entry(warm.index)?.written, true);
    });

    it('a template placeholder in private notes: the 1:1 is still unwritten after a warm start', () => {
      write('ada/2026-03-18.yaml', 'date: 2026-03-18\nprivate: <only for you>\n');
      const entry = (index: NotesIndex) => index.oneOnOnes('ada').find((o) => o.date === '2026-03-18');
      assert.equal(entry(start().index)?.written, false);
      assert.equal(entry(start().index)?.written, false, 'warm');
    });

    it('is deleted with its folder when turned off, and nothing else is', () => {
      start();
      removeLoadCache(cachePath);
      assert.equal(existsSync(join(root, CACHE_FOLDER)), false);
      start();
      writeFileSync(join(root, CACHE_FOLDER, 'notes.txt'), 'mine');
      removeLoadCache(cachePath);
      assert.deepEqual(readdirSync(join(root, CACHE_FOLDER)), ['notes.txt'], 'a file of the user\'s stays, and so does the folder');
    });
  });

  describe('a cache that arrives with the notes', () => {
    it('is ignored when it is signed with another key (a crafted cache in a cloned repository)', () => {
      loadWithCache(root, cachePath, { key: randomBytes(32) });
      const b = body();
      row(b, 'bo/2026-03-04.yaml')[6] = [];
      writeFileSync(cachePath, signedCacheText(bodyText(b), randomBytes(32)));
      const { index, stats } = start();
      assert.deepEqual(stats, { files: FILE_COUNT, hits: 0, misses: FILE_COUNT, cache: 'unsigned', saved: true });
      assert.deepEqual(snapshot(index), snapshot(cold()));
      assert.equal(start().stats.cache, 'warm', 'replaced by a cache signed with this machine\'s key');
    });

    it('is ignored when a signed cache was changed afterwards', () => {
      start();
      writeFileSync(cachePath, readFileSync(cachePath, 'utf8').replace('Ada Lee', PLANTED.slice(0, 7)));
      const { index, stats } = start();
      assert.equal(stats.cache, 'unsigned');
      assert.ok(!messages(index).includes(PLANTED.slice(0, 7)) && index.person('ada')?.name === 'Ada Lee');
    });

    it('is ignored when it is larger than any real cache (not read into memory)', () => {
      mkdirSync(dirname(cachePath), { recursive: true });
      writeFileSync(cachePath, '');
      truncateSync(cachePath, 300 * 1024 * 1024); // sparse: no disk space used
      assert.equal(start().stats.cache, 'corrupt');
    });

    it('is not read through a link to a file outside the notes folder, and the link is replaced, not followed', () => {
      const outside = join(dir, 'outside.json');
      writeFileSync(outside, PLANTED);
      mkdirSync(dirname(cachePath), { recursive: true });
      symlinkSync(outside, cachePath);
      const { stats } = start();
      assert.deepEqual([stats.cache, stats.saved], ['missing', true]);
      assert.equal(readFileSync(outside, 'utf8'), PLANTED, 'the link\'s target is untouched');
    });

    it('writes nothing when its folder is a link to somewhere else', () => {
      const elsewhere = join(dir, 'elsewhere');
      mkdirSync(elsewhere);
      symlinkSync(elsewhere, join(root, CACHE_FOLDER));
      const { index, stats } = start();
      assert.deepEqual([stats.cache, stats.saved], ['missing', false]);
      assert.deepEqual(readdirSync(elsewhere), []);
      assert.deepEqual(snapshot(index), snapshot(cold()));
    });

    it('never writes through a link planted where its temporary file goes', () => {
      const target = join(dir, 'target.txt');
      writeFileSync(target, PLANTED);
      mkdirSync(dirname(cachePath), { recursive: true });
      symlinkSync(target, `${cachePath}.${process.pid}.tmp`);
      assert.equal(start().stats.saved, true);
      assert.equal(readFileSync(target, 'utf8'), PLANTED);
    });
  });

  describe('signed rows that are well-formed JSON but wrong: those files load afresh, the rest stay warm', () => {
    const findingsOf = (r: Row) => r[6] as Record<string, unknown>[];
    const bad: [string, string, (r: Row, b: Body) => void][] = [
      ['data that the schema refuses', 'ada/person.yaml', (r) => { r[7] = { name: 42, [PLANTED]: true }; }],
      ['data of the wrong type', 'ada/2026-03-04.yaml', (r) => { r[7] = PLANTED; }],
      ['data on a file that holds none', 'bo/2026-03-04.yaml', (r) => { r[7] = { date: '2026-03-04' }; }],
      ['a finding without a message', 'bo/2026-03-04.yaml', (r) => { findingsOf(r)[0]!.message = undefined; }],
      ['a finding of another file', 'bo/2026-03-04.yaml', (r) => { findingsOf(r)[0]!.file = 'ada/person.yaml'; }],
      ['a finding of an unknown severity', 'bo/2026-03-04.yaml', (r) => { findingsOf(r)[0]!.severity = 'fatal'; }],
      ['a finding on a line the file does not have', 'bo/2026-03-04.yaml', (r) => {
        (findingsOf(r) as unknown as { range: { start: { line: number } } }[])[0]!.range.start.line = 99;
      }],
      ['a planted finding', 'ada/feedback.yaml', (r) => {
        r[6] = [{ code: 'format/syntax', severity: 'error', message: PLANTED, file: 'ada/feedback.yaml', range: { start: { line: 0, character: 0 }, end: { line: 0 } } }];
      }],
      ['findings that are not a list', 'ada/feedback.yaml', (r) => { r[6] = { 0: PLANTED }; }],
      ['line starts that are not text', 'ada/2026-03-11.yaml', (r) => { r[4] = [0, 17]; }],
      ['line starts with a line of no length', 'ada/2026-03-11.yaml', (r) => { r[4] = varintsText([17, 0, 20]); }],
      ['line starts cut short inside a number', 'ada/2026-03-11.yaml', (r) => { r[4] = Buffer.from([17, 0x80]).toString('base64'); }],
      ['a span past the end of the file', 'ada/2026-03-04.yaml', (r) => respan(r, (p) => { p[2] = 1_000_000; })],
      ['a span that starts before the file does', 'ada/2026-03-04.yaml', (r) => { r[5] = varintsText([0, 1, 0]); }],
      ['a span path that is not in the table', 'ada/2026-03-04.yaml', (r, b) => respan(r, (p) => { p[0] = b.head.paths.length + 5; })],
      ['packed spans cut short', 'ada/2026-03-04.yaml', (r) => { const n = varintsOf(r[5])!; n.pop(); r[5] = varintsText(n); }],
      ['packed spans that are not text', 'ada/2026-03-04.yaml', (r) => { r[5] = [0, 0, 4]; }],
      ['the parts of another file\'s row', 'ada/2026-03-04.yaml', (r, b) => { const other = row(b, 'ada/person.yaml'); r.splice(4, 4, ...other.slice(4)); }],
      ['a part the cache never writes', 'ada/person.yaml', (r) => { r.push(PLANTED); }],
      ['a row of a kind the cache never writes', 'ada/person.yaml', (r) => { r[0] = PLANTED; }],
      ['a stat key that is not text', 'ada/person.yaml', (r) => { r[3] = 7; }],
      ['a row that is not a list', 'ada/person.yaml', (r, b) => { b.rows[b.rows.indexOf(r)] = PLANTED as unknown as Row; }],
    ];
    for (const [what, file, damage] of bad) {
      it(`a row with ${what}`, () => {
        start();
        const b = body();
        damage(row(b, file), b);
        resign(b);
        let result: ReturnType<typeof start> | undefined;
        assert.doesNotThrow(() => { result = start(); });
        const { index, stats } = result!;
        assert.deepEqual(stats, { files: FILE_COUNT, hits: FILE_COUNT - 1, misses: 1, cache: 'warm', saved: true });
        assert.deepEqual(snapshot(index), snapshot(cold()));
        assert.ok(!messages(index).includes(PLANTED), 'nothing planted is shown');
        assert.equal(start().stats.hits, FILE_COUNT, 'the cache is whole again');
      });
    }

    it('every row wrong at once: a cold start, no throw', () => {
      start();
      const b = body();
      for (const r of b.rows) { r[6] = PLANTED; r[5] = varintsText([0, 1, 0]); }
      resign(b);
      const { index, stats } = start();
      assert.deepEqual([stats.hits, stats.misses], [0, FILE_COUNT]);
      assert.deepEqual(snapshot(index), snapshot(cold()));
    });
  });

  describe('signed findings that are well-formed JSON but wrong: that person is checked afresh, the rest stay warm', () => {
    const ctx = { today: '2026-04-01', settings: DEFAULT_SETTINGS };
    const checkedStart = () => loadCheckedNotes(root, ctx, { cachePath, key });
    /** Every finding of a fresh check of the files, by file, as plain data. */
    const fresh = () => {
      const notes = new CheckedNotes(cold());
      notes.recheck(ctx);
      return plain(notes);
    };
    const plain = (notes: CheckedNotes) => JSON.parse(JSON.stringify(Object.fromEntries(notes.grouped())).replaceAll(SECRET, PRIVATE_STAND_IN)) as unknown;
    const personRow = (b: Body, id: string) => {
      const found = b.rows.find((r) => r[0] === 'p' && r[1] === id);
      assert.ok(found, `${id}'s findings are in the cache`);
      return found as unknown as [string, string, string, unknown[][]];
    };
    const text = (b: Body, value: string) => b.head.texts.push(value) - 1;
    const bad: [string, 'ada' | 'team', (findings: unknown[][], b: Body) => void][] = [
      ['a shared text past the end of the table', 'ada', (f, b) => { f[0]![0] = b.head.texts.length + 3; }],
      ['a message that is not text', 'ada', (f) => { f[0]![2] = 42; }],
      ['a finding on another person\'s file', 'ada', (f, b) => { f[0]![3] = text(b, 'bo/2026-03-04.yaml'); }],
      ['a finding on a line its file does not have', 'ada', (f) => { f[0]![4] = [99, 0, 99, 1]; }],
      ['a range of three numbers', 'ada', (f) => { f[0]![4] = [0, 0, 1]; }],
      ['a severity there is not', 'ada', (f, b) => { f[0]![1] = text(b, 'fatal'); }],
      ['a planted fix with a command there is not', 'ada', (f, b) => { f[0]![8] = [[text(b, PLANTED), [], { kind: 'run', line: PLANTED }]]; }],
      ['a planted fix that edits a file of the notes', 'ada', (f, b) => { f[0]![8] = [[text(b, 'Fix'), [[text(b, 'ada/person.yaml'), [40, 0, 40, 0], PLANTED]], 0]]; }],
      ['a finding with a part too many', 'ada', (f) => { f[0]!.push(PLANTED); }],
      ['a finding that is not a list', 'ada', (f) => { f[0] = PLANTED as unknown as unknown[]; }],
      ['a team finding on a file there is not', 'team', (f, b) => { f.push([...f[0] ?? [0, 0, PLANTED, 0, [0, 0, 0, 0], -1, -1, 0, 0]]); f.at(-1)![3] = text(b, 'zed/person.yaml'); f.at(-1)![4] = [3, 0, 3, 1]; }],
    ];
    for (const [what, whose, damage] of bad) {
      it(`${whose === 'team' ? 'the team rules\' findings' : 'a person\'s findings'} with ${what}`, async () => {
        const first = await checkedStart();
        assert.ok((first.notes.findingsFor('ada/feedback.yaml').length + first.notes.findingsFor('ada/2026-03-11.yaml').length) > 0, 'ada has findings');
        const b = body();
        if (whose === 'team') {
          const team = b.rows.find((r) => r[0] === 't') as unknown as [string, string, unknown[][]];
          damage(team[2], b);
        } else {
          damage(personRow(b, 'ada')[3], b);
        }
        resign(b);
        const { notes, checks } = await checkedStart();
        assert.deepEqual(checks, whose === 'team' ? { people: 2, reused: 2, teamReused: false } : { people: 2, reused: 1, teamReused: true });
        assert.deepEqual(plain(notes), fresh());
        assert.ok(!JSON.stringify(plain(notes)).includes(PLANTED), 'nothing planted is shown');
        assert.deepEqual((await checkedStart()).checks, { people: 2, reused: 2, teamReused: true }, 'the cache is whole again');
      });
    }
  });

  describe('changes that keep a file\'s size and modification time (cp -p, rsync -t, tar)', () => {
    // A minute from now every file looks settled, so its stat is trusted without reading it.
    const later = () => loadWithCache(root, cachePath, { key, now: Date.now() + 60_000 });

    it('a same-size edit with the old modification time put back is read again', () => {
      const file = 'ada/2026-03-04.yaml';
      const old = new Date(Date.now() - 3_600_000);
      utimesSync(join(root, file), old, old);
      later();
      assert.equal(later().stats.hits, FILE_COUNT);
      write(file, files[file]!.replace('supportive', 'socratic!!'));
      assert.equal(statSync(join(root, file)).size, Buffer.byteLength(files[file]!), 'same size');
      utimesSync(join(root, file), old, old);
      const { index, stats } = later();
      assert.equal(stats.misses, 1);
      assert.deepEqual(snapshot(index), snapshot(cold()));
      assert.equal(index.loaded(file)?.kind === 'oneOnOne' && index.loaded(file)?.data, undefined, 'the edited file no longer validates');
    });

    it('a file put in place of another (a new inode) with the same size and times is read again', () => {
      const file = 'ada/person.yaml';
      const old = new Date(Date.now() - 3_600_000);
      utimesSync(join(root, file), old, old);
      later();
      rmSync(join(root, file));
      write(file, 'name: Ada Ng\n'.padEnd(Buffer.byteLength(files[file]!), ' '));
      utimesSync(join(root, file), old, old);
      const { index } = later();
      assert.equal(index.person('ada')?.name, 'Ada Ng');
    });
  });

  describe('the key and the caches of older versions, in the extension\'s storage', () => {
    it('makes one key readable by its owner only, keeps it, and replaces a damaged one', () => {
      const storage = join(dir, 'storage');
      const first = cacheKey(storage);
      assert.equal(first?.length, 32);
      assert.equal(statSync(join(storage, 'cache-key')).mode & 0o777, 0o600);
      assert.deepEqual(cacheKey(storage), first);
      writeFileSync(join(storage, 'cache-key'), PLANTED);
      const replaced = cacheKey(storage);
      assert.equal(replaced?.length, 32);
      assert.notDeepEqual(replaced, first);
    });

    it('deletes the caches older versions kept there (they held note text), and nothing else', () => {
      const storage = join(dir, 'storage');
      mkdirSync(storage);
      const old = `notes-${'a'.repeat(40)}.json`;
      for (const name of [old, `${old}.123.tmp`, 'cache-key', 'samples', 'notes-of-mine.json']) writeFileSync(join(storage, name), SECRET);
      assert.equal(removeOldCaches(storage), 2);
      assert.deepEqual(readdirSync(storage).sort(), ['cache-key', 'notes-of-mine.json', 'samples']);
      assert.equal(removeOldCaches(join(dir, 'no-such-folder')), 0);
    });
  });
});
