// The folder's VS Code settings (.vscode/settings.json, JSON with comments), for the command line:
// the same notes folder, thresholds and severities the editor uses there. Read as plain data: the keys
// __proto__, constructor and prototype are ignored, and a settings file linked from outside is not read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { checkSettingsFrom, UNSAFE_KEYS } from '../checks/settingsFromRecord';
import type { CheckSettings } from '../checks/settings';
import { staysInside } from '../reading/notesBoundary';

export const SETTINGS_PREFIX = 'oneOnOneCoach.';

export interface FolderSettings {
  /** `oneOnOneCoach.notesRoot`, when set. */
  readonly notesRoot?: string;
  readonly checks: CheckSettings;
  /** Why the file could not be used, when it exists and is not a JSON object. */
  readonly problem?: string;
  /** `oneOnOneCoach.severity` as written, for the command line to check against its checks' ids. */
  readonly severity?: unknown;
}

/** Settings nest no deeper than this (`oneOnOneCoach.severity` is an object of strings). */
const MAX_SETTINGS_DEPTH = 4;

/**
 * A parsed JSON value as plain data: objects without a prototype and without the unsafe keys, so
 * `"__proto__": {...}` in a settings file is ignored rather than taken as the object's prototype.
 */
function plainValue(node: Node, depth = 0): unknown {
  if (node.type === 'array') return depth >= MAX_SETTINGS_DEPTH ? [] : (node.children ?? []).map((child) => plainValue(child, depth + 1));
  if (node.type !== 'object') return node.value;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  if (depth >= MAX_SETTINGS_DEPTH) return out;
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key === undefined || value === undefined || typeof key.value !== 'string' || UNSAFE_KEYS.has(key.value)) continue;
    out[key.value] = plainValue(value, depth + 1);
  }
  return out;
}

/** Reads `<folder>/.vscode/settings.json`; a missing file means the defaults. Never throws. */
export function readFolderSettings(folder: string): FolderSettings {
  const path = join(folder, '.vscode', 'settings.json');
  const defaults = () => ({ checks: checkSettingsFrom(() => undefined) });
  let text: string;
  try {
    if (!staysInside(folder, path)) return { ...defaults(), problem: `${path} is a link that leads outside the folder; it was not read, and the default settings apply.` };
    text = readFileSync(path, 'utf8');
  } catch {
    return defaults();
  }
  const errors: ParseError[] = [];
  let tree: Node | undefined;
  try {
    tree = parseTree(text, errors, { allowTrailingComma: true });
  } catch {
    tree = undefined;
  }
  if (errors.length || tree?.type !== 'object') {
    return { ...defaults(), problem: `${path} is not a JSON object; using the default settings.` };
  }
  const settings = plainValue(tree) as Record<string, unknown>;
  const get = (name: string) => settings[SETTINGS_PREFIX + name];
  const notesRoot = get('notesRoot');
  const severity = get('severity');
  return {
    checks: checkSettingsFrom(get),
    ...(typeof notesRoot === 'string' && notesRoot ? { notesRoot } : {}),
    ...(severity !== undefined ? { severity } : {}),
  };
}
