// The folder's VS Code settings (.vscode/settings.json, JSON with comments), for the command line:
// the same notes folder, thresholds and severities the editor uses there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type ParseError } from 'jsonc-parser';
import { checkSettingsFrom } from './checks/settingsFromRecord';
import type { CheckSettings } from './checks/settings';

export const SETTINGS_PREFIX = 'oneOnOneCoach.';

export interface FolderSettings {
  /** `oneOnOneCoach.notesRoot`, when set. */
  readonly notesRoot?: string;
  readonly checks: CheckSettings;
  /** Why the file could not be used, when it exists and is not a JSON object. */
  readonly problem?: string;
}

/** Reads `<folder>/.vscode/settings.json`; a missing file means the defaults. Never throws. */
export function readFolderSettings(folder: string): FolderSettings {
  const path = join(folder, '.vscode', 'settings.json');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { checks: checkSettingsFrom(() => undefined) };
  }
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true });
  if (errors.length || typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { checks: checkSettingsFrom(() => undefined), problem: `${path} is not a JSON object; using the default settings.` };
  }
  const settings = value as Record<string, unknown>;
  const get = (name: string) => settings[SETTINGS_PREFIX + name];
  const notesRoot = get('notesRoot');
  return { checks: checkSettingsFrom(get), ...(typeof notesRoot === 'string' && notesRoot ? { notesRoot } : {}) };
}
