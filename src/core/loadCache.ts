// Warm start: the LoadedFile of every notes file, kept in one file on disk between sessions, keyed by
// path and a hash of the file's bytes, and by the file's size and modification time. A start stats
// every file, reads and hashes only those whose size or time changed, and parses only those whose
// hash changed. Spans are stored packed (packedSpans.ts) and unpacked only when a range is asked for. A version stamp covers the loader and the schema: when either changes, the whole
// cache is ignored. A cache that is missing, unreadable or malformed is never an error: the start is
// simply a full load, and the cache is written afresh.
import { hash as oneShotHash, createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadedFile } from './loadedFile';
import { loadNotesFile, tooLargeFile } from './loader';
import { NotesIndex } from './notesIndex';
import { lazySpans, packedSpansOf, SpanPathTable, withoutSpans } from './packedSpans';
import { readNotesBytes } from './readNotesFile';
import { jsonSchemas } from './schema';
import { walkNotesRoot } from './walk';

/** Bump when LoadedFile or the loader's output changes in a way the schema stamp cannot see. */
const CACHE_FORMAT = 3;

/** How a start went. */
export interface CacheStats {
  /** Notes files found. */
  readonly files: number;
  /** Files whose cached LoadedFile was reused. */
  readonly hits: number;
  /** Files loaded (parsed and validated) afresh. */
  readonly misses: number;
  /** What was found at the cache path. */
  readonly cache: 'warm' | 'missing' | 'corrupt' | 'outdated';
  /** Whether the cache file was (re)written. */
  readonly saved: boolean;
}

export interface LoadWithCacheResult {
  readonly index: NotesIndex;
  readonly stats: CacheStats;
}

export interface CacheOptions {
  /**
   * Extra text for the version stamp, e.g. the extension's version, so an update of the
   * extension never reads a cache another build wrote. Default: none.
   */
  readonly version?: string;
}

interface CachedFile {
  readonly hash: string;
  readonly loaded: LoadedFile;
  /** Size and modification time of the file when it was hashed, when they can be trusted (see statKey). */
  readonly stat?: string;
}

type CacheRead =
  | { readonly cache: 'warm'; readonly entries: ReadonlyMap<string, CachedFile>; readonly paths: SpanPathTable }
  | { readonly cache: 'missing' | 'corrupt' | 'outdated' };

/** One file in the cache: path, content hash, the LoadedFile without its spans, the packed spans, the stat key. */
type CacheRow = readonly [string, string, Omit<LoadedFile, 'spans'>, readonly number[], string?];

/** On disk, as JSON: `{ version, paths, files: [row, ...] }`; `paths` is the SpanPathTable. */
interface CacheFile {
  readonly version: string;
  readonly paths: readonly string[];
  readonly files: readonly CacheRow[];
}

/** Past this many paths the table starts afresh (paths of deleted keys are never taken out of it). */
const MAX_SPAN_PATHS = 20_000;

/** A content hash of a file's bytes (sha1, base64: short and fast enough for thousands of files). */
export function contentHash(bytes: Uint8Array): string {
  return typeof oneShotHash === 'function' ? oneShotHash('sha1', bytes, 'base64') : createHash('sha1').update(bytes).digest('base64');
}

let schemaStamp: string | undefined;

/** The version stamp: the cache format, the schema (as JSON Schema) and the loader's entry point. */
export function cacheVersion(extra = ''): string {
  schemaStamp ??= contentHash(Buffer.from(`${CACHE_FORMAT}\n${JSON.stringify(jsonSchemas())}\n${String(loadNotesFile)}`));
  return extra === '' ? schemaStamp : `${schemaStamp}+${extra}`;
}

/** A cheap shape check: enough that a damaged cache cannot crash the index. */
function isStoredLoadedFile(file: string, stored: unknown): stored is Omit<LoadedFile, 'spans'> {
  if (typeof stored !== 'object' || stored === null) return false;
  const l = stored as Partial<LoadedFile>;
  return l.file === file && typeof l.kind === 'string' && Array.isArray(l.lineStarts) && Array.isArray(l.findings);
}

/** Reads the cache at `cachePath`; anything but a well-formed cache of this version is reported, not thrown. */
export function readLoadCache(cachePath: string, version: string): CacheRead {
  let text: string;
  try {
    text = readFileSync(cachePath, 'utf8');
  } catch {
    return { cache: 'missing' };
  }
  try {
    const parsed = JSON.parse(text) as Partial<CacheFile> | null;
    if (typeof parsed !== 'object' || parsed === null || typeof parsed.version !== 'string') return { cache: 'corrupt' };
    if (parsed.version !== version) return { cache: 'outdated' };
    if (!Array.isArray(parsed.files) || !Array.isArray(parsed.paths) || !parsed.paths.every((p) => typeof p === 'string')) return { cache: 'corrupt' };
    const paths = new SpanPathTable(parsed.paths as string[]);
    const entries = new Map<string, CachedFile>();
    for (const row of parsed.files as unknown[]) {
      if (!Array.isArray(row)) return { cache: 'corrupt' };
      const [file, hash, stored, packed, stat] = row as unknown[];
      if (typeof file !== 'string' || typeof hash !== 'string' || !isStoredLoadedFile(file, stored) || !Array.isArray(packed)) return { cache: 'corrupt' };
      // `stored` is fresh from JSON.parse and ours alone: it becomes the LoadedFile itself.
      const loaded = lazySpans(stored, paths, packed as number[]) as LoadedFile;
      entries.set(file, typeof stat === 'string' ? { hash, loaded, stat } : { hash, loaded });
    }
    return { cache: 'warm', entries, paths };
  } catch {
    return { cache: 'corrupt' };
  }
}

/**
 * A file's size and modification time, as one key; undefined when it cannot be trusted to change with the
 * content: a file modified in the last two seconds may be modified again within the same clock tick, so
 * it is hashed again on the next start (git's "racily clean" files).
 */
function statKey(size: number, mtimeMs: number, now: number): string | undefined {
  return now - mtimeMs < 2000 ? undefined : `${size}:${mtimeMs}`;
}

/**
 * Writes the cache atomically (a temporary file, then a rename); `files` are [path, hash, loaded, stat key].
 * Pass the table of the cache read earlier, if any, so its packed spans are reused as they are.
 * Returns false when it could not write.
 */
export function writeLoadCache(
  cachePath: string, version: string, files: Iterable<readonly [string, string, LoadedFile, string?]>, paths = new SpanPathTable(),
): boolean {
  const rows: CacheRow[] = [];
  for (const [file, hash, loaded, stat] of files) {
    const known = packedSpansOf(loaded);
    const packed = known ? paths.translate(known.packed, known.paths) : paths.pack(loaded.spans);
    rows.push(stat === undefined ? [file, hash, withoutSpans(loaded), packed] : [file, hash, withoutSpans(loaded), packed, stat]);
  }
  const body: CacheFile = { version, paths: paths.paths, files: rows };
  const temporary = `${cachePath}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(cachePath), { recursive: true });
    writeFileSync(temporary, JSON.stringify(body));
    renameSync(temporary, cachePath);
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing was written
    }
    return false;
  }
}

/**
 * Builds the index of the notes root `root`, reusing cached LoadedFiles whose size and modification time
 * are the ones recorded (no need to read them), or else whose content hash still matches, and rewrites
 * the cache when anything changed. Never throws because of the cache.
 */
export function loadWithCache(root: string, cachePath: string, options: CacheOptions = {}): LoadWithCacheResult {
  const version = cacheVersion(options.version);
  const previous = readLoadCache(cachePath, version);
  const cached = previous.cache === 'warm' ? previous.entries : new Map<string, CachedFile>();
  const walk = walkNotesRoot(root);
  const rows: (readonly [string, string, LoadedFile, string?])[] = [];
  const now = Date.now();
  let hits = 0;
  let restated = false;
  for (const file of walk.files) {
    const path = join(root, file);
    const hit = cached.get(file);
    let stat: string | undefined;
    try {
      const s = statSync(path);
      stat = statKey(s.size, s.mtimeMs, now);
    } catch {
      continue; // gone since the walk; the file watcher reports the removal
    }
    if (hit && stat !== undefined && hit.stat === stat) {
      hits += 1;
      rows.push([file, hit.hash, hit.loaded, stat]);
      continue;
    }
    let read: ReturnType<typeof readNotesBytes>;
    try {
      read = readNotesBytes(path); // a file over the size cap is not read: its size stands in for its hash
    } catch {
      continue;
    }
    const hash = 'bytes' in read ? contentHash(read.bytes) : `too-large ${read.tooLarge}`;
    if (hit && hit.hash === hash) hits += 1;
    if (hit?.stat !== stat) restated = true;
    rows.push([file, hash, hit && hit.hash === hash ? hit.loaded : 'bytes' in read ? loadNotesFile(file, read.bytes) : tooLargeFile(file, read.tooLarge), stat]);
  }
  const index = NotesIndex.fromLoaded(rows.map((row) => row[2]));
  index.setRootFindings(walk.findings);
  const misses = rows.length - hits;
  const changed = previous.cache !== 'warm' || misses > 0 || cached.size !== rows.length || restated;
  const paths = previous.cache === 'warm' && previous.paths.paths.length <= MAX_SPAN_PATHS ? previous.paths : undefined;
  const saved = changed && writeLoadCache(cachePath, version, rows, paths);
  return { index, stats: { files: rows.length, hits, misses, cache: previous.cache, saved } };
}
