// The spans of days the pictures look at, all counted back from today (both ends of a span included):
// - the overview: 26 weeks, the last one ending today (so a week runs from a weekday to the day before it);
// - a person's history: 3 months (13 weeks), 6 months (26 weeks), a year (52 weeks) or everything;
// - the coaching habits: this quarter (13 weeks ending today) and the 13 weeks before it.
import { addDays } from '../dates';
import type { DaySpan, TimelineRange } from './pictureData';

/** Weeks in the overview's strip. */
export const OVERVIEW_WEEKS = 26;
/** Weeks in a quarter. */
export const QUARTER_WEEKS = 13;

/** The `count` weeks ending on `today`, oldest first. */
export function weeksEnding(today: string, count: number): DaySpan[] {
  const weeks: DaySpan[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const to = addDays(today, -7 * i);
    weeks.push({ from: addDays(to, -6), to });
  }
  return weeks;
}

/** `weeks` whole weeks ending `weeksBack` weeks before today (0: ending today). */
export function spanOfWeeks(today: string, weeks: number, weeksBack = 0): DaySpan {
  const to = addDays(today, -7 * weeksBack);
  return { from: addDays(to, -7 * weeks + 1), to };
}

const RANGE_WEEKS: Readonly<Record<Exclude<TimelineRange, 'all'>, number>> = { '3m': 13, '6m': 26, '1y': 52 };

/** The days a history range covers, up to today; `all` starts at `earliest` (the first day the notes speak of). */
export function rangeSpan(range: TimelineRange, today: string, earliest: string): DaySpan {
  if (range === 'all') return { from: earliest < today ? earliest : today, to: today };
  return spanOfWeeks(today, RANGE_WEEKS[range]);
}

