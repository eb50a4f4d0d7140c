import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, type CheckSettings, type SeveritySetting } from './core/checks/settings';

/** Setting keys, in one place. */
export const SECTION = 'oneOnOneCoach';
export const NOTES_ROOT = 'notesRoot';
export const DEFAULT_NOTES_ROOT = 'one-on-ones';
export const SEVERITIES = 'severity';
/** The numeric and cadence thresholds: each a setting `oneOnOneCoach.<name>`. */
export const THRESHOLDS = [
  'feedbackDelayHintDays', 'feedbackDelayWarningDays', 'staleFeedbackDays', 'recognitionDays',
  'newEpisodeAfterDays', 'defaultCadence', 'cadenceGraceDays',
] as const satisfies readonly (keyof CheckSettings)[];

/** The notes folder of one workspace folder, as the user configured it. */
export function notesRootOf(folder: vscode.WorkspaceFolder): vscode.Uri {
  const configured = vscode.workspace.getConfiguration(SECTION, folder.uri).get<string>(NOTES_ROOT) || DEFAULT_NOTES_ROOT;
  return vscode.Uri.joinPath(folder.uri, configured);
}

/** The check thresholds for one workspace folder; a value of the wrong type falls back to the default. */
export function checkSettingsOf(folder: vscode.WorkspaceFolder): CheckSettings {
  const config = vscode.workspace.getConfiguration(SECTION, folder.uri);
  const pick = <K extends (typeof THRESHOLDS)[number]>(key: K): CheckSettings[K] => {
    const value = config.get<unknown>(key);
    return typeof value === typeof DEFAULT_SETTINGS[key] || (key === 'defaultCadence' && typeof value === 'number')
      ? (value as CheckSettings[K])
      : DEFAULT_SETTINGS[key];
  };
  const severities = config.get<Record<string, SeveritySetting>>(SEVERITIES) ?? {};
  return {
    feedbackDelayHintDays: pick('feedbackDelayHintDays'),
    feedbackDelayWarningDays: pick('feedbackDelayWarningDays'),
    staleFeedbackDays: pick('staleFeedbackDays'),
    recognitionDays: pick('recognitionDays'),
    newEpisodeAfterDays: pick('newEpisodeAfterDays'),
    defaultCadence: pick('defaultCadence'),
    cadenceGraceDays: pick('cadenceGraceDays'),
    severities: typeof severities === 'object' && severities ? severities : {},
  };
}
