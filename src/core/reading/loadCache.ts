// Warm start: the LoadedFile of every notes file, kept in one file on disk between sessions, keyed by
// path and a hash of the file's bytes, and by the file's size, modification and change times and inode.
// A start stats every file, reads and hashes only those whose stat changed, and parses only those whose
// hash changed. Spans are stored packed (packedSpans.ts) and unpacked only when a range is asked for. A
// version stamp covers the schema and the running code: when either changes, the whole cache is ignored.
// Beside the files, the cache keeps each person's coaching findings and the team rules', with the hash of
// what they were made from (workspace/checkInputs.ts), so that a start with nothing changed checks nothing.
//
// The cache lives inside the notes folder it describes (CACHE_FOLDER, with a `.gitignore` of its own),
// readable by its owner only, and goes when the folder goes. It is signed with a key kept apart from the
// notes (cacheKey.ts), so a cache that arrives with the notes (a crafted one in a cloned repository) is
// ignored, and every row is checked as strictly as a file loaded afresh (cachedRow.ts, findingRows.ts)
// before it is used. Private notes are never written into it (see storedData). A cache that is missing,
// unreadable, unsigned or malformed is never an error: the start is simply a full load (of the files it
// cannot vouch for), and the cache is written afresh.
//
// Every part of a start is a generator of small steps (../steps.ts), so the editor can run it in slices.
// The file's format: cacheFile.ts.
import { hash as oneShotHash, createHash, randomBytes } from 'node:crypto';
import {
  closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync, writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Finding } from '../findings';
import { runThrough, type Steps } from '../steps';
import { bodyLineRanges, jsonAt, lineStartsText, macLine, packedSpansText, rowHead, signedChunkSteps, verifiedBodySteps } from './cacheFile';
import { checkCachedRow } from './cachedRow';
import { findingRow, TextTable } from './findingRows';
import type { LoadedFile } from './loadedFile';
import { loadNotesFile, tooLargeFile } from './loader';
import { NotesIndex } from '../people/notesIndex';
import { lazySpans, packedSpansOf, SpanPathTable } from './packedSpans';
import { readNotesBytes } from './readNotesFile';
import { isPlaceholder } from '../schema';
import { SCHEMA_STAMP } from './schemaStamp.data';
import { walkNotesRootSteps } from './walk';

export { signedCacheText } from './cacheFile';

/** Bump when LoadedFile, the loader's output or the cache's layout changes in a way the schema stamp cannot see. */
const CACHE_FORMAT = 5;

/** The hidden folder inside a notes folder that holds its cache (the walk skips folders starting with `.`). */
export const CACHE_FOLDER = '.one-on-one-coach';

/** The cache file in CACHE_FOLDER, and what older versions named theirs (deleted when the cache is written or removed). */
const CACHE_FILE = 'cache.jsonl';
const OLD_CACHE_FILES = ['cache.json'];

/** The cache of the notes folder `root`. */
export function notesCachePath(root: string): string {
  return join(root, CACHE_FOLDER, CACHE_FILE);
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

/**
 * Findings as the cache holds them, with the hash of their inputs; their rows are parsed only when asked
 * for (undefined when they are not JSON), and read (findingsOfRows) once the files are known.
 */
export interface StoredFindings {
  readonly key: string;
  readonly rows: () => unknown;
}

/** The findings part of a cache read: per person, the team rules', and the table their rows refer to. */
export interface CachedFindings {
  readonly texts: readonly string[];
  readonly people: ReadonlyMap<string, StoredFindings>;
  readonly team?: StoredFindings;
}

export type CacheRead =
  | { readonly cache: 'warm'; readonly entries: ReadonlyMap<string, CachedFile>; readonly paths: SpanPathTable; readonly findings: CachedFindings }
  | { readonly cache: 'missing' | 'corrupt' | 'outdated' | 'unsigned' };

/** Findings to write: per person and for the team rules, with the hash of their inputs. */
export interface FindingsToStore {
  readonly people: ReadonlyMap<string, { readonly key: string; readonly findings: readonly Finding[] }>;
  readonly team: { readonly key: string; readonly findings: readonly Finding[] };
}

/** One notes file as a start read it: [path, content hash, LoadedFile, stat key]. */
export type FileRow = readonly [string, string, LoadedFile, string?];

/*
 * The body's lines (cacheFile.ts signs them):
 *   head:   {"version": "...", "paths": [SpanPathTable], "texts": [TextTable of the findings]}
 *   a file: ["f", path, content hash, stat key or null, lineStartsText, packedSpansText, load findings, data or null]
 *   person: ["p", person id, inputs hash, [findingRow, ...]]
 *   team:   ["t", inputs hash, [findingRow, ...]]
 */

/** A cache file larger than this is not read (a real one holds about 1.5 KB a notes file). */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

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

/** The version stamp: the cache format, the schema (a hash of its JSON Schemas) and the code that is running. */
export function cacheVersion(extra = ''): string {
  schemaStamp ??= contentHash(Buffer.from(`${CACHE_FORMAT}\n${SCHEMA_STAMP}\n${runningCode()}`));
  return extra === '' ? schemaStamp : `${schemaStamp}+${extra}`;
}

/** The file's bytes, not following a link in its place; undefined when it is missing or not a file. */
function readOwnFile(path: string, maxBytes = MAX_CACHE_BYTES): Buffer | 'too large' | undefined {
  return runThrough(readOwnFileSteps(path, maxBytes));
}

/** How many bytes of the cache are read in one step. */
const READ_CHUNK = 1 << 20;

/** readOwnFile, one step per chunk read. */
function* readOwnFileSteps(path: string, maxBytes = MAX_CACHE_BYTES): Steps<Buffer | 'too large' | undefined> {
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
    const bytes = Buffer.allocUnsafe(s.size); // only the bytes read are ever looked at
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, Math.min(READ_CHUNK, bytes.length - read), read);
      if (n === 0) break;
      read += n;
      yield;
    }
    return bytes.subarray(0, read);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((p) => typeof p === 'string');
}

/**
 * Reads the cache at `cachePath`; anything but a well-formed cache of this version, signed with `key`, is
 * reported, not thrown. A row that does not check out (cachedRow.ts) is left out: its file loads afresh.
 */
export function readLoadCache(cachePath: string, version: string, key: Uint8Array = PROCESS_KEY): CacheRead {
  return runThrough(readLoadCacheSteps(cachePath, version, key));
}

/** readLoadCache, one step per chunk signed and per row read. */
export function* readLoadCacheSteps(cachePath: string, version: string, key: Uint8Array = PROCESS_KEY): Steps<CacheRead> {
  const bytes = yield* readOwnFileSteps(cachePath);
  if (bytes === undefined) return { cache: 'missing' };
  if (bytes === 'too large') return { cache: 'corrupt' };
  const body = yield* verifiedBodySteps(bytes, key);
  if (body === undefined) return { cache: 'unsigned' };
  try {
    const lines = bodyLineRanges(body);
    const first = lines.next();
    const head: unknown = first.done ? undefined : JSON.parse(body.toString('utf8', ...first.value));
    if (head === null || typeof head !== 'object' || Array.isArray(head)) return { cache: 'corrupt' };
    const { version: written, paths: pathList, texts } = head as Record<string, unknown>;
    if (written !== version) return { cache: 'outdated' };
    if (!isTextList(pathList) || !isTextList(texts)) return { cache: 'corrupt' };
    const paths = new SpanPathTable(pathList);
    const entries = new Map<string, CachedFile>();
    const people = new Map<string, StoredFindings>();
    let team: StoredFindings | undefined;
    for (const [start, end] of lines) {
      yield;
      // Findings rows: only their texts now; their lists are parsed when the checks ask for them.
      const person = rowHead(body, start, end, 'p', 2);
      if (person) {
        const [personId, inputs] = person.texts as [string, string];
        people.set(personId, { key: inputs, rows: () => jsonAt(body, ...person.list) });
        continue;
      }
      const teamRow = rowHead(body, start, end, 't', 1);
      if (teamRow) {
        team = { key: teamRow.texts[0] as string, rows: () => jsonAt(body, ...teamRow.list) };
        continue;
      }
      const row: unknown = JSON.parse(body.toString('utf8', start, end));
      if (!Array.isArray(row)) continue;
      const [tag, ...rest] = row as unknown[];
      if (tag === 'f' && rest.length === 7) {
        const [file, hash, stat, lineStarts, spans, findings, data] = rest;
        if (typeof file !== 'string' || typeof hash !== 'string' || (stat !== null && typeof stat !== 'string')) continue;
        const checked = checkCachedRow(file, { lineStarts, spans, findings, data }, paths.paths.length);
        if (!checked) continue;
        const loaded = lazySpans(checked.stored, paths, checked.packed) as LoadedFile;
        entries.set(file, typeof stat === 'string' ? { hash, loaded, extent: checked.extent, stat } : { hash, loaded, extent: checked.extent });
      }
    }
    return { cache: 'warm', entries, paths, findings: team ? { texts, people, team } : { texts, people } };
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

/** A LoadedFile's data as the cache stores it: without the text of private notes. */
function storedData(loaded: LoadedFile): unknown {
  const text = loaded.kind === 'oneOnOne' ? loaded.data?.private : undefined;
  // A template's placeholder or a blank is nobody's private note, and tells the index the 1:1 is unwritten.
  if (typeof text !== 'string' || text.trim() === '' || isPlaceholder(text)) return loaded.data;
  return { ...loaded.data, private: PRIVATE_STAND_IN };
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

/** A new file at `path` readable by its owner only, open for writing, never through a link left there. */
function openNewPrivateFile(path: string): number {
  try {
    return openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    rmSync(path, { force: true }); // a leftover (or a link): removed, not followed
    return openSync(path, 'wx', 0o600);
  }
}

/** Deletes what older versions wrote beside the cache in its folder (never outside a CACHE_FOLDER). */
function removeOldCacheFiles(cachePath: string): void {
  const dir = dirname(cachePath);
  if (basename(dir) !== CACHE_FOLDER) return;
  for (const name of OLD_CACHE_FILES) {
    try {
      rmSync(join(dir, name), { force: true });
    } catch {
      // left for the next time
    }
  }
}

/** The body's lines: the files, then the findings, then (first in the file) the head with both tables. */
function* cacheLineSteps(version: string, files: Iterable<FileRow>, paths: SpanPathTable, findings: FindingsToStore | undefined): Steps<string[]> {
  const lines = [''];
  for (const [file, hash, loaded, stat] of files) {
    const known = packedSpansOf(loaded);
    const packed = known ? paths.translate(known.packed, known.paths) : paths.pack(loaded.spans);
    const spans = packedSpansText(packed);
    if (spans === undefined) continue; // spans the cache cannot hold: the file is read afresh next time
    lines.push(JSON.stringify(['f', file, hash, stat ?? null, lineStartsText(loaded.lineStarts), spans, loaded.findings, storedData(loaded) ?? null]));
    yield;
  }
  const texts = new TextTable();
  for (const [personId, { key, findings: list }] of findings?.people ?? []) {
    lines.push(JSON.stringify(['p', personId, key, list.map((f) => findingRow(f, texts))]));
    yield;
  }
  if (findings) lines.push(JSON.stringify(['t', findings.team.key, findings.team.findings.map((f) => findingRow(f, texts))]));
  lines[0] = JSON.stringify({ version, paths: paths.paths, texts: texts.texts });
  return lines;
}

/**
 * Writes the cache atomically (a temporary file, then a rename), signed with `key`. Pass the table of the
 * cache read earlier, if any, so its packed spans are reused as they are. Returns false when it could not
 * write. One step per row and per chunk written.
 */
export function* writeLoadCacheSteps(
  cachePath: string, version: string, files: Iterable<FileRow>, findings?: FindingsToStore, paths = new SpanPathTable(), key: Uint8Array = PROCESS_KEY,
): Steps<boolean> {
  const lines = yield* cacheLineSteps(version, files, paths, findings);
  const { mac, chunks } = yield* signedChunkSteps(lines, key);
  const temporary = `${cachePath}.${process.pid}.tmp`;
  if (!cacheFolder(dirname(cachePath))) return false;
  let fd: number | undefined;
  try {
    fd = openNewPrivateFile(temporary);
    writeSync(fd, macLine(mac));
    for (const chunk of chunks) {
      writeSync(fd, chunk);
      yield;
    }
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, cachePath);
    removeOldCacheFiles(cachePath);
    return true;
  } catch {
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(temporary, { force: true });
    } catch {
      // nothing was written
    }
    return false;
  }
}

/**
 * Deletes the cache at `cachePath` (and what older versions wrote beside it), and its folder when nothing
 * else is left in it but the `.gitignore` this module wrote. Never throws.
 */
export function removeLoadCache(cachePath: string): void {
  const dir = dirname(cachePath);
  try {
    rmSync(cachePath, { force: true });
    removeOldCacheFiles(cachePath);
    if (!lstatSync(dir).isDirectory()) return;
    const ignore = join(dir, '.gitignore');
    const ours = readOwnFile(ignore, GITIGNORE.length);
    if (ours instanceof Buffer && ours.toString('utf8') === GITIGNORE) rmSync(ignore);
    rmdirSync(dir);
  } catch {
    // not there, or holds something else: left as it is
  }
}

/** The files of a start, read, with what the cache said. */
export interface LoadedFiles {
  readonly index: NotesIndex;
  /** Every file read, in path order: what the cache stores. */
  readonly rows: readonly FileRow[];
  readonly previous: CacheRead | { readonly cache: 'off' };
  /** The stats, but for `saved`. */
  readonly stats: Omit<CacheStats, 'saved'>;
  /** Whether the files part of the cache is to be written again. */
  readonly changed: boolean;
  /** The span path table to write the cache with. */
  readonly paths: SpanPathTable | undefined;
}

/** Path order puts each person's files together: runs of the same first folder. */
function* byFolder(rows: readonly FileRow[]): Generator<LoadedFile[], void, undefined> {
  let run: LoadedFile[] = [];
  let folder: string | undefined;
  for (const [file, , loaded] of rows) {
    const own = file.slice(0, file.indexOf('/'));
    if (own !== folder && run.length) {
      yield run;
      run = [];
    }
    folder = own;
    run.push(loaded);
  }
  if (run.length) yield run;
}

/**
 * Walks the notes root, reuses cached LoadedFiles whose size, times and inode are the ones recorded (no
 * need to read them), or else whose content hash still matches, loads the rest, and builds the index.
 * One step per person folder walked, per file, per person indexed; progress counts the files read.
 */
export function* loadFilesSteps(root: string, cachePath: string | undefined, options: CacheOptions = {}): Steps<LoadedFiles> {
  const version = cacheVersion(options.version);
  const walk = yield* walkNotesRootSteps(root);
  const total = walk.files.length;
  yield { stage: 'reading', done: 0, total };
  const previous: CacheRead | { readonly cache: 'off' } = cachePath === undefined ? { cache: 'off' } : yield* readLoadCacheSteps(cachePath, version, options.key);
  const cached = previous.cache === 'warm' ? previous.entries : new Map<string, CachedFile>();
  const rows: FileRow[] = [];
  const now = options.now ?? Date.now();
  let hits = 0;
  let restated = false;
  for (const [i, file] of walk.files.entries()) {
    yield { stage: 'reading', done: i, total };
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
  yield { stage: 'reading', done: total, total };
  const index = new NotesIndex();
  for (const run of byFolder(rows)) {
    index.updateAll(run);
    yield;
  }
  index.setRootFindings(walk.findings);
  const misses = rows.length - hits;
  const changed = previous.cache !== 'warm' || misses > 0 || cached.size !== rows.length || restated;
  const paths = previous.cache === 'warm' && previous.paths.paths.length <= MAX_SPAN_PATHS ? previous.paths : undefined;
  return { index, rows, previous, stats: { files: rows.length, hits, misses, cache: previous.cache }, changed, paths };
}

/**
 * Builds the index of the notes root `root` (loadFilesSteps) and rewrites the cache at `cachePath` when
 * anything changed, without findings. Without a `cachePath` nothing is read or written besides the notes.
 * Never throws because of the cache.
 */
export function loadWithCache(root: string, cachePath: string | undefined, options: CacheOptions = {}): LoadWithCacheResult {
  return runThrough((function* (): Steps<LoadWithCacheResult> {
    const loaded = yield* loadFilesSteps(root, cachePath, options);
    const saved = cachePath !== undefined && loaded.changed && (yield* writeLoadCacheSteps(cachePath, cacheVersion(options.version), loaded.rows, undefined, loaded.paths, options.key));
    return { index: loaded.index, stats: { ...loaded.stats, saved } };
  })());
}
