// The floors every figure is divided by, measured in the same run: list and read every notes file;
// yaml's Parser alone (the CST, no Document); yaml's parseDocument with the loader's options.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, parseDocument, type Tags } from 'yaml';

export interface NotesText {
  /** Relative to the notes root: `person/2026-01-05.yaml`. */
  readonly file: string;
  readonly text: string;
}

/** Every notes file under the root, listed and read: the floor of any start. Returns the bytes read. */
export function listAndRead(root: string): number {
  let bytes = 0;
  for (const person of readdirSync(root)) {
    if (person.startsWith('.')) continue;
    const dir = join(root, person);
    for (const name of readdirSync(dir)) bytes += readFileSync(join(dir, name)).length;
  }
  return bytes;
}

/** Every notes file's text, sorted by path. */
export function readAll(root: string): NotesText[] {
  const out: NotesText[] = [];
  for (const person of readdirSync(root).sort()) {
    if (person.startsWith('.') || !statSync(join(root, person)).isDirectory()) continue;
    for (const name of readdirSync(join(root, person)).sort()) {
      out.push({ file: `${person}/${name}`, text: readFileSync(join(root, person, name), 'utf8') });
    }
  }
  return out;
}

const TIMESTAMP_TAG = 'tag:yaml.org,2002:timestamp';

/** The loader's options (src/core/reading/loader.ts), so that the floor parses as the loader does. */
export const PARSE_OPTIONS = {
  prettyErrors: false, uniqueKeys: false, logLevel: 'error',
  customTags: (tags: Tags) => tags.filter((t) => (typeof t === 'string' ? t !== 'timestamp' : t.tag !== TIMESTAMP_TAG)),
} as const;

/** yaml's parseDocument on every text: what a loader that composes Documents cannot avoid. */
export function parseAll(texts: readonly NotesText[]): number {
  let errors = 0;
  for (const t of texts) errors += parseDocument(t.text, PARSE_OPTIONS).errors.length;
  return errors;
}

/** yaml's Parser on every text, its tokens consumed: the CST alone, no Document composed. */
export function cstAll(texts: readonly NotesText[]): number {
  let tokens = 0;
  for (const t of texts) for (const _ of new Parser().parse(t.text)) tokens += 1;
  return tokens;
}
