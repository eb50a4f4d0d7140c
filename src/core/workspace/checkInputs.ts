// What a person's coaching findings are made from, as one hash: the content hashes of the files in
// their folder, the check settings, the day, and the version of the extension. The checks are pure
// (checks/rule.ts), so the same hash means the same findings, and a warm start can take them from the
// cache instead of checking again. The team rules read everyone's notes: their hash is made of
// every person's.
import type { CheckContext } from '../checks/rule';
import { contentHash } from '../reading/loadCache';

/** JSON with every object's keys in order, so that equal settings give equal text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v);
}

export class CheckInputs {
  private readonly common: string;

  /** `version`: the stamp of the running code and the extension (loadCache.ts cacheVersion). */
  constructor(ctx: CheckContext, version: string) {
    this.common = stableJson([version, ctx.today, ctx.settings]);
  }

  /** The hash of one person's inputs; `files` are [path, content hash] of every file in their folder, in path order. */
  person(personId: string, files: readonly (readonly [string, string])[]): string {
    return contentHash(Buffer.from(JSON.stringify([this.common, personId, files])));
  }

  /** The hash of the team rules' inputs: every person's, [person id, hash] in person-id order. */
  team(people: readonly (readonly [string, string])[]): string {
    return contentHash(Buffer.from(JSON.stringify([this.common, people])));
  }
}
