// The core's document writers (src/core/documents/writers.ts), for the briefing, agenda and review
// commands. Here they are imported as usual; the extension's build puts them in a file of their own,
// dist/documents.js, and replaces this module by one that requires that file on the first call
// (scripts/lazyBundles.mjs), so activation does not load them.
import * as writers from '../core/documents/writers';

export type DocumentWriters = typeof writers;

/** The document writers; the first call loads them in the extension's bundle. */
export function documentWriters(): DocumentWriters {
  return writers;
}
