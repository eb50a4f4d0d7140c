// Time away (person.yaml `away:`): the days a person is on leave, and how the checks that count days
// skip them.
//
// Decisions (docs/notes-format.md, "Time away", says the same to the manager):
// - A period runs from `from` to `until`, both days away. Periods may overlap; a day counts once.
// - While today is a day away, the checks that count days for that person say nothing.
// - Afterwards, days away do not count: the age of something is the number of days after it, up to
//   and including today, that were not days away. The clock resumes the day after `until`.
import { addDays, daysBetween, toDayNumber } from '../dates';
import type { AwayPeriod } from '../schema';

/** A person's time away, merged into disjoint day-number intervals (both ends included), in order. */
export class TimeAway {
  private readonly spans: readonly (readonly [number, number])[];

  constructor(readonly periods: readonly AwayPeriod[] = []) {
    const sorted = periods
      .map((p) => [toDayNumber(p.from), toDayNumber(p.until)] as [number, number])
      .filter(([from, until]) => until >= from)
      .sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [from, until] of sorted) {
      const last = merged[merged.length - 1];
      if (last && from <= last[1] + 1) last[1] = Math.max(last[1], until);
      else merged.push([from, until]);
    }
    this.spans = merged;
  }

  /** The period `day` falls in, when the person is away that day. */
  awayOn(day: string): AwayPeriod | undefined {
    if (this.periods.length === 0) return undefined;
    return this.periods.find((p) => p.from <= day && day <= p.until);
  }

  /** Days away after `from`, up to and including `to` (0 when `to` is not after `from`). */
  daysAwayBetween(from: string, to: string): number {
    if (this.spans.length === 0) return 0;
    const start = toDayNumber(from) + 1;
    const end = toDayNumber(to);
    let away = 0;
    for (const [a, b] of this.spans) away += Math.max(0, Math.min(b, end) - Math.max(a, start) + 1);
    return away;
  }

  /** Days from `from` to `to` that count: daysBetween less the days away in between (never below 0 for that reason). */
  countedDays(from: string, to: string): number {
    const all = daysBetween(from, to);
    return all <= 0 ? all : all - this.daysAwayBetween(from, to);
  }

  /** The days from `from` to `to`, both included, that are not days away. */
  daysPresentIn(from: string, to: string): number {
    return from > to ? 0 : this.countedDays(addDays(from, -1), to);
  }

  /**
   * The 1:1s a cadence of one every `everyDays` days expects from `from` to `to`, both days included,
   * the days away in that window not counted: the days present, the days away, and the 1:1s expected.
   */
  expectedIn(from: string, to: string, everyDays: number): { present: number; away: number; expected: number } {
    if (from > to) return { present: 0, away: 0, expected: 0 };
    const present = this.daysPresentIn(from, to);
    return { present, away: daysBetween(from, to) + 1 - present, expected: Math.floor(present / everyDays) };
  }

  /** The first day, not a day away, that is `n` counted days after `from` (n >= 1). */
  countedDaysAfter(from: string, n: number): string {
    let day = addDays(from, n);
    for (;;) {
      const counted = this.countedDays(from, day);
      if (counted >= n && !this.awayOn(day)) return day;
      day = addDays(day, Math.max(1, n - counted));
    }
  }

  /** The day `n` counted days before `day`: a window of `n` days that reaches back past the days away in it. */
  countedDaysBefore(day: string, n: number): string {
    let back = n;
    for (;;) {
      const from = addDays(day, -back);
      const needed = n + this.daysAwayBetween(from, day);
      if (needed === back) return from;
      back = needed;
    }
  }
}

const NOBODY_AWAY = new TimeAway();

/** Computed once per person.yaml as validated: the checks ask for it on every run. */
const timeAwayOf = new WeakMap<readonly AwayPeriod[], TimeAway>();

/** The time away of a person (from person.yaml's `away`, as validated). */
export function timeAway(periods: readonly AwayPeriod[] | undefined): TimeAway {
  if (!periods || periods.length === 0) return NOBODY_AWAY;
  let t = timeAwayOf.get(periods);
  if (!t) timeAwayOf.set(periods, (t = new TimeAway(periods)));
  return t;
}

/** The time away written in a person's person.yaml. */
export function awayOf(notes: { readonly person: { readonly data?: { readonly away?: readonly AwayPeriod[] | undefined } | undefined } }): TimeAway {
  return timeAway(notes.person.data?.away);
}
