// The core's pictures (src/core/pictures/pictures.ts), for the pictures' panel. They come with the
// document writers, which the extension's build puts in a file of their own, dist/documents.js, loaded on
// the first call (scripts/lazyBundles.mjs): activation does not load them, and the review scope both use
// ships once.
import type * as builders from '../core/pictures/pictures';
import { documentWriters } from '../documents/documentWriters';

export type PictureBuilders = typeof builders;

/** The pictures' builders; the first call loads them. */
export function pictureBuilders(): PictureBuilders {
  return documentWriters().pictures;
}
