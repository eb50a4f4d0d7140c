// The warm start gives exactly what a cold load gives: the same findings, the same index and the same
// view models, on the sample and on a generated folder, and after each kind of change between two
// starts (a changed file, a file touched with the same content, a file replaced with the same size and
// times, a person removed, a person added). Also the shortcuts the cache's reading takes: data taken as
// it is only where zod would give it back unchanged, and spans decoded straight into packed triples.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { ensureNotesRepo } from '../../bench/generateNotes';
import { DEFAULT_SETTINGS } from '../../src/core/checks/settings';
import type { CheckContext } from '../../src/core/checks/rule';
import { packedSpansOfText, packedTriplesOfText, varintsText } from '../../src/core/reading/cacheFile';
import { loadWithCache } from '../../src/core/reading/loadCache';
import { schemaVerdict } from '../../src/core/reading/schemaConforms';
import { schemaForKind } from '../../src/core/schema';
import { SAMPLE_DAY } from '../../src/core/sample/sampleCopy';
import { needsAttention, rankFinding } from '../../src/core/workspace/attention';
import { CheckedNotes } from '../../src/core/workspace/checkedNotes';
import { loadCheckedNotes, type LoadedRoot } from '../../src/core/workspace/loadCheckedNotes';
import { openTopics, personDescription } from '../../src/core/workspace/sidebarModel';
import { indexSnapshot } from './indexSnapshot';

const ctx: CheckContext = { today: SAMPLE_DAY, settings: DEFAULT_SETTINGS };
const SAMPLE = join(__dirname, '..', '..', '..', 'examples', 'notes', 'one-on-ones');

/** Private notes as plain data: a warm start reads a stand-in for them (never cached), a cold load the text. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'private' && typeof v === 'string' ? '(private notes)' : v))) as unknown;
}

/** Everything the views show of the checked notes, as plain data: findings, index, Needs Attention, People. */
function everything(notes: CheckedNotes): unknown {
  const index = notes.index;
  const grouped = Object.fromEntries(notes.grouped());
  const attention = [...notes.grouped().values()].flat().filter(needsAttention).map((f) => {
    const person = f.file.slice(0, f.file.indexOf('/'));
    return [f.file, f.code, f.message, rankFinding(f, index.notes(person))];
  });
  const people = index.people().map((p) => {
    const notesOf = index.notes(p.id);
    return notesOf ? [p.id, personDescription(notesOf, ctx.today), openTopics(notesOf, ctx)] : [p.id];
  });
  return plain({ grouped, index: indexSnapshot(index), attention, people });
}

/** What a fresh check finds: every file loaded afresh, every rule run, no cache. */
function fresh(root: string): CheckedNotes {
  const notes = new CheckedNotes(loadWithCache(root, undefined).index);
  notes.recheck(ctx);
  return notes;
}

describe('the warm start gives what a cold load gives', function () {
  this.timeout(120_000); // a few hundred files loaded several times over
  let dir: string;
  let root: string;
  let cachePath: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'warm-same-'));
    cachePath = join(dir, 'cache.jsonl');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const sample = () => {
    root = join(dir, 'sample');
    cpSync(SAMPLE, root, { recursive: true });
  };
  const generated = () => {
    root = join(dir, 'generated');
    ensureNotesRepo(root, { seed: 11, people: 8, weeks: 16 });
  };
  // A minute from now every file looks settled, so its stat is trusted without reading it.
  const start = (): Promise<LoadedRoot> => loadCheckedNotes(root, ctx, { cachePath, now: Date.now() + 60_000 });
  /** The warm start's models against a fresh check of the files as they are now. */
  const assertSameAsFresh = (warm: LoadedRoot) => {
    const cold = fresh(root);
    assert.deepEqual(everything(warm.notes), everything(cold));
  };
  const someFile = (pattern: RegExp) => {
    const file = fresh(root).index.files().find((f) => pattern.test(f));
    assert.ok(file, `a file like ${pattern}`);
    return file;
  };

  for (const [name, make] of [['the sample', sample], ['a generated folder', generated]] as const) {
    it(`with nothing changed: every file and person from the cache, the same findings, index and view models (${name})`, async () => {
      make();
      await start();
      const warm = await start();
      const people = warm.notes.index.people().length;
      assert.deepEqual([warm.stats.cache, warm.stats.misses, warm.stats.saved], ['warm', 0, false]);
      assert.deepEqual(warm.checks, { people, reused: people, teamReused: true });
      assertSameAsFresh(warm);
    });
  }

  it('a changed file: read again, its person checked again, the same as a cold load', async () => {
    generated();
    await start();
    const file = someFile(/\/\d{4}-\d{2}-\d{2}\.yaml$/);
    writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}agenda:\n  - Something new to talk about\n`);
    const warm = await start();
    assert.equal(warm.stats.misses, 1);
    assert.equal(warm.checks?.reused, (warm.checks?.people ?? 0) - 1);
    assertSameAsFresh(warm);
  });

  it('a file touched with the same content: read and hashed again, not parsed, nobody checked again', async () => {
    generated();
    await start();
    const file = someFile(/person\.yaml$/);
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(root, file), later, later);
    const warm = await start();
    assert.deepEqual([warm.stats.hits, warm.stats.misses, warm.stats.saved], [warm.stats.files, 0, true], 'the new stat is recorded');
    assert.deepEqual(warm.checks, { people: warm.checks?.people, reused: warm.checks?.people, teamReused: true });
    assertSameAsFresh(warm);
    assert.equal((await start()).stats.saved, false, 'then settled again');
  });

  it('a file replaced with the same size and times: read again by its new inode and change time', async () => {
    generated();
    const file = someFile(/\/\d{4}-\d{2}-\d{2}\.yaml$/);
    const path = join(root, file);
    const old = new Date(Date.now() - 3_600_000);
    utimesSync(path, old, old);
    const before = statSync(path);
    await start();
    const text = readFileSync(path, 'utf8');
    const changed = text.replace(/(agenda|topics):/, (key) => (key === 'topics:' ? 'tpics: ' : 'agnda: '));
    assert.notEqual(changed, text);
    assert.equal(Buffer.byteLength(changed), Buffer.byteLength(text), 'same size');
    rmSync(path);
    writeFileSync(path, changed);
    utimesSync(path, old, old);
    assert.deepEqual([statSync(path).size, statSync(path).mtimeMs], [before.size, before.mtimeMs], 'the same size and modification time');
    const warm = await start();
    assert.equal(warm.stats.misses, 1);
    assertSameAsFresh(warm);
  });

  it('a person removed and a person added: only the new person checked, with the team rules', async () => {
    generated();
    await start();
    const people = fresh(root).index.people().map((p) => p.id);
    rmSync(join(root, people[0] as string), { recursive: true });
    cpSync(join(root, people[1] as string), join(root, 'zoe-new'), { recursive: true });
    const warm = await start();
    assert.deepEqual(warm.checks, { people: people.length, reused: people.length - 1, teamReused: false });
    assert.ok(warm.notes.index.person('zoe-new') && !warm.notes.index.person(people[0] as string));
    assertSameAsFresh(warm);
    assertSameAsFresh(await start());
  });
});

describe('data taken from the cache as it is', () => {
  /** Every file's data as the loader reads it, on the sample and a generated folder. */
  const loadedData = (() => {
    let cached: [keyof typeof schemaForKind, unknown][] | undefined;
    return () => {
      if (cached) return cached;
      const dir = mkdtempSync(join(tmpdir(), 'conforms-'));
      try {
        ensureNotesRepo(join(dir, 'generated'), { seed: 5, people: 6, weeks: 12 });
        cached = [SAMPLE, join(dir, 'generated')].flatMap((root) => {
          const index = loadWithCache(root, undefined).index;
          return index.files().flatMap((file) => {
            const loaded = index.loaded(file);
            return loaded && loaded.kind !== 'other' && loaded.data !== undefined ? [[loaded.kind, JSON.parse(JSON.stringify(loaded.data))] as [keyof typeof schemaForKind, unknown]] : [];
          });
        });
        return cached;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
  })();
  /** 'yes' only where zod takes the value and gives back the same data, keys in the same order; 'no' only where zod refuses it. */
  const agrees = (kind: keyof typeof schemaForKind, value: unknown) => {
    const verdict = schemaVerdict(schemaForKind[kind], value);
    const parsed = schemaForKind[kind].safeParse(value);
    if (verdict === 'yes') assert.ok(parsed.success && JSON.stringify(parsed.data) === JSON.stringify(value), `zod gives back the same data: ${JSON.stringify(value)}`);
    if (verdict === 'no') assert.equal(parsed.success, false, `zod refuses it: ${JSON.stringify(value)}`);
    return verdict;
  };

  it('takes every file the loader read (zod\'s own output) as it is, on the sample and a generated folder', () => {
    const data = loadedData();
    assert.ok(data.length > 100 && new Set(data.map(([kind]) => kind)).size === 3, `${data.length} files of every kind`);
    for (const [kind, value] of data) assert.equal(agrees(kind, value), 'yes', JSON.stringify(value).slice(0, 200));
  });

  it('never vouches for data zod would refuse or change: random edits anywhere in the data', () => {
    const data = loadedData();
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(null, true, false, 0, -1, 2.5, '', 'open', 'supportive', 'me', '2026-03-04', '<a placeholder>', 'not-yet', 'weekly', 'a topic'),
        fc.string(), fc.integer(),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('id', 'date', 'name', 'stance', 'kind', 'text', 'done', 'extra', 'topics', '__proto__'), tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    /** `value` with the node at `path` (a random walk down) replaced, dropped, or given a key. */
    const edit = (value: unknown, steps: readonly number[], how: number, replacement: unknown): unknown => {
      if (value === null || typeof value !== 'object') return replacement;
      const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
      const keys = Object.keys(copy);
      if (keys.length === 0 || steps.length === 0) {
        if (how === 0) return replacement;
        if (Array.isArray(copy)) copy.push(replacement);
        else copy[how === 1 ? 'extra' : 'topics'] = replacement;
        return copy;
      }
      const key = keys[(steps[0] as number) % keys.length] as string;
      if (steps.length === 1 && how === 1) {
        if (Array.isArray(copy)) copy.splice(Number(key), 1);
        else delete copy[key];
        return copy;
      }
      (copy as Record<string, unknown>)[key] = edit((copy as Record<string, unknown>)[key], steps.slice(1), how, replacement);
      return copy;
    };
    fc.assert(fc.property(
      fc.nat(data.length - 1), fc.array(fc.nat(20), { maxLength: 5 }), fc.nat(2), json,
      (at, steps, how, replacement) => {
        const [kind, value] = data[at] as [keyof typeof schemaForKind, unknown];
        agrees(kind, edit(value, steps, how, replacement));
      },
    ), { numRuns: Number(process.env.FC_RUNS ?? 2000) });
  });

  it('leaves to zod what it does not vouch for: keys out of the schema\'s order, a default to fill in', () => {
    assert.equal(agrees('person', { name: 'Ada Lee', role: 'Engineer', professional: false }), 'yes');
    assert.equal(agrees('person', { role: 'Engineer', name: 'Ada Lee', professional: false }), 'unknown');
    assert.equal(agrees('person', { name: 'Ada Lee', role: 'Engineer' }), 'unknown', 'professional, which zod fills in');
    assert.equal(agrees('person', { name: 42, professional: false }), 'no');
    assert.equal(agrees('person', { name: 'Ada Lee', professional: false, planted: true }), 'no');
    assert.equal(agrees('person', { name: 'Ada Lee', professional: false, away: [{ from: '2026-03-04', until: '2026-03-01' }] }), 'no', 'a refinement of the schema\'s own');
  });
});

describe('packed spans decoded straight from the cache\'s text', () => {
  it('give the triples of packedSpansOfText, and refuse what it refuses or what no file the loader reads can hold', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.nat(300), fc.nat(), fc.constant(2 ** 31), fc.maxSafeNat()), { maxLength: 30 }), (numbers) => {
      const text = varintsText(numbers);
      const slow = packedSpansOfText(text);
      const fast = packedTriplesOfText(text);
      if (fast) assert.deepEqual(Array.from(fast), slow);
      else assert.ok(!slow || slow.some((n) => n > 0x7fffffff), `refused only past the largest offset: ${JSON.stringify(numbers)}`);
    }), { numRuns: 2000 });
    assert.equal(packedTriplesOfText(42), undefined);
    assert.equal(packedTriplesOfText(Buffer.from([1, 0x80]).toString('base64')), undefined, 'cut short inside a number');
    assert.equal(packedTriplesOfText(varintsText([0, 1, 0])), undefined, 'a span that starts before the file does');
  });
});
