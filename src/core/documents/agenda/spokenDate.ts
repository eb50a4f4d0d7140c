// Dates as a person says them in a message: "Tuesday 1 December", with the year when it is not this year's.
import { parseIsoDate } from '../../dates';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** `date` (YYYY-MM-DD) in words, e.g. "Tuesday 1 December"; the year is added when it differs from `today`'s. */
export function spokenDate(date: string, today: string): string {
  const d = parseIsoDate(date);
  if (!d) return date;
  const weekday = WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()] as string;
  const year = today.slice(0, 4) === date.slice(0, 4) ? '' : ` ${d.year}`;
  return `${weekday} ${d.day} ${MONTHS[d.month - 1] as string}${year}`;
}
