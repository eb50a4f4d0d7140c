// Every threshold of the coaching checks, with the defaults the coaching model names.
// The editor maps its settings onto this shape; the command line uses the defaults.
import type { Severity } from '../findings';
import type { Cadence } from '../schema';

export type SeveritySetting = Severity | 'off';

export interface CheckSettings {
  /** Feedback given more than this many days after it was observed: a hint. */
  readonly feedbackDelayHintDays: number;
  /** Feedback given more than this many days after it was observed: a warning. */
  readonly feedbackDelayWarningDays: number;
  /** Corrective feedback given and not followed up for more than this many days: stale. */
  readonly staleFeedbackDays: number;
  /** No positive feedback for a person in this many days while 1:1s happened. */
  readonly recognitionDays: number;
  /** A topic resolved for longer than this starts a new episode when it comes back. */
  readonly newEpisodeAfterDays: number;
  /** The cadence of a person whose person.yaml names none. */
  readonly defaultCadence: Cadence;
  /** Days of grace past the cadence before a 1:1 counts as overdue. */
  readonly cadenceGraceDays: number;
  /** A barrier (an open topic, or a barrier line) recorded for this many people or more points at the process. */
  readonly recurringBarrierPeople: number;
  /** Per rule id: a severity other than the rule's default, or 'off'. */
  readonly severities: Readonly<Record<string, SeveritySetting>>;
}

export const DEFAULT_SETTINGS: CheckSettings = {
  feedbackDelayHintDays: 2,
  feedbackDelayWarningDays: 7,
  staleFeedbackDays: 14,
  recognitionDays: 30,
  newEpisodeAfterDays: 180,
  defaultCadence: 'weekly',
  cadenceGraceDays: 3,
  recurringBarrierPeople: 3,
  severities: {},
};

/** The defaults with the given values laid over them. */
export function withDefaults(partial: Partial<CheckSettings> = {}): CheckSettings {
  return { ...DEFAULT_SETTINGS, ...partial, severities: { ...DEFAULT_SETTINGS.severities, ...partial.severities } };
}
