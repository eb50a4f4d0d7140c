// The check thresholds from settings as VS Code stores them (`oneOnOneCoach.<field>`), with the same
// fallbacks everywhere: the editor reads them from its configuration, the command line from the
// folder's .vscode/settings.json. A value of the wrong type or range falls back to its default.
import { cadenceSchema } from '../schema';
import { DEFAULT_SETTINGS, type CheckSettings, type SeveritySetting } from './settings';

/** The numbers of days, each a setting `oneOnOneCoach.<name>`: 0 or more. */
const DAY_COUNTS = [
  'feedbackDelayHintDays', 'feedbackDelayWarningDays', 'staleFeedbackDays', 'recognitionDays',
  'newEpisodeAfterDays', 'cadenceGraceDays',
] as const satisfies readonly (keyof CheckSettings)[];

/** The numbers of people, each a setting `oneOnOneCoach.<name>`: at least 2, as one person is no pattern. */
const PEOPLE_COUNTS = ['recurringBarrierPeople'] as const satisfies readonly (keyof CheckSettings)[];

/** Each key's value when it is a whole number of at least `min`, else its default. */
function wholeNumbers<K extends keyof CheckSettings>(keys: readonly K[], min: number, get: (name: string) => unknown): Pick<CheckSettings, K> {
  return Object.fromEntries(keys.map((key) => {
    const value = get(key);
    return [key, typeof value === 'number' && Number.isInteger(value) && value >= min ? value : DEFAULT_SETTINGS[key]];
  })) as Pick<CheckSettings, K>;
}

/**
 * The defaultCadence setting as the Settings UI writes it (a string: `weekly`, `biweekly`, `monthly`, or a
 * number of days such as `"10"`), or as it was written before (a number, `10`): both read the same.
 */
export function cadenceSetting(value: unknown): unknown {
  return typeof value === 'string' && /^[1-9]\d*$/.test(value) ? Number(value) : value;
}

/** What oneOnOneCoach.severity can set a check to. */
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];
const SEVERITY_VALUES: readonly string[] = SEVERITY_SETTINGS;

/** Keys never taken from settings: they would reach (or replace) an object's prototype. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Check settings from a lookup of setting names without the `oneOnOneCoach.` prefix. */
export function checkSettingsFrom(get: (name: string) => unknown): CheckSettings {
  const days = wholeNumbers(DAY_COUNTS, 0, get);
  const people = wholeNumbers(PEOPLE_COUNTS, 2, get);
  const cadence = cadenceSchema.safeParse(cadenceSetting(get('defaultCadence')));
  const severities: Record<string, SeveritySetting> = {};
  const configured = get('severity');
  if (typeof configured === 'object' && configured !== null) {
    for (const [rule, value] of Object.entries(configured)) {
      if (UNSAFE_KEYS.has(rule)) continue;
      if (typeof value === 'string' && SEVERITY_VALUES.includes(value)) severities[rule] = value as SeveritySetting;
    }
  }
  return {
    ...DEFAULT_SETTINGS,
    ...days,
    ...people,
    defaultCadence: cadence.success ? cadence.data : DEFAULT_SETTINGS.defaultCadence,
    severities,
  };
}
