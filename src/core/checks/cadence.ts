// Regular 1:1s are where trust is built (coaching-model.md, section 7).
//
// Decisions:
// - The cadence is the person's `cadence`, else the defaultCadence setting (weekly): weekly 7 days,
//   biweekly 14, monthly 30, or the number written.
// - Overdue when the last 1:1 on or before today is more than cadence + cadenceGraceDays (3) days ago:
//   for weekly, 10 days is fine and 11 is overdue. Only a 1:1 held counts: one dated after today, or with
//   nothing real written in it yet, is planned (isHeld in personNotes.ts).
// - Only for people with at least one 1:1 so far, and not after their `until`.
// - Time away (person.yaml `away:`, see timeAway.ts): quiet while the person is away; afterwards the
//   days away do not count toward the gap.
import { fieldRange } from '../people/located';
import { heldOneOnOnes, type PersonNotes } from '../people/personNotes';
import { cadenceDays, type Cadence } from '../schema';
import { awayOf } from '../people/timeAway';
import { finding, personAnchor, present, type Rule } from './rule';
import type { CheckSettings } from './settings';
import { days, notCountingAway, PAUSED_WHILE_AWAY } from './wording';

/** `weekly`, `biweekly`, `monthly` or `every 10 days`. */
export function cadenceLabel(cadence: Cadence): string {
  return typeof cadence === 'number' ? `every ${days(cadence)}` : cadence;
}

/** The person's cadence: their `cadence`, else the defaultCadence setting. */
export function cadenceOf(notes: PersonNotes, settings: Pick<CheckSettings, 'defaultCadence'>): Cadence {
  return notes.person.data?.cadence ?? settings.defaultCadence;
}

/** Whether `gap` counted days since the last 1:1 is overdue: more than the cadence plus the grace days. */
export function isOverdue(gap: number, cadence: Cadence, settings: Pick<CheckSettings, 'cadenceGraceDays'>): boolean {
  return gap > cadenceDays(cadence) + settings.cadenceGraceDays;
}

export const cadenceOverdue: Rule = {
  id: 'cadence/overdue',
  defaultSeverity: 'warning',
  afterUntil: 'quiet',
  title: 'A 1:1 is overdue',
  label: '1:1 overdue',
  guidance:
    'Book the next 1:1 now, even a short one. If the rhythm no longer fits (a holiday, a change of role), '
    + 'say so to the person and change `cadence` in their person.yaml, rather than letting meetings lapse; '
    + 'set `until` when you no longer manage them.',
  doc: {
    why:
      'A 1:1 that keeps its rhythm tells the person they matter, and it is where small problems come up while '
      + 'they are still small. Skipped meetings are the first thing people notice and the last thing a busy '
      + 'manager does. The check fires when the last 1:1 is more than the cadence plus the grace days ago. '
      + PAUSED_WHILE_AWAY,
    example: [
      '# person.yaml (last 1:1 on 12 November; today 27 November: 15 days, more than 7 + 3)',
      'name: Chen Wei',
      'cadence: weekly',
    ].join('\n'),
    settings: ['defaultCadence', 'cadenceGraceDays'],
  },
  check(notes, ctx) {
    const until = notes.person.data?.until;
    if (until !== undefined && until < ctx.today) return [];
    const last = heldOneOnOnes(notes, ctx.today).pop();
    if (!last) return [];
    const away = awayOf(notes);
    if (away.awayOn(ctx.today)) return [];
    const cadence = cadenceOf(notes, ctx.settings);
    const gap = away.countedDays(last.date, ctx.today);
    if (!isOverdue(gap, cadence, ctx.settings)) return [];
    return present([finding(cadenceOverdue, ctx, {
      at: personAnchor(notes),
      summary: `1:1 overdue by ${days(gap - cadenceDays(cadence))}`,
      message: `Last 1:1 with ${notes.person.name} was ${days(gap)} ago (${last.date}${notCountingAway(away.daysAwayBetween(last.date, ctx.today))}); the cadence is ${cadenceLabel(cadence)}`,
      related: [{ file: last.file, range: fieldRange(last, 'date'), message: `Last 1:1, ${last.date}` }],
      fixes: [{ title: `New 1:1 with ${notes.person.name}`, edits: [], command: { kind: 'new-one-on-one', personId: notes.person.id } }],
    })]);
  },
};

export const cadenceRules: readonly Rule[] = [cadenceOverdue];
