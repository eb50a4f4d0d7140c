// Days as the charts place them (midnight UTC) and as a manager reads them (24 Nov), in the page's words.
import * as l10n from '@vscode/l10n';
import { addDays } from '../../core/dates';

const months = () => [
  l10n.t({ message: 'Jan', comment: ['short month'] }), l10n.t({ message: 'Feb', comment: ['short month'] }), l10n.t({ message: 'Mar', comment: ['short month'] }),
  l10n.t({ message: 'Apr', comment: ['short month'] }), l10n.t({ message: 'May', comment: ['short month'] }), l10n.t({ message: 'Jun', comment: ['short month'] }),
  l10n.t({ message: 'Jul', comment: ['short month'] }), l10n.t({ message: 'Aug', comment: ['short month'] }), l10n.t({ message: 'Sep', comment: ['short month'] }),
  l10n.t({ message: 'Oct', comment: ['short month'] }), l10n.t({ message: 'Nov', comment: ['short month'] }), l10n.t({ message: 'Dec', comment: ['short month'] }),
];
let monthNames: string[] | undefined;

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
  const month = (monthNames ??= months())[Number(m) - 1] ?? m ?? '';
  return year !== undefined && y !== year
    ? l10n.t({ message: '{day} {month} {year}', args: { day: Number(d), month, year: y ?? '' }, comment: ['a day: 24 Nov 2025'] })
    : l10n.t({ message: '{day} {month}', args: { day: Number(d), month }, comment: ['a day: 24 Nov'] });
}

/** The month of an axis tick (a Date at midnight UTC), as the page writes it: Nov. */
export function tickMonth(date: Date): string {
  return (monthNames ??= months())[date.getUTCMonth()] ?? '';
}

/** The day of an axis tick (a Date at midnight UTC), as the page writes it: 24 Nov. */
export function tickDay(date: Date): string {
  return shortDay(date.toISOString().slice(0, 10));
}

/** "1 day", "3 days". */
export function dayCount(days: number): string {
  return days === 1 ? l10n.t('1 day') : l10n.t('{0} days', days);
}

/** 1st, 2nd, 3rd, 4th, ... */
export function nth(n: number): string {
  const tens = n % 100;
  const last = tens >= 11 && tens <= 13 ? 0 : n % 10;
  if (last === 1) return l10n.t({ message: '{0}st', args: [n], comment: ['an ordinal: 1st, 2nd, 3rd, 4th…'] });
  if (last === 2) return l10n.t({ message: '{0}nd', args: [n], comment: ['an ordinal: 1st, 2nd, 3rd, 4th…'] });
  if (last === 3) return l10n.t({ message: '{0}rd', args: [n], comment: ['an ordinal: 1st, 2nd, 3rd, 4th…'] });
  return l10n.t({ message: '{0}th', args: [n], comment: ['an ordinal: 1st, 2nd, 3rd, 4th…'] });
}
