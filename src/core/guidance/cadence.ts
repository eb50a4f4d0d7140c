// A person's 1:1 rhythm (coaching-model.md, section 7): what their cadence means, how long since the
// last 1:1, and when the next one is due, counted as cadence/overdue counts (days away left out).
import type { CheckContext } from '../checks/rule';
import { days } from '../checks/wording';
import { daysBetween } from '../dates';
import { heldOneOnOnes, type PersonNotes } from '../people/personNotes';
import { cadenceDays, type AwayPeriod, type Cadence } from '../schema';
import { awayOf } from '../people/timeAway';
import { ruleLink, type DocTarget } from './ruleLinks';

export interface CadenceFacts {
  readonly cadence: Cadence;
  /** Written in person.yaml, or the default cadence setting. */
  readonly fromPerson: boolean;
  readonly every: number;
  readonly grace: number;
  /** The last 1:1 held (on or before today, with something written in it). */
  readonly last?: string;
  readonly daysSince?: number;
  /** When the next 1:1 is due, and the first day it counts as overdue. */
  readonly due?: string;
  readonly overdueFrom?: string;
  /** The person's `until`, when it has passed. */
  readonly ended?: string;
  /** The time away today is in, when the person is away (person.yaml `away:`). */
  readonly awayNow?: AwayPeriod;
}

export function cadenceFacts(notes: PersonNotes, ctx: CheckContext): CadenceFacts {
  const written = notes.person.data?.cadence;
  const cadence = written ?? ctx.settings.defaultCadence;
  const every = cadenceDays(cadence);
  const grace = ctx.settings.cadenceGraceDays;
  const base = { cadence, fromPerson: written !== undefined, every, grace };
  const until = notes.person.data?.until;
  if (until !== undefined && until < ctx.today) return { ...base, ended: until };
  const last = heldOneOnOnes(notes, ctx.today).pop()?.date;
  if (last === undefined) return base;
  const away = awayOf(notes);
  const awayNow = away.awayOn(ctx.today);
  return {
    ...base, last, daysSince: daysBetween(last, ctx.today), due: away.countedDaysAfter(last, every),
    overdueFrom: away.countedDaysAfter(last, every + grace + 1), ...(awayNow ? { awayNow } : {}),
  };
}

function inDays(from: string, to: string): string {
  const n = daysBetween(from, to);
  return n === 0 ? 'today' : n > 0 ? `in ${days(n)}` : `${days(-n)} ago`;
}

/** The hover on `cadence` (Markdown). */
export function cadenceHover(f: CadenceFacts, name: string, today: string, docs: DocTarget): string {
  const rhythm = typeof f.cadence === 'number' ? `1:1s every ${days(f.cadence)}` : `${f.cadence[0]?.toUpperCase()}${f.cadence.slice(1)} 1:1s`;
  const paragraphs = [
    `**${rhythm}** with ${name}${f.fromPerson ? '' : ' (the default cadence setting)'}: one every ${days(f.every)}, overdue after ${days(f.every + f.grace)}.`,
    'A rhythm that holds tells the person they matter, and small problems come up while they are still small.',
  ];
  if (f.ended) {
    paragraphs.push(`You stopped managing ${name} on ${f.ended}: no more 1:1s are expected.`);
  } else if (f.last === undefined || f.due === undefined || f.overdueFrom === undefined) {
    paragraphs.push('No 1:1 written yet: the first one sets the rhythm.');
  } else {
    const last = `Last 1:1: ${f.last}, ${f.daysSince === 0 ? 'today' : `${days(f.daysSince ?? 0)} ago`}.`;
    if (f.awayNow) {
      paragraphs.push(`${last} ${name} is away until ${f.awayNow.until}${f.awayNow.reason ? ` (${f.awayNow.reason})` : ''}: the rhythm pauses, and the days away do not count. Next due ${f.due}.`);
    } else if (f.overdueFrom <= today) {
      paragraphs.push(`${last} The next was due ${f.due}: **overdue**. Book one now, even a short one; if the rhythm no longer fits, agree a new \`cadence\` with them. ${ruleLink(docs, 'cadence/overdue')}`);
    } else {
      paragraphs.push(`${last} Next due ${f.due} (${inDays(today, f.due)}); overdue from ${f.overdueFrom}.`);
    }
  }
  return paragraphs.join('\n\n');
}
