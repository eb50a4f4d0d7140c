import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { cacheVersion, loadWithCache, readLoadCache, signedCacheText } from '../../src/core/reading/loadCache';
import { indexSnapshot } from './indexSnapshot';

const files: Record<string, string> = {
  'ada/person.yaml': 'name: Ada Lee\n',
  'ada/2026-03-04.yaml': 'date: 2026-03-04\ntopics:\n  - id: estimates\n    stance: supportive\n    gap: skill\n',
  'ada/2026-03-11.yaml': 'date: 2026-03-11\ntopics:\n  - id: estimates\n    stance: socratic\n    questions: [Why?]\n',
  'ada/feedback.yaml': 'feedback:\n  - kind: positive\n    observed: 2026-03-01\n    given: not-yet\n    behaviour: Helped.\n',
  'bo/2026-03-04.yaml': 'date: 2026-03-04\nagnda: typo\n',
};

describe('loadWithCache', () => {
  let dir: string;
  let root: string;
  let cachePath: string;

  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'load-cache-'));
    root = join(dir, 'notes');
    cachePath = join(dir, 'cache', 'loaded.json');
    for (const [file, text] of Object.entries(files)) write(file, text);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads everything on the first start and writes the cache', () => {
    const { index, stats } = loadWithCache(root, cachePath);
    assert.deepEqual(stats, { files: 5, hits: 0, misses: 5, cache: 'missing', saved: true });
    assert.deepEqual(index.people().map((p) => p.id), ['ada', 'bo']);
    assert.equal(readLoadCache(cachePath, cacheVersion()).cache, 'warm');
  });

  it('reuses every file on a warm start, with the same index as a cold one', () => {
    const cold = loadWithCache(root, cachePath).index;
    const { index, stats } = loadWithCache(root, cachePath);
    assert.deepEqual(stats, { files: 5, hits: 5, misses: 0, cache: 'warm', saved: false });
    assert.deepEqual(indexSnapshot(index), indexSnapshot(cold));
  });

  it('reloads only a changed file, drops a removed one, loads an added one', () => {
    loadWithCache(root, cachePath);
    write('ada/2026-03-11.yaml', 'date: 2026-03-11\ntopics:\n  - id: estimates\n    stance: plan\n    goals: [One]\n');
    rmSync(join(root, 'bo/2026-03-04.yaml'));
    write('cy/person.yaml', 'name: Cy\n');
    const { index, stats } = loadWithCache(root, cachePath);
    assert.deepEqual(stats, { files: 5, hits: 3, misses: 2, cache: 'warm', saved: true });
    assert.deepEqual(index.topicThreads('ada')[0]?.conversations.map((c) => c.stance), ['supportive', 'plan']);
    assert.deepEqual(index.people().map((p) => p.id), ['ada', 'cy']);
    const again = loadWithCache(root, cachePath);
    assert.equal(again.stats.hits, 5);
    assert.deepEqual(indexSnapshot(again.index), indexSnapshot(loadWithCache(root, join(dir, 'fresh.json')).index), 'ranges from reused packed spans');
  });

  it('unpacks spans only when a range is asked for', () => {
    const cold = loadWithCache(root, join(dir, 'fresh.json')).index;
    loadWithCache(root, cachePath);
    const { index, stats } = loadWithCache(root, cachePath);
    assert.equal(stats.hits, 5);
    const loaded = index.loaded('ada/2026-03-04.yaml');
    assert.ok(loaded && typeof Object.getOwnPropertyDescriptor(loaded, 'spans')?.get === 'function', 'still packed');
    assert.deepEqual(index.topicThreads('ada')[0]?.conversations[0]?.range, cold.topicThreads('ada')[0]?.conversations[0]?.range);
    assert.deepEqual(loaded.spans, cold.loaded('ada/2026-03-04.yaml')?.spans);
  });

  const key = randomBytes(32);
  for (const [name, content, cache] of [
    ['is not JSON', () => '{"version": "x", "files": [[\u0000', 'unsigned'],
    ['is empty', () => '', 'unsigned'],
    ['is signed JSON of another shape', () => signedCacheText('[1, 2, 3]', key), 'corrupt'],
    ['is signed but not JSON', () => signedCacheText('{"version": "x", "files": [[\u0000', key), 'corrupt'],
    ['is signed but has no table of paths', () => signedCacheText(JSON.stringify({ version: cacheVersion(), files: [] }), key), 'corrupt'],
  ] as const) {
    it(`falls back to a full load when the cache ${name}`, () => {
      const cold = loadWithCache(root, undefined).index;
      mkdirSync(dirname(cachePath), { recursive: true });
      writeFileSync(cachePath, content());
      const { index, stats } = loadWithCache(root, cachePath, { key });
      assert.deepEqual(stats, { files: 5, hits: 0, misses: 5, cache, saved: true });
      assert.deepEqual(indexSnapshot(index), indexSnapshot(cold));
      assert.equal(loadWithCache(root, cachePath, { key }).stats.cache, 'warm', 'the cache is written afresh');
    });
  }

  it('reads and writes nothing but the notes without a cache path', () => {
    const { index, stats } = loadWithCache(root, undefined);
    assert.deepEqual(stats, { files: 5, hits: 0, misses: 5, cache: 'off', saved: false });
    assert.equal(index.files().length, 5);
  });

  it('ignores a cache written by another version', () => {
    loadWithCache(root, cachePath, { version: '1.0.0' });
    const { stats } = loadWithCache(root, cachePath, { version: '1.0.1' });
    assert.deepEqual(stats, { files: 5, hits: 0, misses: 5, cache: 'outdated', saved: true });
  });

  it('still loads when the cache cannot be written', () => {
    writeFileSync(join(dir, 'a-file'), '');
    const { index, stats } = loadWithCache(root, join(dir, 'a-file', 'cache.json'));
    assert.deepEqual(stats, { files: 5, hits: 0, misses: 5, cache: 'missing', saved: false });
    assert.equal(index.files().length, 5);
  });
});
