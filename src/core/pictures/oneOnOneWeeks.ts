// The overview's 1:1 strip: each week held, missed, away, not due, before the person started, or after
// they left. What counts as held and as overdue is the cadence check's (checks/cadence.ts): a 1:1 held
// (isHeld), and overdue once the days since the last one, time away not counted, pass the cadence plus
// the grace days. A week without a 1:1 is missed when, by its end (or by `until`), the 1:1 is overdue.
import { addDays } from '../dates';
import { cadenceOf, isOverdue } from '../checks/cadence';
import type { CheckContext } from '../checks/rule';
import { heldOneOnOnes, type OneOnOneEntry, type PersonNotes } from '../people/personNotes';
import { awayOf } from '../people/timeAway';
import { locationOf } from './itemLocation';
import type { DaySpan, HeldOneOnOne, OneOnOneWeek } from './pictureData';

/** A held 1:1 as the pictures show it, pointing at its `date:` line. */
export function heldMark(o: OneOnOneEntry): HeldOneOnOne {
  return { date: o.date, suffix: o.suffix, at: locationOf(o, 'date') };
}

/** The 1:1 strip of one person over `weeks` (oldest first, none after today). */
export function oneOnOneWeeks(notes: PersonNotes, ctx: CheckContext, weeks: readonly DaySpan[]): OneOnOneWeek[] {
  const held = heldOneOnOnes(notes, ctx.today);
  const away = awayOf(notes);
  const cadence = cadenceOf(notes, ctx.settings);
  const start = notes.person.data?.since ?? held[0]?.date;
  const until = notes.person.data?.until;
  return weeks.map(({ from, to }) => {
    const inWeek: HeldOneOnOne[] = [];
    let last: OneOnOneEntry | undefined;
    for (const o of held) {
      if (o.date < from) last = o;
      else if (o.date <= to) inWeek.push(heldMark(o));
    }
    const week = (state: OneOnOneWeek['state']): OneOnOneWeek => ({ from, to, state, held: inWeek });
    if (inWeek.length > 0) return week('held');
    if (start === undefined || to < start) return week('before');
    if (until !== undefined && from > until) return week('ended');
    if (away.daysPresentIn(from, to) < 7) return week('away');
    const end = until !== undefined && until < to ? until : to;
    const gap = away.countedDays(last?.date ?? addDays(start, -1), end);
    return week(isOverdue(gap, cadence, ctx.settings) ? 'missed' : 'not-due');
  });
}
