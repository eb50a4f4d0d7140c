import { resolve } from 'node:path';
import * as vscode from 'vscode';
import type { CheckSettings } from './core/checks/settings';
import { checkSettingsFrom } from './core/checks/settingsFromRecord';
import { notesRootProblem } from './core/reading/notesBoundary';

/** Setting keys, in one place. */
export const SECTION = 'oneOnOneCoach';
export const NOTES_ROOT = 'notesRoot';
export const DEFAULT_NOTES_ROOT = 'one-on-ones';
/** Whether the warm-start cache is kept in the notes folder (default on). */
export const CACHE_ENABLED = 'cache.enabled';

/** The notes folder of a workspace folder, or why the setting cannot be used (it leads outside the folder). */
export type NotesRootSetting = { readonly uri: vscode.Uri; readonly problem?: undefined } | { readonly uri?: undefined; readonly problem: string };

/**
 * The notes folder of one workspace folder, as the user configured it; refused when the setting holds
 * `..`, is an absolute path outside the folder, or is a link that leads out (nothing is read or written there).
 */
export function notesRootSetting(folder: vscode.WorkspaceFolder): NotesRootSetting {
  const configured = vscode.workspace.getConfiguration(SECTION, folder.uri).get<string>(NOTES_ROOT) || DEFAULT_NOTES_ROOT;
  const local = folder.uri.scheme === 'file';
  const problem = notesRootProblem(local ? folder.uri.fsPath : folder.uri.path, configured, local);
  if (problem !== undefined) {
    return { problem: vscode.l10n.t('1:1 Coach: Notes Root "{0}" is outside {1}, so no notes are read from there. Set it to a folder inside {1}, such as {2}.', configured, folder.name, DEFAULT_NOTES_ROOT) };
  }
  return { uri: local ? vscode.Uri.file(resolve(folder.uri.fsPath, configured)) : vscode.Uri.joinPath(folder.uri, configured) };
}

/** The notes folder of one workspace folder, or undefined when its setting leads outside the folder. */
export function notesRootOf(folder: vscode.WorkspaceFolder): vscode.Uri | undefined {
  return notesRootSetting(folder).uri;
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
