// Calendar dates as the notes write them: plain `YYYY-MM-DD` strings.
//
// yaml@2 (core schema) keeps `2026-03-04` a string, and so do we: a date in the
// notes is a day on the calendar, not an instant, so nothing here touches time
// zones. Arithmetic goes through a day number (days since 1970-01-01, counted
// in UTC), which is exact for every Gregorian date.

/** A string of the shape `YYYY-MM-DD`. Whether the day exists is checked separately. */
export const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;


const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export interface CalendarDate {
  readonly year: number;
  /** 1 to 12. */
  readonly month: number;
  /** 1 to 31. */
  readonly day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (month 1 to 12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why `text` is not a usable date, in words a person can act on; undefined when
 * it is a real `YYYY-MM-DD` calendar date.
 */
export function isoDateProblem(text: string): string | undefined {
  const m = ISO_DATE_PATTERN.exec(text);
  if (!m) return `"${text}" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-04`;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) return `${text} is not a real date: there is no month ${m[2]}`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return `${text} is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${last} days`;
  }
  return undefined;
}

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: unknown): text is string {
  return typeof text === 'string' && isoDateProblem(text) === undefined;
}

/** The parts of a real `YYYY-MM-DD` date, or undefined. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  if (isoDateProblem(text) !== undefined) return undefined;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return { year: y, month: m, day: d };
}

function requireDate(text: string): CalendarDate {
  const parts = parseIsoDate(text);
  if (!parts) throw new RangeError(isoDateProblem(text));
  return parts;
}

/** Day numbers already worked out: the checks ask for the same few thousand dates again and again. */
const dayNumbers = new Map<string, number>();
const REMEMBERED_DAYS = 50_000;

/** Days since 1970-01-01 (negative before). Throws RangeError on an invalid date. */
export function toDayNumber(text: string): number {
  const known = dayNumbers.get(text);
  if (known !== undefined) return known;
  const { year, month, day } = requireDate(text);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years 0-99 as written
  const n = Math.round(d.getTime() / 86_400_000);
  if (dayNumbers.size >= REMEMBERED_DAYS) dayNumbers.clear();
  dayNumbers.set(text, n);
  return n;
}

/** The `YYYY-MM-DD` date of a day number (see toDayNumber). */
export function fromDayNumber(dayNumber: number): string {
  const d = new Date(dayNumber * 86_400_000);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/**
 * Negative when a is before b, 0 on the same day, positive after.
 * Valid ISO dates compare correctly as strings; this also validates both.
 */
export function compareIsoDates(a: string, b: string): number {
  return Math.sign(toDayNumber(a) - toDayNumber(b));
}

/** Whole days from `from` to `to`: daysBetween('2026-03-01', '2026-03-04') === 3. */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** The later of two dates. */
export function maxIsoDate(a: string, b: string): string {
  return compareIsoDates(a, b) >= 0 ? a : b;
}

/**
 * Today's date on the user's calendar (local time of `now`), as `YYYY-MM-DD`.
 * The one place a clock meets the notes; pass `now` in tests.
 */
export function todayIso(now: Date = new Date()): string {
  return [
    String(now.getFullYear()).padStart(4, '0'),
    String(now.getMonth() + 1).padStart(2, '0'),
    String(now.getDate()).padStart(2, '0'),
  ].join('-');
}
