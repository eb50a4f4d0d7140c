// Assertions shared by the loader's unit tests (not a test file itself: no describe blocks here).
import { strict as assert } from 'node:assert';
import type { Finding, Range } from '../../src/core/findings';
import type { LoadedFile } from '../../src/core/reading/loadedFile';

/** `line:character-line:character`, zero-based, for compact assertions. */
export function at(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** The one finding with `code`; fails, listing what was found, when there is none or more than one. */
export function only(loaded: LoadedFile, code: string): Finding {
  const hits = loaded.findings.filter((f) => f.code === code);
  assert.equal(hits.length, 1, `expected one ${code}; got: ${loaded.findings.map((f) => `${f.code} ${f.message}`).join(' | ')}`);
  return hits[0] as Finding;
}
