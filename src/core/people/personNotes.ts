// Everything the notes say about one person, derived from that person's loaded files alone.
// derivePersonNotes is pure and deterministic: the same files in any order give the same result.
// The index (notesIndex.ts) re-runs it for one person whenever one of their files changes.
//
// Planned versus held, decided here once for every check, the People view, the guidance, the
// templates and the command line:
// - A topic conversation, a feedback item or an action item counts only once something real is written
//   in it (see isWritten below): an id, a stance, a title, `status: open`, comments and placeholders
//   (`<a hint>`, see schema.ts) are a frame, not a conversation. Unwritten entries stay out of the
//   threads, the feedback and the actions, and are listed apart in `unwritten`.
// - A 1:1 is held once it is dated today or earlier and holds notes, private notes or a written entry
//   (an agenda alone is a plan); see isHeld. A 1:1 that is not held is planned: it does not count for
//   the cadence, nor as a meeting.
import { compareOneOnOnes } from '../reading/layout';
import type { LoadedFile } from '../reading/loadedFile';
import { locate, LocatedNode, type Located } from './located';
import {
  givenDate, isPlaceholder, type ActionItem, type FeedbackItem, type OneOnOne, type Person, type ProgressState, type Stance,
  type TopicConversation,
} from '../schema';
import { threadTopics, type TopicThread } from './topicThreads';

type LoadedOf<K extends LoadedFile['kind']> = Extract<LoadedFile, { kind: K }>;

/** A person: from person.yaml, or a minimal entry (name = id) for a folder without a valid one. */
export interface PersonEntry {
  readonly id: string;
  /** The name from person.yaml; the id when there is no person.yaml or it did not validate. */
  readonly name: string;
  /** person.yaml as validated; undefined when absent or invalid (its findings say why). */
  readonly data?: Person;
  /** Where person.yaml is (path ''), when there is one. */
  readonly source?: Located;
}

/** Which 1:1 something was written in: date and same-day suffix ('' for the first, 'b', 'c', ...). */
export interface OneOnOneRef {
  readonly date: string;
  readonly suffix: string;
}

export interface OneOnOneEntry extends Located, OneOnOneRef {
  readonly personId: string;
  /** The 1:1 as validated; undefined when the file did not validate (its findings say why). */
  readonly data?: OneOnOne;
  /** Something real is written in it: notes, private notes, or a written entry (see isHeld). */
  readonly written: boolean;
}

export interface FeedbackEntry extends Located {
  readonly personId: string;
  readonly item: FeedbackItem;
  /** The 1:1 it was written in; undefined for feedback.yaml. */
  readonly oneOnOne?: OneOnOneRef;
  /** When it was given: `given`, else the 1:1's date; undefined for `given: not-yet`. */
  readonly given: string | undefined;
}

export interface TopicConversationEntry extends Located, OneOnOneRef {
  readonly personId: string;
  readonly topicId: string;
  readonly stance: Stance;
  readonly status: ProgressState;
  readonly conversation: TopicConversation;
}

export interface ActionEntry extends Located, OneOnOneRef {
  readonly personId: string;
  readonly item: ActionItem;
}

/** Feedback, topic conversations and action items, each list in the order of their files. */
export interface EntryLists {
  readonly conversations: readonly TopicConversationEntry[];
  readonly feedback: readonly FeedbackEntry[];
  readonly actions: readonly ActionEntry[];
}

/** One person's notes, each list in a fixed order (see derivePersonNotes). */
export interface PersonNotes {
  readonly person: PersonEntry;
  /** Every 1:1 file, held or planned (see isHeld). */
  readonly oneOnOnes: readonly OneOnOneEntry[];
  /** Written feedback items only; likewise the threads' conversations and the actions. */
  readonly feedback: readonly FeedbackEntry[];
  readonly topicThreads: readonly TopicThread[];
  readonly actions: readonly ActionEntry[];
  /** The entries that hold nothing real yet: planned, not held (see isWritten). */
  readonly unwritten: EntryLists;
}

/** The keys of a topic conversation that frame it rather than say what was said. */
const FRAME_KEYS: ReadonlySet<string> = new Set(['id', 'title', 'stance', 'status']);

/** True when a value holds something the manager wrote (empty keys and placeholders read as absent already). */
function hasText(value: unknown): boolean {
  if (value === undefined || isPlaceholder(value)) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && value !== null) {
    // review { outcome } and exception { kind, reason }: their text says whether they are written.
    const o = value as { outcome?: unknown; reason?: unknown };
    return hasText(o.outcome ?? o.reason);
  }
  return true;
}

/**
 * Whether an entry counts: a topic conversation with any key besides its frame written (or a status
 * other than open), a feedback item whose behaviour, or an action whose text, is more than a placeholder.
 */
export function isWritten(entry: { conversation: TopicConversation } | { item: FeedbackItem | ActionItem }): boolean {
  if ('item' in entry) return !isPlaceholder('behaviour' in entry.item ? entry.item.behaviour : entry.item.text);
  const c = entry.conversation;
  if (c.status !== 'open') return true;
  return Object.entries(c).some(([key, value]) => !FRAME_KEYS.has(key) && hasText(value));
}

/** A 1:1 held by `today`: dated today or earlier, with something real written in it. */
export function isHeld(oneOnOne: OneOnOneEntry, today: string): boolean {
  return oneOnOne.written && oneOnOne.date <= today;
}

/** The 1:1s held by `today`, oldest first. */
export function heldOneOnOnes(notes: PersonNotes, today: string): OneOnOneEntry[] {
  return notes.oneOnOnes.filter((o) => isHeld(o, today));
}

/** Orders by file path (code units, not locale: the same on every machine). */
export function compareFiles(a: { file: string }, b: { file: string }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** Feedback by observed date, then given date (not-yet last), then where it was written. */
function compareFeedback(a: FeedbackEntry, b: FeedbackEntry): number {
  if (a.item.observed !== b.item.observed) return a.item.observed < b.item.observed ? -1 : 1;
  const ag = a.given ?? '~';
  const bg = b.given ?? '~';
  if (ag !== bg) return ag < bg ? -1 : 1;
  return compareFiles(a, b) || listIndex(a.path) - listIndex(b.path);
}

function listIndex(path: string): number {
  return Number(path.slice(path.lastIndexOf('.') + 1));
}

// Entries are instances of small classes over LocatedNode: one shape each, and no range computed
// until asked for. This runs for every entry of every file, so it stays lean.

class OneOnOneNode extends LocatedNode implements OneOnOneEntry {
  declare readonly personId: string;
  declare readonly date: string;
  declare readonly suffix: string;
  declare readonly data: OneOnOne | undefined;
  declare readonly written: boolean;
  constructor(loaded: LoadedOf<'oneOnOne'>, personId: string, entries: FileEntries) {
    super(loaded, '');
    this.personId = personId;
    this.date = loaded.date;
    this.suffix = loaded.suffix;
    this.data = loaded.data;
    const data = loaded.data;
    this.written = data !== undefined
      && (hasText(data.notes) || hasText(data.private) || entries.feedback.length + entries.conversations.length + entries.actions.length > 0);
  }
}

class FeedbackNode extends LocatedNode implements FeedbackEntry {
  declare readonly personId: string;
  declare readonly item: FeedbackItem;
  declare readonly oneOnOne: OneOnOneRef | undefined;
  declare readonly given: string | undefined;
  constructor(loaded: LoadedFile, path: string, personId: string, item: FeedbackItem, oneOnOne: OneOnOneRef | undefined) {
    super(loaded, path);
    this.personId = personId;
    this.item = item;
    this.oneOnOne = oneOnOne;
    this.given = givenDate(item, oneOnOne?.date);
  }
}

class ConversationNode extends LocatedNode implements TopicConversationEntry {
  declare readonly personId: string;
  declare readonly date: string;
  declare readonly suffix: string;
  declare readonly conversation: TopicConversation;
  declare readonly topicId: string;
  declare readonly stance: Stance;
  declare readonly status: ProgressState;
  constructor(loaded: LoadedFile, path: string, personId: string, date: string, suffix: string, conversation: TopicConversation) {
    super(loaded, path);
    this.personId = personId;
    this.date = date;
    this.suffix = suffix;
    this.conversation = conversation;
    this.topicId = conversation.id;
    this.stance = conversation.stance;
    this.status = conversation.status;
  }
}

class ActionNode extends LocatedNode implements ActionEntry {
  declare readonly personId: string;
  declare readonly date: string;
  declare readonly suffix: string;
  declare readonly item: ActionItem;
  constructor(loaded: LoadedFile, path: string, personId: string, date: string, suffix: string, item: ActionItem) {
    super(loaded, path);
    this.personId = personId;
    this.date = date;
    this.suffix = suffix;
    this.item = item;
  }
}

function feedbackOf(personId: string, loaded: LoadedFile, items: readonly FeedbackItem[], oneOnOne?: OneOnOneRef): FeedbackEntry[] {
  return items.map((item, i) => new FeedbackNode(loaded, `feedback.${i}`, personId, item, oneOnOne));
}

/** What one 1:1 or feedback.yaml contributes to its person's notes: the written entries, and the others apart. */
interface FileEntries extends EntryLists {
  readonly unwritten: EntryLists;
}

const NOTHING: EntryLists = { feedback: [], conversations: [], actions: [] };
const NO_ENTRIES: FileEntries = { ...NOTHING, unwritten: NOTHING };

/** Splits a file's entries into the written ones and the rest. */
function splitWritten(all: EntryLists): FileEntries {
  const written = <T extends TopicConversationEntry | FeedbackEntry | ActionEntry>(list: readonly T[]) => list.filter((e) => isWritten(e));
  const unwritten = <T extends TopicConversationEntry | FeedbackEntry | ActionEntry>(list: readonly T[]) => list.filter((e) => !isWritten(e));
  return {
    feedback: written(all.feedback), conversations: written(all.conversations), actions: written(all.actions),
    unwritten: { feedback: unwritten(all.feedback), conversations: unwritten(all.conversations), actions: unwritten(all.actions) },
  };
}

/**
 * Built once per LoadedFile: a loaded file never changes (an edit brings a new one), so re-deriving a
 * person after one file changed builds entries for that file only.
 */
const entriesOfFile = new WeakMap<LoadedFile, FileEntries>();

function fileEntries(personId: string, f: LoadedOf<'oneOnOne'> | LoadedOf<'feedbackLog'>): FileEntries {
  let entries = entriesOfFile.get(f);
  if (entries) return entries;
  if (!f.data) entries = NO_ENTRIES;
  else if (f.kind === 'feedbackLog') entries = splitWritten({ feedback: feedbackOf(personId, f, f.data.feedback), conversations: [], actions: [] });
  else {
    const { date, suffix, data } = f;
    entries = splitWritten({
      feedback: feedbackOf(personId, f, data.feedback, { date, suffix }),
      conversations: data.topics.map((c, i) => new ConversationNode(f, `topics.${i}`, personId, date, suffix, c)),
      actions: data.actions.map((item, i) => new ActionNode(f, `actions.${i}`, personId, date, suffix, item)),
    });
  }
  entriesOfFile.set(f, entries);
  return entries;
}

/**
 * Derives one person's notes from their loaded files (person.yaml, 1:1s, feedback.yaml; any other
 * kind is ignored). Orders: 1:1s by date then suffix (then file, for `.yaml` and `.yml` twins);
 * actions and topic conversations in 1:1 order, then as written; feedback by observed date.
 */
export function derivePersonNotes(personId: string, files: Iterable<LoadedFile>): PersonNotes {
  let personFile: LoadedOf<'person'> | undefined;
  const oneOnOneFiles: LoadedOf<'oneOnOne'>[] = [];
  const logs: LoadedOf<'feedbackLog'>[] = [];
  for (const f of files) {
    if (f.kind === 'oneOnOne') oneOnOneFiles.push(f);
    else if (f.kind === 'feedbackLog') logs.push(f);
    // Two person files (person.yaml and person.yml): the first by path wins, deterministically.
    else if (f.kind === 'person' && (!personFile || f.file < personFile.file)) personFile = f;
  }
  oneOnOneFiles.sort((a, b) => compareOneOnOnes(a, b) || compareFiles(a, b));
  logs.sort(compareFiles);

  const oneOnOnes: OneOnOneEntry[] = [];
  const feedback: FeedbackEntry[] = [];
  const conversations: TopicConversationEntry[] = [];
  const actions: ActionEntry[] = [];
  const unwritten = { feedback: [] as FeedbackEntry[], conversations: [] as TopicConversationEntry[], actions: [] as ActionEntry[] };
  const collect = (entries: FileEntries) => {
    for (const e of entries.feedback) feedback.push(e);
    for (const e of entries.conversations) conversations.push(e);
    for (const e of entries.actions) actions.push(e);
    for (const e of entries.unwritten.feedback) unwritten.feedback.push(e);
    for (const e of entries.unwritten.conversations) unwritten.conversations.push(e);
    for (const e of entries.unwritten.actions) unwritten.actions.push(e);
  };
  for (const f of oneOnOneFiles) {
    const entries = fileEntries(personId, f);
    oneOnOnes.push(new OneOnOneNode(f, personId, entries));
    collect(entries);
  }
  for (const f of logs) collect(fileEntries(personId, f));
  feedback.sort(compareFeedback);

  const data = personFile?.data;
  const source = personFile ? locate(personFile, '') : undefined;
  const person: PersonEntry = { id: personId, name: data?.name ?? personId, data, source };
  return { person, oneOnOnes, feedback, topicThreads: threadTopics(personId, conversations), actions, unwritten };
}
