// The briefing's panels (src/documents/briefingPanels.ts), for "Prepare 1:1 with…". Here it is imported as
// usual; the extension's build puts it in a file of its own, dist/briefing.js, and replaces this module by
// one that requires that file on the first call (scripts/lazyBundles.mjs), so activation does not load it.
import * as panels from './briefingPanels';

export type BriefingPanelsModule = typeof panels;

/** The briefing panels' module; the first call loads it. */
export function briefingPanelsModule(): BriefingPanelsModule {
  return panels;
}
