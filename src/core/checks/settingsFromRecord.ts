// The check thresholds from settings as VS Code stores them (`oneOnOneCoach.<field>`), with the same
// fallbacks everywhere: the editor reads them from its configuration, the command line from the
// folder's .vscode/settings.json. A value of the wrong type or range falls back to its default.
import { cadenceSchema } from '../schema';
import { DEFAULT_SETTINGS, type CheckSettings, type SeveritySetting } from './settings';

/** The numeric thresholds, each a setting `oneOnOneCoach.<name>`. */
const DAY_COUNTS = [
  'feedbackDelayHintDays', 'feedbackDelayWarningDays', 'staleFeedbackDays', 'recognitionDays',
  'newEpisodeAfterDays', 'cadenceGraceDays',
] as const satisfies readonly (keyof CheckSettings)[];

const SEVERITY_VALUES: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'];

/** Check settings from a lookup of setting names without the `oneOnOneCoach.` prefix. */
export function checkSettingsFrom(get: (name: string) => unknown): CheckSettings {
  const days = Object.fromEntries(DAY_COUNTS.map((key) => {
    const value = get(key);
    return [key, typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : DEFAULT_SETTINGS[key]];
  })) as Pick<CheckSettings, (typeof DAY_COUNTS)[number]>;
  const cadence = cadenceSchema.safeParse(get('defaultCadence'));
  const severities: Record<string, SeveritySetting> = {};
  const configured = get('severity');
  if (typeof configured === 'object' && configured !== null) {
    for (const [rule, value] of Object.entries(configured)) {
      if (typeof value === 'string' && SEVERITY_VALUES.includes(value)) severities[rule] = value as SeveritySetting;
    }
  }
  return {
    ...DEFAULT_SETTINGS,
    ...days,
    defaultCadence: cadence.success ? cadence.data : DEFAULT_SETTINGS.defaultCadence,
    severities,
  };
}
