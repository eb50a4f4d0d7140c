// The key the warm-start caches are signed with (loadCache.ts): random, one per machine and user, kept in
// the extension's own storage, apart from any notes folder, so a cache that arrives inside a notes folder
// (a cloned repository) cannot carry a valid signature. The key is no note text. Also the clean-up of the
// caches older versions kept in that storage, which held note text.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KEY_FILE = 'cache-key';
const KEY_TEXT = /^[0-9a-f]{64}$/;

function readKey(path: string): Buffer | undefined {
  try {
    const text = readFileSync(path, 'utf8').trim();
    return KEY_TEXT.test(text) ? Buffer.from(text, 'hex') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The key in `storageDir`, made (readable by its owner only) when there is none or it is damaged.
 * Undefined when it can be neither read nor made: then no cache is used at all.
 */
export function cacheKey(storageDir: string): Buffer | undefined {
  const path = join(storageDir, KEY_FILE);
  const known = readKey(path);
  if (known) return known;
  try {
    mkdirSync(storageDir, { recursive: true, mode: 0o700 });
    const fresh = join(storageDir, `${KEY_FILE}.${process.pid}.tmp`);
    rmSync(fresh, { force: true });
    writeFileSync(fresh, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
    renameSync(fresh, path);
  } catch {
    return undefined;
  }
  // Another window may have made one at the same moment: whichever was renamed last is the key.
  return readKey(path);
}

/** The warm-start caches older versions kept in the extension's storage (they held note text). */
const OLD_CACHE = /^notes-[0-9a-f]{40}\.json(\.\d+\.tmp)?$/;

/** Deletes those caches; returns how many. Never throws. */
export function removeOldCaches(storageDir: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(storageDir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!OLD_CACHE.test(name)) continue;
    try {
      rmSync(join(storageDir, name), { force: true });
      removed += 1;
    } catch {
      // left for the next start
    }
  }
  return removed;
}
