// Where the time goes, for whoever speeds up the loader or the warm start: each stage of the loader
// alone over every file, each step of a warm start alone, and the cache file as JSON against v8's
// serialization. CPU ms, medians.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { parseDocument } from 'yaml';
import { classifyNotesFile } from '../src/core/reading/layout';
import { cacheVersion, contentHash, readLoadCache } from '../src/core/reading/loadCache';
import { loadNotesFile } from '../src/core/reading/loader';
import { NotesIndex } from '../src/core/people/notesIndex';
import { lineStartsOf } from '../src/core/reading/positions';
import { schemaForKind } from '../src/core/schema';
import { walkNotesRoot } from '../src/core/reading/walk';
import { SpanPathTable } from '../src/core/reading/packedSpans';
import { readDocument } from '../src/core/reading/yamlSpans';
import { readBlock } from '../src/core/reading/blockReader';
import { BENCH_KEY, cachePath, notesRoot, RUNS } from './config';
import { cstAll, PARSE_OPTIONS, parseAll, type NotesText } from './floors';
import { medianTime, ms, time } from './measure';

const cpu = (fn: () => unknown) => medianTime(RUNS, fn).cpu;

/** yaml's own stages over every file, for comparison: the loader reads clean files without them. */
function yamlStages(texts: readonly NotesText[]): [string, number][] {
  return [
    ['yaml Parser (CST only)', cpu(() => cstAll(texts))],
    ['yaml parseDocument', cpu(() => parseAll(texts))],
  ];
}

/** The loader's own stages, each alone over every file. */
function loaderStages(texts: readonly NotesText[]): [string, number][] {
  const docs = texts.map((t) => parseDocument(t.text, PARSE_OPTIONS));
  const values = docs.map((d, i) => readDocument(d, (texts[i] as NotesText).text, new SpanPathTable()).value?.js ?? d.toJS());
  const kinds = texts.map((t) => classifyNotesFile(t.file).kind);
  const read = texts.filter((t) => readBlock(t.text, new SpanPathTable())).length;
  return [
    ['lineStartsOf', cpu(() => texts.map((t) => lineStartsOf(t.text)))],
    [`text reader (${read} of ${texts.length} files)`, cpu(() => {
      const paths = new SpanPathTable();
      return texts.map((t) => readBlock(t.text, paths));
    })],
    ['zod safeParse', cpu(() => values.map((v, i) => {
      const kind = kinds[i];
      return kind === undefined || kind === 'other' ? undefined : schemaForKind[kind].safeParse(v);
    }))],
  ];
}

function warmStages(): [string, number][] {
  const walk = walkNotesRoot(notesRoot);
  const version = cacheVersion();
  const read = () => readLoadCache(cachePath, version, BENCH_KEY);
  return [
    ['version stamp (once a process)', time(() => cacheVersion('stamp')).cpu],
    ['walkNotesRoot', cpu(() => walkNotesRoot(notesRoot))],
    ['stat every file (size, mtime)', cpu(() => walk.files.map((f) => statSync(join(notesRoot, f)).mtimeMs))],
    ['read and hash every file (changed)', cpu(() => walk.files.map((f) => contentHash(readFileSync(join(notesRoot, f)))))],
    ['read and parse the cache', cpu(read)],
    ['index from cached files', cpu(() => {
      const cache = read();
      return cache.cache === 'warm' ? NotesIndex.fromLoaded([...cache.entries.values()].map((e) => e.loaded)) : undefined;
    }) - cpu(read)],
  ];
}

/** The cache file (JSON lines, loadCache.ts): its size and the cost of parsing its lines, against v8's serialization of the same rows. */
function cacheEncodings(): string[] {
  const lines = () => readFileSync(cachePath, 'utf8').split('\n').filter((line) => line !== '');
  const rows = lines().map((line) => JSON.parse(line) as unknown);
  const jsonBytes = readFileSync(cachePath).length;
  const v8 = rows.map((row) => serialize(row));
  const v8Bytes = v8.reduce((n, b) => n + b.length, 0);
  const cpuMs = (fn: () => unknown) => ms(medianTime(RUNS, fn).cpu);
  return [
    `JSON lines ${(jsonBytes / 1e6).toFixed(1)} MB: read and parse ${cpuMs(() => lines().map((line) => JSON.parse(line) as unknown))}, stringify ${cpuMs(() => rows.map((row) => JSON.stringify(row)))}`,
    `v8 rows    ${(v8Bytes / 1e6).toFixed(1)} MB: deserialize ${cpuMs(() => v8.map((b) => deserialize(b) as unknown))}, serialize ${cpuMs(() => rows.map((row) => serialize(row)))}`,
  ];
}

/** Prints the three sections; the bench's cache must be warm. */
export function loaderSections(texts: readonly NotesText[]): void {
  const stages = loaderStages(texts);
  const loaderCpu = cpu(() => texts.map((t) => loadNotesFile(t.file, t.text)));
  console.log('Where the loader\'s time goes (each stage alone over every file, CPU):');
  for (const [name, value] of yamlStages(texts)) console.log(`  ${`${name}, for comparison`.padEnd(40)}${ms(value)}`);
  for (const [name, value] of stages) console.log(`  ${name.padEnd(40)}${ms(value)}`);
  console.log(`  ${'loadNotesFile, all of it'.padEnd(40)}${ms(loaderCpu)}`);
  const parts = stages.reduce((n, [, v]) => n + v, 0);
  console.log(`  ${'the rest (findings, copies, decode)'.padEnd(40)}${ms(loaderCpu - parts)}\n`);
  console.log('Where a warm start\'s time goes (CPU):');
  for (const [name, value] of warmStages()) console.log(`  ${name.padEnd(40)}${ms(value)}`);
  console.log('\nCache file encodings (CPU):');
  for (const line of cacheEncodings()) console.log(`  ${line}`);
  console.log('');
}
