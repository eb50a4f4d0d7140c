// The pictures' panel (src/pictures/picturesPanels.ts), for the commands that show it. Here it is imported
// as usual; the extension's build puts it in a file of its own, dist/pictures.js, and replaces this module
// by one that requires that file on the first call (scripts/lazyBundles.mjs), so activation does not load it.
import * as panels from './picturesPanels';

export type PicturesPanelsModule = typeof panels;

/** The pictures' panel module; the first call loads it. */
export function picturesPanelsModule(): PicturesPanelsModule {
  return panels;
}
