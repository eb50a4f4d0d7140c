// Snoozes (person.yaml `snooze:`): a finding the manager has put off until a day. The engine drops
// the findings a snooze matches; snooze/ended points at a snooze whose day has passed.
//
// Decisions (docs/notes-format.md, "Snoozing a finding", says the same to the manager):
// - A snooze holds up to and including `until`; the finding is back the day after.
// - It matches the findings of its `check` about its person (in one of their files). Without `about`,
//   every such finding; with `about`, those it names: a topic id (a conversation on that topic, or
//   feedback that names it), a file name (`2026-11-20.yaml`: a finding in that file), or a file name
//   and a date (`feedback.yaml 2026-10-30`: the feedback observed, or the action due, that day in that
//   file). Case, commas and extra spaces do not matter.
// - A team finding (culture/recurring-barrier) is about no one person: a snooze in anyone's person.yaml
//   matches it.
// - A snooze whose day has passed changes nothing; snooze/ended hints that it can go.
import type { Finding } from '../findings';
import { locate, type Located } from '../people/located';
import type { PersonNotes } from '../people/personNotes';
import type { Snooze } from '../schema';
import { startsWithin } from '../workspace/sidebarModel';
import { removeEntry } from './entryEdits';
import { finding, present, type Rule } from './rule';

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

function normalized(about: string): string {
  return about.toLowerCase().replace(/[,;]/g, ' ').replace(/\s+/g, ' ').trim();
}

function entryOf<T extends Located>(list: readonly T[], f: Finding): T | undefined {
  return list.find((e) => e.file === f.file && startsWithin(e.range, f.range));
}

/** What a finding is about, most specific first: an item (`file date`), a topic id, its file name. */
export function aboutKeys(f: Finding, notes: PersonNotes | undefined): string[] {
  const base = baseName(f.file);
  const keys: string[] = [];
  if (notes) {
    const feedback = entryOf(notes.feedback, f);
    if (feedback) {
      keys.push(`${base} ${feedback.item.observed}`);
      if (feedback.item.topic) keys.push(feedback.item.topic);
    }
    const action = entryOf(notes.actions, f);
    if (action?.item.due) keys.push(`${base} ${action.item.due}`);
    const conversation = entryOf(notes.topicThreads.flatMap((t) => t.conversations), f);
    if (conversation) keys.push(conversation.topicId);
  }
  keys.push(base);
  return keys;
}

/**
 * What a snooze written for this finding names as `about`: the most specific of aboutKeys; nothing
 * for a finding on person.yaml (about the person as a whole) or a team finding.
 */
export function snoozeAboutFor(f: Finding, notes: PersonNotes | undefined, team: boolean): string | undefined {
  if (team) return undefined;
  const base = baseName(f.file);
  if (base === 'person.yaml' || base === 'person.yml') return undefined;
  return aboutKeys(f, notes)[0];
}

/** The snoozes of a person that hold on `today`. */
export function activeSnoozes(notes: PersonNotes, today: string): Snooze[] {
  return (notes.person.data?.snooze ?? []).filter((s) => s.until >= today);
}

/**
 * The findings no active snooze matches: one of the finding's check with no `about`, or with an
 * `about` that names one of the finding's aboutKeys. `snoozers` are the people whose snoozes apply; `notesOf`
 * gives the notes of the person a finding's file belongs to.
 */
export function withoutSnoozed(
  findings: readonly Finding[], snoozers: readonly PersonNotes[], notesOf: (file: string) => PersonNotes | undefined, today: string,
): Finding[] {
  const snoozes = snoozers.flatMap((n) => activeSnoozes(n, today));
  if (snoozes.length === 0) return [...findings];
  // Each snooze's about and each finding's keys are worked out once: a person can hold thousands of
  // both, and matching every pair afresh would cost the cube of that.
  const byCheck = new Map<string, (string | undefined)[]>();
  for (const s of snoozes) {
    const abouts = byCheck.get(s.check) ?? [];
    abouts.push(s.about === undefined ? undefined : normalized(s.about));
    byCheck.set(s.check, abouts);
  }
  return findings.filter((f) => {
    const abouts = byCheck.get(f.code);
    if (abouts === undefined) return true;
    if (abouts.includes(undefined)) return false;
    const keys = new Set(aboutKeys(f, notesOf(f.file)).map(normalized));
    return !abouts.some((about) => keys.has(about as string));
  });
}

export const snoozeEnded: Rule = {
  id: 'snooze/ended',
  defaultSeverity: 'hint',
  afterUntil: 'quiet',
  title: 'A snooze whose day has passed',
  guidance:
    'The finding it quieted is back, if it still applies. Remove the entry, or give it a later `until` if '
    + 'the reason still holds.',
  doc: {
    why:
      'A snooze puts a finding off until a day, written in person.yaml so that the editor and the command line '
      + 'agree. Once the day has passed it changes nothing, and an old list of snoozes only hides what is still '
      + 'quiet on purpose. The check points at a snooze the day after its `until`.',
    example: [
      '# person.yaml (today 27 November)',
      'name: Chen Wei',
      'snooze:',
      '  - check: cadence/overdue',
      '    until: 2026-11-20',
      '    reason: team offsite',
    ].join('\n'),
    settings: [],
  },
  check(notes, ctx) {
    const source = notes.person.source;
    if (!source) return [];
    return present((notes.person.data?.snooze ?? []).map((s, i) => {
      if (s.until >= ctx.today) return undefined;
      const entry = locate(source.loaded, `snooze.${i}`);
      return finding(snoozeEnded, ctx, {
        at: entry,
        message: `The snooze of ${s.check} ended on ${s.until}; remove it, or give it a later date`,
        fixes: () => {
          const removal = removeEntry(entry);
          return removal ? [{ title: 'Remove this snooze', edits: [removal] }] : [];
        },
      });
    }));
  },
};

export const snoozeRules: readonly Rule[] = [snoozeEnded];
