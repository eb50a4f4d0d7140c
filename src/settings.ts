import * as vscode from 'vscode';
import type { CheckSettings } from './core/checks/settings';
import { checkSettingsFrom } from './core/checks/settingsFromRecord';

/** Setting keys, in one place. */
export const SECTION = 'oneOnOneCoach';
export const NOTES_ROOT = 'notesRoot';
export const DEFAULT_NOTES_ROOT = 'one-on-ones';
/** Whether the warm-start cache is kept in the notes folder (default on). */
export const CACHE_ENABLED = 'cache.enabled';

/** The notes folder of one workspace folder, as the user configured it. */
export function notesRootOf(folder: vscode.WorkspaceFolder): vscode.Uri {
  const configured = vscode.workspace.getConfiguration(SECTION, folder.uri).get<string>(NOTES_ROOT) || DEFAULT_NOTES_ROOT;
  return vscode.Uri.joinPath(folder.uri, configured);
}

/** The check thresholds for one workspace folder; a value of the wrong type falls back to the default. */
export function checkSettingsOf(folder: vscode.WorkspaceFolder): CheckSettings {
  const config = vscode.workspace.getConfiguration(SECTION, folder.uri);
  return checkSettingsFrom((name) => config.get<unknown>(name));
}

/** Whether the setting lets a folder keep the warm-start cache (Restricted Mode never does: notesRoot.ts). */
export function cacheEnabledFor(folder: vscode.WorkspaceFolder): boolean {
  return vscode.workspace.getConfiguration(SECTION, folder.uri).get<boolean>(CACHE_ENABLED) !== false;
}
