// Summarises a .cpuprofile (V8's format, as node:inspector's Profiler.stop gives it) by self time: per
// function and per source file, the bundle's positions mapped back to src/ through its source map.
// Idle time is left out; the rest is shared as a percentage of what the process did.
//   node bench/host/profileSummary.mjs FILE.cpuprofile [top]
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../../scripts/testbed/paths.mjs';

/** Source maps by bundle path, read once (undefined when the bundle has none). */
const maps = new Map();

function sourceMapOf(path) {
  if (!maps.has(path)) {
    const file = `${path}.map`;
    maps.set(path, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : undefined);
  }
  return maps.get(path);
}

/** Where a profile node's code comes from: a file of the project (through the source map), or the script's name. */
function placeOf({ url, lineNumber, columnNumber }) {
  if (!url) return '(native)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const map = path.startsWith(projectRoot) ? sourceMapOf(path) : undefined;
  const entry = map?.findEntry(lineNumber, columnNumber);
  if (entry?.originalSource) {
    const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : join(dirname(path), entry.originalSource);
    return relative(projectRoot, source);
  }
  return path.startsWith(projectRoot) ? relative(projectRoot, path) : basename(path);
}

/** Self ms per function and per file, and the total, from a profile's samples. */
export function summarise(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  const { samples = [], timeDeltas = [] } = profile;
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the delta to the next one (V8 records the delta before each sample).
    const us = timeDeltas[i + 1] ?? 0;
    selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + us);
  }
  const byFunction = new Map();
  const byFile = new Map();
  let total = 0;
  for (const [id, us] of selfUs) {
    const { callFrame } = nodes.get(id);
    if (callFrame.functionName === '(idle)') continue;
    total += us;
    const file = placeOf(callFrame);
    const fn = `${callFrame.functionName || '(anonymous)'}  ${file}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
  }
  const top = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
  return { totalMs: total / 1000, functions: top(byFunction), files: top(byFile) };
}

/** The summary as lines of text: the top entries by function and by file. */
export function summaryLines(profile, count = 25) {
  const { totalMs, functions, files } = summarise(profile);
  const row = ({ name, ms, share }) => `${ms.toFixed(0).padStart(7)} ms ${(share * 100).toFixed(1).padStart(5)}%  ${name}`;
  return [
    `profile: ${totalMs.toFixed(0)} ms of CPU (idle left out), self time`,
    `by function (top ${count}):`, ...functions.slice(0, count).map(row),
    `by file (top ${count}):`, ...files.slice(0, count).map(row),
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, count] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node bench/host/profileSummary.mjs FILE.cpuprofile [top]');
    process.exit(2);
  }
  console.log(summaryLines(JSON.parse(readFileSync(file, 'utf8')), Number(count ?? 25)).join('\n'));
}
