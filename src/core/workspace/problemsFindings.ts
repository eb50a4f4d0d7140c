// Which findings go to Problems. Where a YAML extension checks the file too (Red Hat YAML, with its
// `yaml.validate` on), it reports every YAML mistake in its own words and cannot be told not to, so 1:1 Coach
// leaves its own out of Problems rather than show each twice. Its hovers, lenses, the command line and the
// last-good-version info still see them.
import type { Finding } from '../findings';

/** Codes of mistakes that Red Hat YAML reports as well, for any YAML file: the syntax and a key written twice. */
export const YAML_TOOL_CODES: ReadonlySet<string> = new Set(['format/syntax', 'format/duplicate-key']);

/**
 * The findings of a file to show in Problems, given whether a YAML extension reports the file's YAML mistakes
 * (asked only when the file has such a mistake).
 */
export function findingsForProblems(findings: readonly Finding[], yamlToolReports: () => boolean): readonly Finding[] {
  return findings.some((f) => YAML_TOOL_CODES.has(f.code)) && yamlToolReports() ? findings.filter((f) => !YAML_TOOL_CODES.has(f.code)) : findings;
}
