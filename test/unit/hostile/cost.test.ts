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
import { checkNotesRoot } from '../../../src/core/checkFolder';
import { DEFAULT_SETTINGS } from '../../../src/core/checks/settings';
import type { Finding } from '../../../src/core/findings';
import { loadWithCache } from '../../../src/core/loadCache';
import { DEFAULT_MAX_BYTES, loadNotesFile, tooLargeFile } from '../../../src/core/loader';
import { readNotesBytes } from '../../../src/core/readNotesFile';

const CTX = { today: '2026-03-10', settings: DEFAULT_SETTINGS };
const THREE_GB = 3 * 1024 ** 3;

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
});
