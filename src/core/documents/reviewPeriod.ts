// The period of a review summary: the last six months by default, or from/to as given.
import { isoDateProblem, parseIsoDate } from '../dates';

/** The same day `months` months before `date`, or the month's last day when it is shorter. */
export function monthsBefore(date: string, months: number): string {
  const d = parseIsoDate(date);
  if (!d) return date;
  const index = d.year * 12 + (d.month - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d.day, last)).padStart(2, '0')}`;
}

/** How many months a review looks back when no start is given. */
export const DEFAULT_REVIEW_MONTHS = 6;

/**
 * The period from/to (either may be missing: `to` defaults to today, `from` to six months before `to`),
 * or a problem in plain words: a day that is not YYYY-MM-DD or does not exist, or a period that ends
 * before it starts.
 */
export function reviewPeriodOf(today: string, from?: string, to?: string): { from: string; to: string } | { problem: string } {
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    const problem = value === undefined ? undefined : isoDateProblem(value);
    if (problem !== undefined) return { problem: `--${name}: ${problem}` };
  }
  const end = to ?? today;
  const start = from ?? monthsBefore(end, DEFAULT_REVIEW_MONTHS);
  if (start > end) return { problem: `the period ends (${end}) before it starts (${start})` };
  return { from: start, to: end };
}
