// A LoadedFile keeps its spans packed (packedSpans.ts): ranges are looked up in the packed triples, and
// the record of spans is unpacked only when someone reads `spans` itself. Memory after a load depends on
// it: unpacked, each file's spans are a record of small arrays.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'mocha';
import type { LoadedFile } from '../../src/core/reading/loadedFile';
import { loadNotesFile, rangeOf } from '../../src/core/reading/loader';
import { packedSpansOf, spanOf } from '../../src/core/reading/packedSpans';
import { spanToRange } from '../../src/core/reading/positions';

// out/test/unit/ → project root
const root = join(__dirname, '..', '..', '..');
const person = join(root, 'examples', 'notes', 'one-on-ones', 'dana-kowalski');

function isPacked(loaded: LoadedFile): boolean {
  return typeof Object.getOwnPropertyDescriptor(loaded, 'spans')?.get === 'function';
}

/** Every path of the file, its parents' missing children and empty values included. */
function pathsOf(loaded: LoadedFile): string[] {
  const paths = Object.keys(loaded.spans);
  return [...paths, ...paths.map((p) => `${p}.missing`), ...paths.map((p) => `${p}.missing:key`)];
}

describe('packed spans', () => {
  const files = readdirSync(person).filter((n) => n.endsWith('.yaml')).map((n) => ({ file: `dana-kowalski/${n}`, text: readFileSync(join(person, n), 'utf8') }));

  it('rangeOf and spanOf read the packed spans, leave them packed, and give what the unpacked spans give', () => {
    assert.ok(files.length > 5);
    for (const { file, text } of files) {
      const packed = loadNotesFile(file, text);
      const unpacked = loadNotesFile(file, text);
      assert.ok(isPacked(packed) && isPacked(unpacked));
      const paths = pathsOf(unpacked);
      assert.ok(!isPacked(unpacked), 'reading spans unpacks them');
      for (const path of paths) {
        assert.deepEqual(rangeOf(packed, path), rangeOf(unpacked, path), `${file} ${path}`);
        assert.deepEqual(spanOf(packed, path), Object.hasOwn(unpacked.spans, path) ? unpacked.spans[path] : undefined, `${file} ${path}`);
      }
      assert.ok(isPacked(packed), `${file}: still packed after ${paths.length * 2} look-ups`);
    }
  });

  it('a value left empty points at its key, a missing key at its parent, as before', () => {
    const loaded = loadNotesFile('ada/2026-03-04.yaml', 'date: 2026-03-04\nnotes:\nfeedback:\n  - kind: positive\n');
    assert.deepEqual(rangeOf(loaded, 'notes'), spanToRange(loaded.lineStarts, [17, 22]));
    assert.deepEqual(rangeOf(loaded, 'feedback.0.observed'), rangeOf(loaded, 'feedback.0'));
    assert.deepEqual(rangeOf(loaded, 'nothing.here'), spanToRange(loaded.lineStarts, [0, loaded.spans[''][1]]));
  });

  it('the packed spans are no field anyone sees: keys, JSON, spreading and deep equality see plain data', () => {
    const loaded = loadNotesFile('ada/2026-03-04.yaml', 'date: 2026-03-04\n');
    assert.ok(packedSpansOf(loaded));
    assert.deepEqual(Object.keys(loaded), ['file', 'personId', 'lineStarts', 'findings', 'kind', 'date', 'suffix', 'data', 'spans']);
    const plain = JSON.parse(JSON.stringify(loaded)) as LoadedFile;
    assert.deepStrictEqual({ ...loaded }, plain);
    assert.deepStrictEqual(loaded, plain);
    assert.equal(packedSpansOf({ ...loaded }), undefined);
  });
});
