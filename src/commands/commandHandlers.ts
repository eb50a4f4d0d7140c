// The handlers of the commands that write notes (handlers.ts). Here they are imported as usual; the
// extension's build puts them in a file of their own, dist/commands.js, and replaces this module by one
// that requires that file on the first call (scripts/lazyBundles.mjs), so activation does not load them.
import * as handlers from './handlers';

export type CommandHandlers = typeof handlers;

/** The handlers; the first call loads them in the extension's bundle. */
export function commandHandlers(): CommandHandlers {
  return handlers;
}
