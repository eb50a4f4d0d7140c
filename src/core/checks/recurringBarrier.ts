// culture/recurring-barrier: when several people stumble on the same barrier, the barrier is the
// process, not the people (coaching-model.md, section 7). A team rule: it reads everyone's notes at
// once, and coaches the manager; it is never a finding about a person.
//
// Decisions:
// - Two signals, each explainable on its own, each counted in people (recurringBarrierPeople, 3; never
//   fewer than 2):
//   A. the same topic id is open for that many people: the latest conversation on it with each of them
//      (on or before today) has status open or improving;
//   B. the same barrier line, from the `barriers` of a Socratic conversation, was written for that many
//      people in the last 180 days (180 days ago counts, 181 does not). Lines are compared lower-cased,
//      with every run of spaces and punctuation as one space: "Flaky  CI!" is "flaky ci".
// - A person counts once per barrier, with their latest occurrence. People you no longer manage
//   (`until` before today) do not count.
// - One finding per recurring barrier, on its most recent occurrence (the topic's `id` value, or the
//   barrier's list item); a related location for every other person's latest occurrence.
import { addDays } from '../dates';
import type { Finding } from '../findings';
import { fieldRange } from '../people/located';
import type { PersonEntry, PersonNotes, TopicConversationEntry } from '../people/personNotes';
import type { TopicConversation } from '../schema';
import { finding, present, type CheckContext, type Rule } from './rule';
import { quoted } from './wording';

/** Signal B looks this many days back. */
export const RECURRING_BARRIER_WINDOW_DAYS = 180;

/** A barrier line as compared: lower-case, each run of spaces and punctuation one space, trimmed. */
export function barrierKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The keys of a conversation's barriers, computed once: the rule re-runs on every change, and a
 * conversation object lives as long as its file is unchanged.
 */
const keysOf = new WeakMap<TopicConversation, readonly string[]>();

function barrierKeys(c: TopicConversation): readonly string[] {
  let keys = keysOf.get(c);
  if (!keys) keysOf.set(c, (keys = c.barriers.map(barrierKey)));
  return keys;
}

/** One person's latest meeting with a barrier. */
export interface Occurrence {
  readonly person: PersonEntry;
  readonly entry: TopicConversationEntry;
  /** The anchor inside the entry: `id`, or `barriers.<i>`. */
  readonly field: string;
  /** The barrier as this occurrence writes it. */
  readonly label: string;
}

/** Per barrier key, per person id: that person's latest occurrence. */
type Occurrences = Map<string, Map<string, Occurrence>>;

/** Newest first: by 1:1 date, same-day suffix, then file. */
function newerFirst(a: Occurrence, b: Occurrence): number {
  const [x, y] = [a.entry, b.entry];
  if (x.date !== y.date) return x.date > y.date ? -1 : 1;
  if (x.suffix !== y.suffix) return x.suffix > y.suffix ? -1 : 1;
  return x.file > y.file ? -1 : x.file < y.file ? 1 : 0;
}

function add(all: Occurrences, key: string, o: Occurrence): void {
  let byPerson = all.get(key);
  if (!byPerson) all.set(key, (byPerson = new Map()));
  const known = byPerson.get(o.person.id);
  if (!known || newerFirst(o, known) < 0) byPerson.set(o.person.id, o);
}

function managedToday(notes: PersonNotes, today: string): boolean {
  const until = notes.person.data?.until;
  return until === undefined || until >= today;
}

/** Signal A for one person: per topic id, their latest conversation on it when it leaves it open. */
function personOpenTopics(notes: PersonNotes, today: string): Occurrences {
  const all: Occurrences = new Map();
  for (const thread of notes.topicThreads) {
    let i = thread.conversations.length - 1;
    while (i >= 0 && (thread.conversations[i] as TopicConversationEntry).date > today) i -= 1;
    const latest = thread.conversations[i];
    if (latest && latest.status !== 'resolved') add(all, thread.topicId, { person: notes.person, entry: latest, field: 'id', label: thread.topicId });
  }
  return all;
}

/** Signal B for one person: per barrier key, their latest recent Socratic conversation with that line. */
function personRecentBarriers(notes: PersonNotes, today: string): Occurrences {
  return personBarriersBetween(notes, addDays(today, -RECURRING_BARRIER_WINDOW_DAYS), today);
}

/** Per barrier key, one person's latest Socratic conversation from `from` to `to` (both included) with that line. */
function personBarriersBetween(notes: PersonNotes, from: string, to: string, all: Occurrences = new Map()): Occurrences {
  for (const thread of notes.topicThreads) {
    for (const c of thread.conversations) {
      if (c.stance !== 'socratic' || c.date < from || c.date > to || c.conversation.barriers.length === 0) continue;
      barrierKeys(c.conversation).forEach((key, i) => {
        if (key !== '') add(all, key, { person: notes.person, entry: c, field: `barriers.${i}`, label: (c.conversation.barriers[i] as string).trim() });
      });
    }
  }
  return all;
}

/**
 * The barriers (signal B) written from `from` to `to`, both included, for at least as many people as the
 * rule asks (recurringBarrierThreshold): per barrier key, each person's latest occurrence, newest first.
 */
export function recurringBarriersBetween(people: readonly PersonNotes[], from: string, to: string, threshold: number): Map<string, Occurrence[]> {
  const all: Occurrences = new Map();
  for (const notes of people) personBarriersBetween(notes, from, to, all);
  const met = new Map<string, Occurrence[]>();
  for (const key of [...all.keys()].sort(byCodeUnits)) {
    const found = [...(all.get(key) as Map<string, Occurrence>).values()];
    if (found.length >= threshold) met.set(key, found.sort(newerFirst));
  }
  return met;
}

/** How many people a barrier must recur for: the setting, never fewer than 2. */
export function recurringBarrierThreshold(settings: { readonly recurringBarrierPeople: number }): number {
  return Math.max(2, settings.recurringBarrierPeople);
}

/**
 * Each person's occurrences, worked out once per version of their notes and day: the rule re-runs on
 * every change, and a change touches one person's notes.
 */
const occurrencesOf = new WeakMap<PersonNotes, { today: string; topics: Occurrences; barriers: Occurrences }>();

function personOccurrences(notes: PersonNotes, today: string): { topics: Occurrences; barriers: Occurrences } {
  let known = occurrencesOf.get(notes);
  if (known?.today !== today) occurrencesOf.set(notes, (known = { today, topics: personOpenTopics(notes, today), barriers: personRecentBarriers(notes, today) }));
  return known;
}

/** Per key, every person's occurrence (a person counts once per key, with their latest). */
function everyone(people: readonly PersonNotes[], today: string, signal: 'topics' | 'barriers'): Occurrences {
  const all: Occurrences = new Map();
  for (const notes of people) {
    for (const [key, byPerson] of personOccurrences(notes, today)[signal]) for (const o of byPerson.values()) add(all, key, o);
  }
  return all;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The findings for every key met by at least `threshold` people, in key order. */
function recurring(all: Occurrences, threshold: number, ctx: CheckContext, words: Words): (Finding | undefined)[] {
  const met = [...all].filter(([, byPerson]) => byPerson.size >= threshold).map(([key]) => key);
  return met.sort(byCodeUnits).flatMap((key) => {
    const found = [...(all.get(key) as Map<string, Occurrence>).values()].sort(newerFirst);
    const [anchor, ...others] = found;
    if (!anchor || found.length < threshold) return [];
    const severity = ctx.settings.severities[recurringBarrier.id];
    const known = made.get(anchor);
    if (known && known.severity === severity && known.words === words && sameOccurrences(known.found, found)) return [known.finding];
    const names = found.map((o) => o.person.name).sort(byCodeUnits).join(', ');
    const fresh = finding(recurringBarrier, ctx, {
      at: { file: anchor.entry.file, range: fieldRange(anchor.entry, anchor.field) },
      message: words.message(anchor, found.length, names),
      summary: `Same barrier · ${found.length} people`,
      related: others.map((o) => ({ file: o.entry.file, range: fieldRange(o.entry, o.field), message: `Also for ${o.person.name}: ${words.also(o)}` })),
    });
    made.set(anchor, { severity, words, found, finding: fresh });
    return [fresh];
  });
}

/**
 * The finding last made for the same occurrences, by its anchor: an occurrence lives as long as its
 * person's notes are unchanged, so a change to one person makes anew only the findings they are in.
 */
const made = new WeakMap<Occurrence, { severity: string | undefined; words: Words; found: readonly Occurrence[]; finding: Finding | undefined }>();

function sameOccurrences(a: readonly Occurrence[], b: readonly Occurrence[]): boolean {
  return a.length === b.length && a.every((o, i) => o === b[i]);
}

const PROCESS = 'a barrier that many meet points at the process, not at each person';

interface Words {
  message: (anchor: Occurrence, count: number, names: string) => string;
  also: (o: Occurrence) => string;
}

const TOPIC_WORDS: Words = {
  message: (a, n, names) => `The topic ${a.label} is open for ${n} people (${names}): ${PROCESS}`,
  also: (o) => `${o.entry.status} after the 1:1 on ${o.entry.date}`,
};

const BARRIER_WORDS: Words = {
  message: (a, n, names) => `The barrier ${quoted(a.label)} came up for ${n} people in the last ${RECURRING_BARRIER_WINDOW_DAYS} days (${names}): ${PROCESS}`,
  also: (o) => `${quoted(o.label)} on ${o.entry.date}`,
};

export const recurringBarrier: Rule = {
  id: 'culture/recurring-barrier',
  defaultSeverity: 'hint',
  title: 'The same barrier for several people',
  label: 'Recurring barrier',
  guidance:
    'Several people are running into the same obstacle, so its cause most likely sits in how the team works: a '
    + 'tool, a hand-off, a rota, a load that lands on everyone. Look at that system rather than at each person. '
    + 'Ask the team together where the barrier comes from and what would remove it, then fix it once, instead of '
    + 'coaching each person around it separately. Tell the people concerned what changed.',
  doc: {
    why:
      'A manager corrects what varies from one person to the next; a leader also asks whether the system itself '
      + 'is what trips people up. When the same barrier shows up in several people\'s notes, coaching each of them '
      + 'separately treats the symptom. The check fires when one topic id is open (open or improving in its latest '
      + 'conversation) for at least 3 people (the setting recurringBarrierPeople), or when the same line appears in the barriers of '
      + 'a Socratic conversation for that many people within the last 180 days (compared ignoring case, spacing and '
      + 'punctuation). It is a hint for you, never a finding about a person.',
    example: [
      '# in a Socratic conversation with each of three people, within 180 days',
      'topics:',
      '  - id: review-depth',
      '    stance: socratic',
      '    barriers:',
      '      - No support rota; questions from Support go to whoever answers first',
    ].join('\n'),
    settings: ['recurringBarrierPeople'],
  },
  check: () => [],
  checkTeam(people, ctx) {
    const managed = people.filter((notes) => managedToday(notes, ctx.today));
    const threshold = recurringBarrierThreshold(ctx.settings);
    return present([
      ...recurring(everyone(managed, ctx.today, 'topics'), threshold, ctx, TOPIC_WORDS),
      ...recurring(everyone(managed, ctx.today, 'barriers'), threshold, ctx, BARRIER_WORDS),
    ]);
  },
};

export const cultureRules: readonly Rule[] = [recurringBarrier];
