// Days as the charts place them (midnight UTC) and as a manager reads them (24 Nov).
import { addDays } from '../../core/dates';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A YYYY-MM-DD day as a Date at midnight UTC (the time scales are UTC). */
export function dateOf(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The end of a day: midnight UTC of the next one, so a week's cell covers all its days. */
export function endOf(day: string): Date {
  return dateOf(addDays(day, 1));
}

/** 24 Nov, or 24 Nov 2025 when the year is not `year`. */
export function shortDay(day: string, year?: string): string {
  const [y, m, d] = day.split('-');
  const text = `${Number(d)} ${MONTHS[Number(m) - 1] ?? m}`;
  return year !== undefined && y !== year ? `${text} ${y}` : text;
}

/** "1 day", "3 days". */
export function dayCount(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** 1st, 2nd, 3rd, 4th, ... */
export function nth(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
