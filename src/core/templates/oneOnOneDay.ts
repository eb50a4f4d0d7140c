// Which day a new 1:1 is for, as New 1:1 offers it: today, or the next day the person's cadence
// expects; for a day that already has a 1:1 file, that file is opened, and a second file for the
// day is only written when the manager asks for "another 1:1" on it. Plain data and words, so the
// choice is unit-tested; the command shows it as a quick pick.
import { days } from '../checks/wording';
import { daysBetween } from '../dates';
import type { CadenceFacts } from '../guidance/cadence';
import { nextOneOnOneFileName, oneOnOneFilesOn } from '../reading/layout';
import type { Range } from '../findings';
import { PLACEHOLDER_PATTERN } from '../schema';

export interface DayChoice {
  readonly label: string;
  readonly description: string;
  readonly date: string;
  /** Write a further file for the day even though one exists. */
  readonly another: boolean;
  /** The file that choosing it opens (an existing one) or creates. */
  readonly file: string;
}

function cadenceWords(f: CadenceFacts): string {
  return typeof f.cadence === 'number' ? `every ${days(f.cadence)}` : f.cadence;
}

/**
 * The days on offer: today; the next day due by the cadence, when that is after today. A day with a
 * 1:1 file already opens its latest file, and comes with "Another 1:1 …" for a further file that day.
 */
export function dayChoices(facts: CadenceFacts, today: string, names: readonly string[]): DayChoice[] {
  const out: DayChoice[] = [];
  const offer = (date: string, label: string, about: string, anotherLabel: string) => {
    const existing = oneOnOneFilesOn(date, names);
    const latest = existing[existing.length - 1];
    if (latest === undefined) {
      out.push({ label, description: `${about} · new file ${nextOneOnOneFileName(date, names)}`, date, another: false, file: nextOneOnOneFileName(date, names) });
      return;
    }
    out.push({ label, description: `${about} · opens ${latest}, already started`, date, another: false, file: latest });
    const next = nextOneOnOneFileName(date, names);
    out.push({ label: anotherLabel, description: `a second file for ${date}: ${next}`, date, another: true, file: next });
  };
  offer(today, 'Today', today, 'Another 1:1 today');
  if (facts.due !== undefined && facts.due > today) {
    offer(facts.due, 'Next due', `${facts.due}, in ${days(daysBetween(today, facts.due))} (${cadenceWords(facts)}, last 1:1 ${facts.last})`, `Another 1:1 on ${facts.due}`);
  }
  return out;
}

/** Where to put the cursor in a new 1:1's text: on its first placeholder, outside comments. */
export function firstPlaceholder(text: string): Range | undefined {
  const lines = text.split('\n');
  for (let line = 0; line < lines.length; line++) {
    const content = (lines[line] as string).replace(/(^|\s)#.*$/, '');
    const m = /<[^<>\r\n]+>/.exec(content);
    if (m && PLACEHOLDER_PATTERN.test(m[0])) return { start: { line, character: m.index }, end: { line, character: m.index + m[0].length } };
  }
  return undefined;
}
