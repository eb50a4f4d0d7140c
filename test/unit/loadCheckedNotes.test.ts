// The editor's load from disk to every finding: in slices that give the host its turn, with the same
// findings as a load run straight through; and the warm start that takes each person's findings from
// the cache when their inputs (files, settings, day, version) are the ones the cache recorded.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { ensureNotesRepo } from '../../bench/generateNotes';
import { DEFAULT_SETTINGS, withDefaults } from '../../src/core/checks/settings';
import type { CheckContext } from '../../src/core/checks/rule';
import { FILE_START, type Finding } from '../../src/core/findings';
import { findingRow, findingsOfRows, TextTable } from '../../src/core/reading/findingRows';
import { loadWithCache } from '../../src/core/reading/loadCache';
import { SAMPLE_DAY } from '../../src/core/sample/sampleCopy';
import { runInSlices, runThrough, type Steps, type StepProgress } from '../../src/core/steps';
import { CheckedNotes } from '../../src/core/workspace/checkedNotes';
import { loadCheckedNotes, type LoadCheckedOptions } from '../../src/core/workspace/loadCheckedNotes';

const ctx: CheckContext = { today: SAMPLE_DAY, settings: DEFAULT_SETTINGS };

/** Every finding, load and coaching, by file, as plain data. */
function findingsOf(notes: CheckedNotes): unknown {
  return JSON.parse(JSON.stringify(Object.fromEntries(notes.grouped())));
}

/** What a fresh check finds: everything loaded afresh, no cache, every rule run (CheckedNotes.recheck). */
function freshCheck(root: string, context: CheckContext): unknown {
  const notes = new CheckedNotes(loadWithCache(root, undefined).index);
  notes.recheck(context);
  return findingsOf(notes);
}

function countFindings(findings: unknown): number {
  return Object.values(findings as Record<string, unknown[]>).reduce((n, list) => n + list.length, 0);
}

describe('steps run in slices', () => {
  /** Ten steps of 3 ms each on a clock the test moves. */
  function* work(clock: { now: number }): Steps<string> {
    for (let i = 0; i < 10; i++) {
      clock.now += 3;
      yield { stage: 'reading', done: i + 1, total: 10 };
    }
    return 'done';
  }

  it('gives the host its turn each time a slice is used up, and reports progress at each turn and at the end', async () => {
    const clock = { now: 0 };
    const turns: number[] = [];
    const progress: string[] = [];
    const result = await runInSlices(work(clock), {
      sliceMs: 10,
      yieldTo: async () => { turns.push(clock.now); },
      onProgress: (done, total, stage) => progress.push(`${stage} ${done}/${total}`),
    }, () => clock.now);
    assert.equal(result, 'done');
    assert.deepEqual(turns, [12, 24], 'after 4 steps (12 ms ≥ 10), then 4 more');
    assert.deepEqual(progress, ['reading 4/10', 'reading 8/10', 'reading 10/10']);
  });

  it('runs straight through without slices', () => {
    assert.equal(runThrough(work({ now: 0 })), 'done');
  });
});

describe('loadCheckedNotes', function () {
  this.timeout(60_000); // a few hundred files loaded several times over
  let dir: string;
  let root: string;
  let cachePath: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'load-checked-'));
    cachePath = join(dir, 'cache.jsonl');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const sample = () => {
    root = join(dir, 'sample');
    cpSync(join(__dirname, '..', '..', '..', 'examples', 'notes', 'one-on-ones'), root, { recursive: true });
  };
  const generated = () => {
    root = join(dir, 'generated');
    ensureNotesRepo(root, { seed: 7, people: 12, weeks: 20 });
  };
  // A minute from now every file looks settled, so its stat is trusted and a warm start has nothing to write.
  const load = (context: CheckContext = ctx, options: LoadCheckedOptions = {}) => loadCheckedNotes(root, context, { cachePath, now: Date.now() + 60_000, ...options });

  describe('in slices', () => {
    it('yields between steps and finds what a load straight through finds, on a generated folder', async () => {
      generated();
      let yields = 0;
      const progress: StepProgress[] = [];
      const sliced = await loadCheckedNotes(root, ctx, {
        slices: { sliceMs: 0, yieldTo: async () => { yields += 1; }, onProgress: (done, total, stage) => progress.push({ stage, done, total }) },
      });
      const straight = await loadCheckedNotes(root, ctx);
      const files = sliced.notes.index.files().length;
      const people = sliced.notes.index.people().length;
      assert.ok(files > 250 && people === 12, `${files} files, ${people} people`);
      assert.ok(yields > files + people, `a turn after every step: ${yields} turns for ${files} files and ${people} people`);
      assert.deepEqual(findingsOf(sliced.notes), findingsOf(straight.notes));
      assert.deepEqual(findingsOf(sliced.notes), freshCheck(root, ctx));
      assert.ok(countFindings(findingsOf(sliced.notes)) > 50, 'the folder has findings to compare');
      const reading = progress.filter((p) => p.stage === 'reading');
      const checking = progress.filter((p) => p.stage === 'checking');
      assert.deepEqual(reading.at(-1), { stage: 'reading', done: files, total: files }, 'counts every file read');
      assert.deepEqual(checking.at(-1), { stage: 'checking', done: people, total: people }, 'then every person checked');
      assert.ok(reading.every((p, i) => i === 0 || p.done >= (reading[i - 1] as StepProgress).done), 'the count only goes up');
    });
  });

  describe('the warm start to findings', () => {
    for (const [name, make] of [['the sample', sample], ['a generated folder', generated]] as const) {
      it(`checks nothing when nothing changed, with the findings of a fresh check (${name})`, async () => {
        make();
        const cold = await load();
        assert.deepEqual(cold.checks, { people: cold.notes.index.people().length, reused: 0, teamReused: false });
        assert.equal(cold.stats.saved, true);
        const warm = await load();
        assert.deepEqual(warm.checks, { people: cold.notes.index.people().length, reused: cold.notes.index.people().length, teamReused: true });
        assert.equal(warm.stats.saved, false, 'nothing to write');
        assert.deepEqual(findingsOf(warm.notes), findingsOf(cold.notes));
        assert.deepEqual(findingsOf(warm.notes), freshCheck(root, ctx));
        assert.ok(countFindings(findingsOf(warm.notes)) > 10);
      });
    }

    it('re-checks only the person whose file changed, and the team rules', async () => {
      generated();
      const before = await load();
      const person = before.notes.index.people()[3]!.id;
      const file = `${person}/person.yaml`;
      const personFindings = (notes: CheckedNotes) => JSON.stringify([...notes.grouped()].filter(([f]) => f.startsWith(`${person}/`)));
      // The last day they were managed, long ago: the checks that count days up to today fall quiet.
      writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}until: 2023-02-01\n`);
      const after = await load();
      assert.deepEqual(after.checks, { people: 12, reused: 11, teamReused: false });
      assert.deepEqual(findingsOf(after.notes), freshCheck(root, ctx));
      assert.notEqual(personFindings(after.notes), personFindings(before.notes), 'the change changes their findings');
      assert.deepEqual((await load()).checks, { people: 12, reused: 12, teamReused: true }, 'and they are cached again');
    });

    it('re-checks everyone on another day, with that day\'s findings', async () => {
      sample();
      await load();
      const later = { ...ctx, today: '2026-12-01' };
      const next = await load(later);
      assert.deepEqual(next.checks, { people: 4, reused: 0, teamReused: false });
      assert.deepEqual(findingsOf(next.notes), freshCheck(root, later));
      assert.notDeepEqual(findingsOf(next.notes), freshCheck(root, ctx), 'the day changes what is found');
    });

    it('re-checks everyone when a setting changed, with that setting\'s findings', async () => {
      sample();
      await load();
      const strict = { ...ctx, settings: withDefaults({ staleFeedbackDays: 2, severities: { 'feedback/delay': 'off' } }) };
      const next = await load(strict);
      assert.deepEqual(next.checks, { people: 4, reused: 0, teamReused: false });
      assert.deepEqual(findingsOf(next.notes), freshCheck(root, strict));
      assert.notDeepEqual(findingsOf(next.notes), freshCheck(root, ctx), 'the setting changes what is found');
      const reordered = { ...strict, settings: Object.fromEntries(Object.entries(strict.settings).reverse()) as typeof strict.settings };
      assert.deepEqual((await load(reordered)).checks, { people: 4, reused: 4, teamReused: true }, 'the same settings in another order are the same inputs');
    });

    it('starts afresh for another version of the extension', async () => {
      sample();
      await load(ctx, { version: '1.0.0' });
      const next = await load(ctx, { version: '1.0.1' });
      assert.equal(next.stats.cache, 'outdated');
      assert.deepEqual(next.checks, { people: 4, reused: 0, teamReused: false });
    });

    it('checks everyone when the cache holds no findings (written by a load of the files alone)', async () => {
      sample();
      loadWithCache(root, cachePath);
      const next = await load();
      assert.deepEqual([next.stats.cache, next.stats.hits, next.checks?.reused], ['warm', next.stats.files, 0]);
      assert.equal(next.stats.saved, true, 'the findings are written');
      assert.equal((await load()).checks?.reused, 4);
    });

    it('writes no private notes into the cache, findings included', async () => {
      sample();
      const file = 'ben-hughes/person.yaml';
      const secret = 'SECRET-PRIVATE-LINE';
      const oneOnOne = (await load()).notes.index.files().find((f) => f.startsWith('ben-hughes/2'))!;
      writeFileSync(join(root, oneOnOne), `${readFileSync(join(root, oneOnOne), 'utf8')}private: ${secret}\n`);
      const cold = await load();
      assert.ok(cold.notes.index.person('ben-hughes') && cold.notes.index.loaded(file));
      assert.ok(countFindings(findingsOf(cold.notes)) > 10);
      assert.ok(!readFileSync(cachePath, 'utf8').includes(secret));
    });
  });
});

describe('findings as the cache stores them', () => {
  it('keeps fixes made only when asked for (a getter) as plain data, and every optional part as it was', () => {
    const fix = { title: 'Mark it resolved', edits: [{ file: 'ada/2026-03-04.yaml', range: { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } }, text: 'resolved' }] };
    class MadeOnDemand {
      readonly code = 'feedback/stale';
      readonly severity = 'warning';
      readonly message = 'Stale';
      readonly file = 'ada/2026-03-04.yaml';
      readonly range = FILE_START;
      get fixes() { return [fix]; }
    }
    const plain: Finding = { code: 'cadence/overdue', severity: 'info', message: 'Due', summary: 'Overdue 1:1', file: 'ada/person.yaml', range: FILE_START, related: [], guidance: 'Meet.', fixes: [{ title: 'New 1:1', edits: [], command: { kind: 'new-one-on-one', personId: 'ada' } }] };
    const table = new TextTable();
    const rows = JSON.parse(JSON.stringify([findingRow(new MadeOnDemand() as unknown as Finding, table), findingRow(plain, table)])) as unknown;
    const back = findingsOfRows(rows, table.texts, () => true);
    assert.deepEqual(back, [{ code: 'feedback/stale', severity: 'warning', message: 'Stale', file: 'ada/2026-03-04.yaml', range: FILE_START, fixes: [fix] }, plain]);
    assert.equal(findingsOfRows(rows, table.texts, (file) => file !== 'ada/person.yaml'), undefined, 'a file it may not point at refuses the list');
  });
});
