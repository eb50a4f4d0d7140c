// `check --fail-on error|warning|never`: which findings make the command line exit 1.
// The default is `error`: a pre-commit hook then stops a commit for a mistake in the notes (an unknown
// key, a date that does not match the file name), not for a warning that only says time has passed (an
// overdue 1:1, stale feedback), which no commit can fix. CI that wants every warning fixed says `warning`.
import type { Finding, Severity } from '../core/findings';

export const FAIL_ON_LEVELS = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];
export const DEFAULT_FAIL_ON: FailOn = 'error';

/** The severities that fail a run at each level. */
const FAILING: Readonly<Record<FailOn, ReadonlySet<Severity>>> = {
  error: new Set(['error']),
  warning: new Set(['error', 'warning']),
  never: new Set(),
};

export function isFailOn(value: string): value is FailOn {
  return (FAIL_ON_LEVELS as readonly string[]).includes(value);
}

/** Whether these findings fail a run at this level. */
export function failsOn(findings: readonly Finding[], level: FailOn): boolean {
  return findings.some((f) => FAILING[level].has(f.severity));
}
