// package.json as VS Code shows it in English: every "%key%" replaced by its words in package.nls.json.
// Tests that read the manifest's words read them here, so they read what a manager sees.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project root: the nearest folder above the test (out/test/unit/… once built) with a package.nls.json. */
export function projectRoot(from = __dirname): string {
  return existsSync(join(from, 'package.nls.json')) || dirname(from) === from ? from : projectRoot(dirname(from));
}
const root = projectRoot();

/** A whole string that VS Code replaces with the words of package.nls.json (its own pattern for the key). */
export const NLS_PLACEHOLDER = /^%([\w.-]+)%$/;

export const manifestText = readFileSync(join(root, 'package.json'), 'utf8');
export const nlsText = readFileSync(join(root, 'package.nls.json'), 'utf8');
/** package.nls.json: the manifest's English words by key. */
export const manifestWords = JSON.parse(nlsText) as Record<string, string>;

/** `value` with each "%key%" string replaced by `words[key]` (left as it is when there is no such key). */
export function localize<T>(value: T, words: Record<string, string> = manifestWords): T {
  if (typeof value === 'string') {
    const key = NLS_PLACEHOLDER.exec(value)?.[1];
    return (key !== undefined && key in words ? words[key] : value) as T;
  }
  if (Array.isArray(value)) return value.map((v) => localize(v, words)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v, words)])) as T;
  return value;
}

/** Every "%key%" string of `value`, where it is (a JSON path). */
export function placeholders(value: unknown, path = ''): { path: string; key: string }[] {
  if (typeof value === 'string') {
    const key = NLS_PLACEHOLDER.exec(value)?.[1];
    return key === undefined ? [] : [{ path, key }];
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => placeholders(v, `${path}/${k}`));
  return [];
}

/** package.json with the English words in place. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the manifest is read as JSON; each test says what it reads
export const localizedManifest: any = localize(JSON.parse(manifestText));
