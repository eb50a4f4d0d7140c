// Entries the extension appends to person.yaml: a snooze and a stretch of time away, as plain lines
// relative to the list dash (see entryIntoList in placement.ts). Optional keys are left out when empty.
import { addDays } from '../dates';
import type { AwayPeriod, Snooze } from '../schema';
import { yamlScalar } from './yamlText';

function optional(key: string, value: string | undefined): string[] {
  const text = value?.trim();
  return text ? [`  ${key}: ${yamlScalar(text)}`] : [];
}

/** A `snooze:` entry. */
export function snoozeEntryLines(s: Snooze): string[] {
  return [`- check: ${s.check}`, `  until: ${s.until}`, ...optional('about', s.about), ...optional('reason', s.reason)];
}

/** An `away:` entry. */
export function awayEntryLines(a: AwayPeriod): string[] {
  return [`- from: ${a.from}`, `  until: ${a.until}`, ...optional('reason', a.reason)];
}

/** A ready-made snooze length: its label, the last quiet day (`until`) and the day the finding is back. */
export interface SnoozeChoice {
  readonly label: string;
  readonly until: string;
  readonly back: string;
}

/** The ready-made snooze lengths the quick fix offers: a week and two weeks, today included. */
export function snoozeChoices(today: string): SnoozeChoice[] {
  return [
    { label: 'For a week', until: addDays(today, 6), back: addDays(today, 7) },
    { label: 'For two weeks', until: addDays(today, 13), back: addDays(today, 14) },
  ];
}
