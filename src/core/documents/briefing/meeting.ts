// The meeting part of a briefing: when you last met, the rhythm, and how many 1:1s this quarter kept
// or missed. The rhythm is the cadence hover's (guidance/cadence.ts); the quarter counts days as the
// cadence check does: days away (person.yaml `away:`) are not expected to hold a 1:1, nor days before
// `since` or after `until`.
import type { CheckContext } from '../../checks/rule';
import { maxIsoDate } from '../../dates';
import { cadenceFacts, type CadenceFacts } from '../../guidance/cadence';
import { heldOneOnOnes, type OneOnOneEntry, type PersonNotes } from '../../people/personNotes';
import { awayOf } from '../../people/timeAway';

export interface QuarterCount {
  /** The first day counted: the quarter's first day, or `since` when later. */
  readonly from: string;
  /** The last day counted: today, or `until` when earlier. */
  readonly to: string;
  /** The 1:1s held in those days. */
  readonly kept: readonly OneOnOneEntry[];
  /** How many the cadence expected in those days, days away left out. */
  readonly expected: number;
  /** Expected and not held (never below 0). */
  readonly missed: number;
  readonly daysAway: number;
}

export interface MeetingFacts {
  /** The last 1:1 held. */
  readonly last?: OneOnOneEntry;
  readonly cadence: CadenceFacts;
  readonly quarter: QuarterCount;
}

/** The first day of the calendar quarter `day` is in. */
export function quarterStart(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
}

export function meetingFacts(notes: PersonNotes, ctx: CheckContext): MeetingFacts {
  const held = heldOneOnOnes(notes, ctx.today);
  const cadence = cadenceFacts(notes, ctx);
  const since = notes.person.data?.since;
  const until = notes.person.data?.until;
  const from = since === undefined ? quarterStart(ctx.today) : maxIsoDate(quarterStart(ctx.today), since);
  const to = until !== undefined && until < ctx.today ? until : ctx.today;
  const kept = held.filter((o) => o.date >= from && o.date <= to);
  const window = awayOf(notes).expectedIn(from, to, cadence.every);
  const last = held[held.length - 1];
  return {
    ...(last ? { last } : {}),
    cadence,
    quarter: { from, to, kept, expected: window.expected, missed: Math.max(0, window.expected - kept.length), daysAway: window.away },
  };
}
