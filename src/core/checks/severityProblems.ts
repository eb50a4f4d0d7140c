// What is wrong in the oneOnOneCoach.severity setting as a folder's settings file holds it: an id that
// names no check (with the check that was likely meant) or a value that is no severity. The editor's
// settings schema marks these in settings.json; the command line, which reads the file itself, says them.
import { didYouMean } from '../didYouMean';
import { SEVERITY_SETTINGS, UNSAFE_KEYS } from './settingsFromRecord';

const SETTING = 'oneOnOneCoach.severity';

/** One line per mistake in the setting's value; none when it is unset or right. */
export function severityProblems(configured: unknown, checkIds: readonly string[]): string[] {
  if (configured === undefined) return [];
  if (typeof configured !== 'object' || configured === null || Array.isArray(configured)) {
    return [`${SETTING} is not an object of check ids and severities; it is ignored.`];
  }
  const known = new Set(checkIds);
  const values: readonly string[] = SEVERITY_SETTINGS;
  const problems: string[] = [];
  for (const [id, value] of Object.entries(configured)) {
    if (UNSAFE_KEYS.has(id)) continue;
    if (!known.has(id)) {
      const meant = didYouMean(id, checkIds);
      problems.push(`${SETTING}: ${JSON.stringify(id)} is not a check id${meant ? ` (did you mean ${meant}?)` : ''}; it is ignored.`);
    } else if (typeof value !== 'string' || !values.includes(value)) {
      problems.push(`${SETTING}: ${id} is set to ${JSON.stringify(value)}, which is not one of ${values.join(', ')}; its default applies.`);
    }
  }
  return problems;
}
