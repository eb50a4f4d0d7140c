// Warm start: the LoadedFile of every notes file, kept in one file on disk between sessions, keyed by
// path and a hash of the file's bytes, and by the file's size, modification and change times and inode.
// A start stats every file, reads and hashes only those whose stat changed, and parses only those whose
// hash changed. Spans are stored packed (packedSpans.ts) and unpacked only when a range is asked for. A
// version stamp covers the schema and the running code: when either changes, the whole cache is ignored.
//
// The cache lives inside the notes folder it describes (CACHE_FOLDER, with a `.gitignore` of its own),
// readable by its owner only, and goes when the folder goes. It is signed with a key kept apart from the
// notes (cacheKey.ts), so a cache that arrives with the notes (a crafted one in a cloned repository) is
// ignored, and every row is checked as strictly as a file loaded afresh (cachedRow.ts) before it is used.
// Private notes are never written into it (see withoutPrivateText). A cache that is missing, unreadable,
// unsigned or malformed is never an error: the start is simply a full load (of the files it cannot
// vouch for), and the cache is written afresh.
import { hash as oneShotHash, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { checkCachedRow } from './cachedRow';
import type { LoadedFile } from './loadedFile';
import { loadNotesFile, tooLargeFile } from './loader';
import { NotesIndex } from '../people/notesIndex';
import { lazySpans, packedSpansOf, SpanPathTable, withoutSpans } from './packedSpans';
import { readNotesBytes } from './readNotesFile';
import { isPlaceholder, jsonSchemas } from '../schema';
import { walkNotesRoot } from './walk';

/** Bump when LoadedFile or the loader's output changes in a way the schema stamp cannot see. */
const CACHE_FORMAT = 4;

/** The hidden folder inside a notes folder that holds its cache (the walk skips folders starting with `.`). */
export const CACHE_FOLDER = '.one-on-one-coach';

/** The cache of the notes folder `root`. */
export function notesCachePath(root: string): string {
  return join(root, CACHE_FOLDER, 'cache.json');
}

/** How a start went. */
export interface CacheStats {
  /** Notes files found. */
  readonly files: number;
  /** Files whose cached LoadedFile was reused. */
  readonly hits: number;
  /** Files loaded (parsed and validated) afresh. */
  readonly misses: number;
  /** What was found at the cache path ('off': no cache path was given, nothing read or written). */
  readonly cache: 'warm' | 'missing' | 'corrupt' | 'outdated' | 'unsigned' | 'off';
  /** Whether the cache file was (re)written. */
  readonly saved: boolean;
}

export interface LoadWithCacheResult {
  readonly index: NotesIndex;
  readonly stats: CacheStats;
}

/** A key for this process alone: a cache signed with it is never trusted by another process. */
const PROCESS_KEY = randomBytes(32);

export interface CacheOptions {
  /**
   * Extra text for the version stamp, e.g. the extension's version, so an update of the
   * extension never reads a cache another build wrote. Default: none.
   */
  readonly version?: string;
  /**
   * The key the cache is signed with (HMAC-SHA256), kept apart from the notes (cacheKey.ts). Default: a
   * key of this process alone, so only a cache this process wrote is read.
   */
  readonly key?: Uint8Array;
  /** The clock, in ms since the epoch (a file modified within two seconds of it is hashed again). Default: now. */
  readonly now?: number;
}

interface CachedFile {
  readonly hash: string;
  readonly loaded: LoadedFile;
  /** The largest offset the row points at: a row that points past the end of its file is not used. */
  readonly extent: number;
  /** Size, times and inode of the file when it was hashed, when they can be trusted (see statKey). */
  readonly stat?: string;
}

type CacheRead =
  | { readonly cache: 'warm'; readonly entries: ReadonlyMap<string, CachedFile>; readonly paths: SpanPathTable }
  | { readonly cache: 'missing' | 'corrupt' | 'outdated' | 'unsigned' };

/** One file in the cache: path, content hash, the LoadedFile without its spans, the packed spans, the stat key. */
type CacheRow = readonly [string, string, Omit<LoadedFile, 'spans'>, readonly number[], string?];

/** The signed body, as JSON: `{ version, paths, files: [row, ...] }`; `paths` is the SpanPathTable. */
interface CacheFile {
  readonly version: string;
  readonly paths: readonly string[];
  readonly files: readonly CacheRow[];
}

/**
 * On disk the file is JSON too: `{"mac":"<hex>","cache":<body>}`, the MAC an HMAC-SHA256 of the body's
 * bytes exactly as written, checked before the body is parsed.
 */
const MAC_HEAD = '{"mac":"';
const MAC_LENGTH = 64;
const BODY_HEAD = '","cache":';
const BODY_START = MAC_HEAD.length + MAC_LENGTH + BODY_HEAD.length;

/** A cache file larger than this is not read (a real one holds about 2 KB a notes file). */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

function macOf(key: Uint8Array, body: Uint8Array): Buffer {
  return createHmac('sha256', key).update(body).digest();
}

/** Past this many paths the table starts afresh (paths of deleted keys are never taken out of it). */
const MAX_SPAN_PATHS = 20_000;

/** A content hash of a file's bytes (sha1, base64: short and fast enough for thousands of files). */
export function contentHash(bytes: Uint8Array): string {
  return typeof oneShotHash === 'function' ? oneShotHash('sha1', bytes, 'base64') : createHash('sha1').update(bytes).digest('base64');
}

let schemaStamp: string | undefined;

/** The code that is running (one bundled file), so that any change to the loader or the checks starts afresh. */
function runningCode(): string {
  try {
    return contentHash(readFileSync(__filename));
  } catch {
    return String(loadNotesFile);
  }
}

/** The version stamp: the cache format, the schema (as JSON Schema) and the code that is running. */
export function cacheVersion(extra = ''): string {
  schemaStamp ??= contentHash(Buffer.from(`${CACHE_FORMAT}\n${JSON.stringify(jsonSchemas())}\n${runningCode()}`));
  return extra === '' ? schemaStamp : `${schemaStamp}+${extra}`;
}

/** The file's bytes, not following a link in its place; undefined when it is missing or not a file. */
function readOwnFile(path: string, maxBytes = MAX_CACHE_BYTES): Buffer | 'too large' | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) return undefined;
    if (s.size > maxBytes) return 'too large';
    const bytes = Buffer.alloc(s.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The text of a cache file holding `body` (JSON), signed with `key`. */
export function signedCacheText(body: string, key: Uint8Array): string {
  return `${MAC_HEAD}${macOf(key, Buffer.from(body)).toString('hex')}${BODY_HEAD}${body}}`;
}

/** The body of a signed cache file, or undefined when its MAC does not verify with `key`. */
function verifiedBody(bytes: Buffer, key: Uint8Array): Buffer | undefined {
  if (bytes.length < BODY_START + 1 || bytes.toString('latin1', 0, MAC_HEAD.length) !== MAC_HEAD) return undefined;
  if (bytes.toString('latin1', MAC_HEAD.length + MAC_LENGTH, BODY_START) !== BODY_HEAD || bytes[bytes.length - 1] !== 0x7d) return undefined;
  const mac = bytes.toString('latin1', MAC_HEAD.length, MAC_HEAD.length + MAC_LENGTH);
  if (!/^[0-9a-f]{64}$/.test(mac)) return undefined;
  const body = bytes.subarray(BODY_START, bytes.length - 1);
  return timingSafeEqual(Buffer.from(mac, 'hex'), macOf(key, body)) ? body : undefined;
}

/**
 * Reads the cache at `cachePath`; anything but a well-formed cache of this version, signed with `key`, is
 * reported, not thrown. A row that does not check out (cachedRow.ts) is left out: its file loads afresh.
 */
export function readLoadCache(cachePath: string, version: string, key: Uint8Array = PROCESS_KEY): CacheRead {
  const bytes = readOwnFile(cachePath);
  if (bytes === undefined) return { cache: 'missing' };
  if (bytes === 'too large') return { cache: 'corrupt' };
  const body = verifiedBody(bytes, key);
  if (body === undefined) return { cache: 'unsigned' };
  try {
    const parsed = JSON.parse(body.toString('utf8')) as Partial<CacheFile> | null;
    if (typeof parsed !== 'object' || parsed === null || typeof parsed.version !== 'string') return { cache: 'corrupt' };
    if (parsed.version !== version) return { cache: 'outdated' };
    if (!Array.isArray(parsed.files) || !Array.isArray(parsed.paths) || !parsed.paths.every((p) => typeof p === 'string')) return { cache: 'corrupt' };
    const paths = new SpanPathTable(parsed.paths as string[]);
    const entries = new Map<string, CachedFile>();
    for (const row of parsed.files as unknown[]) {
      if (!Array.isArray(row)) continue;
      const [file, hash, stored, packed, stat] = row as unknown[];
      if (typeof file !== 'string' || typeof hash !== 'string' || !Array.isArray(packed) || (stat !== undefined && typeof stat !== 'string')) continue;
      const checked = checkCachedRow(file, stored, packed, paths.paths.length);
      if (!checked) continue;
      const loaded = lazySpans(checked.stored, paths, packed as number[]) as LoadedFile;
      entries.set(file, typeof stat === 'string' ? { hash, loaded, extent: checked.extent, stat } : { hash, loaded, extent: checked.extent });
    }
    return { cache: 'warm', entries, paths };
  } catch {
    return { cache: 'corrupt' };
  }
}

/**
 * A file's size, modification and change times and inode, as one key; undefined when it cannot be trusted
 * to change with the content: a file modified in the last two seconds may be modified again within the
 * same clock tick, so it is hashed again on the next start (git's "racily clean" files). Tools that copy
 * a file's modification time (`cp -p`, `rsync -t`, tar) cannot set its change time, nor keep its inode.
 */
function statKey(s: { size: number; mtimeMs: number; ctimeMs: number; ino: number }, now: number): string | undefined {
  return now - Math.max(s.mtimeMs, s.ctimeMs) < 2000 ? undefined : `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
}

/** Stands for private notes in the cache: the index only needs to know that some were written. */
export const PRIVATE_STAND_IN = '(private notes, read from the file)';

/** The LoadedFile as the cache stores it: without spans, and without the text of private notes. */
function storedRow(loaded: LoadedFile): Omit<LoadedFile, 'spans'> {
  const stored = withoutSpans(loaded);
  const text = loaded.kind === 'oneOnOne' ? loaded.data?.private : undefined;
  // A template's placeholder or a blank is nobody's private note, and tells the index the 1:1 is unwritten.
  if (typeof text !== 'string' || text.trim() === '' || isPlaceholder(text)) return stored;
  return { ...stored, data: { ...loaded.data, private: PRIVATE_STAND_IN } } as Omit<LoadedFile, 'spans'>;
}

/**
 * The folder of the cache, ready to write in: created readable by its owner only, with a `.gitignore` that
 * keeps it out of git (never written over one that is there). False when it is a link or not a folder.
 */
function cacheFolder(dir: string): boolean {
  try {
    if (!lstatSync(dir).isDirectory()) return false;
  } catch {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
    } catch {
      return false;
    }
  }
  try {
    writeFileSync(join(dir, '.gitignore'), GITIGNORE, { flag: 'wx' });
  } catch {
    // there already, or cannot be written: either way nothing of the user's is touched
  }
  return true;
}

const GITIGNORE = '# Written by 1:1 Coach: its cache of these notes, never to be committed.\n*\n';

/** Writes `text` to a new file at `path` readable by its owner only, never through a link left there. */
function writeNewPrivateFile(path: string, text: string): void {
  try {
    writeFileSync(path, text, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    rmSync(path, { force: true }); // a leftover (or a link): removed, not followed
    writeFileSync(path, text, { flag: 'wx', mode: 0o600 });
  }
}

/**
 * Writes the cache atomically (a temporary file, then a rename), signed with `key`; `files` are [path,
 * hash, loaded, stat key]. Pass the table of the cache read earlier, if any, so its packed spans are
 * reused as they are. Returns false when it could not write.
 */
export function writeLoadCache(
  cachePath: string, version: string, files: Iterable<readonly [string, string, LoadedFile, string?]>, paths = new SpanPathTable(), key: Uint8Array = PROCESS_KEY,
): boolean {
  const rows: CacheRow[] = [];
  for (const [file, hash, loaded, stat] of files) {
    const known = packedSpansOf(loaded);
    const packed = known ? paths.translate(known.packed, known.paths) : paths.pack(loaded.spans);
    rows.push(stat === undefined ? [file, hash, storedRow(loaded), packed] : [file, hash, storedRow(loaded), packed, stat]);
  }
  const body: CacheFile = { version, paths: paths.paths, files: rows };
  const text = signedCacheText(JSON.stringify(body), key);
  const temporary = `${cachePath}.${process.pid}.tmp`;
  if (!cacheFolder(dirname(cachePath))) return false;
  try {
    writeNewPrivateFile(temporary, text);
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
 * Deletes the cache at `cachePath`, and its folder when nothing else is left in it but the `.gitignore`
 * this module wrote. Never throws.
 */
export function removeLoadCache(cachePath: string): void {
  const dir = dirname(cachePath);
  try {
    rmSync(cachePath, { force: true });
    if (!lstatSync(dir).isDirectory()) return;
    const ignore = join(dir, '.gitignore');
    const ours = readOwnFile(ignore, GITIGNORE.length);
    if (ours instanceof Buffer && ours.toString('utf8') === GITIGNORE) rmSync(ignore);
    rmdirSync(dir);
  } catch {
    // not there, or holds something else: left as it is
  }
}

/**
 * Builds the index of the notes root `root`, reusing cached LoadedFiles whose size, times and inode are
 * the ones recorded (no need to read them), or else whose content hash still matches, and rewrites the
 * cache at `cachePath` when anything changed. Without a `cachePath` nothing is read or written besides
 * the notes. Never throws because of the cache.
 */
export function loadWithCache(root: string, cachePath: string | undefined, options: CacheOptions = {}): LoadWithCacheResult {
  const version = cacheVersion(options.version);
  const previous: CacheRead | { readonly cache: 'off' } = cachePath === undefined ? { cache: 'off' } : readLoadCache(cachePath, version, options.key);
  const cached = previous.cache === 'warm' ? previous.entries : new Map<string, CachedFile>();
  const walk = walkNotesRoot(root);
  const rows: (readonly [string, string, LoadedFile, string?])[] = [];
  const now = options.now ?? Date.now();
  let hits = 0;
  let restated = false;
  for (const file of walk.files) {
    const path = join(root, file);
    let hit = cached.get(file);
    let stat: string | undefined;
    try {
      const s = statSync(path);
      stat = statKey(s, now);
      if (hit && hit.extent > s.size) hit = undefined; // points past the end of the file: not its row
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
  const saved = cachePath !== undefined && changed && writeLoadCache(cachePath, version, rows, paths, options.key);
  return { index, stats: { files: rows.length, hits, misses, cache: previous.cache, saved } };
}
