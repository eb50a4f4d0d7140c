// The shareable agenda: the next 1:1's agenda as Markdown the manager can send the person. It holds the
// agenda items, the open action items both ways, the open topics with what was agreed, and the positive
// feedback given since the last 1:1. Every key it shows is asked of the table in docs/notes-format.md
// ("What can be shared", see ../shareability.ts): private notes, feedback not given yet, the stance, the
// assumed gap and how many conversations a topic has had never appear. Written for the person: plain
// words, no file names, no links they could not open.
import { episodesOf } from '../../checks/escalation/episodes';
import type { ActionEntry, FeedbackEntry, OneOnOneEntry, PersonNotes, TopicConversationEntry } from '../../people/personNotes';
import { heldOneOnOnes, isHeld } from '../../people/personNotes';
import type { TopicThread } from '../../people/topicThreads';
import { mdText } from '../markdown';
import type { PersonDocumentInput } from '../personDocument';
import { feedbackFileKind, givenBy, mayShare, shared } from '../shareability';
import { spokenDate } from './spokenDate';

/** A line New 1:1 carries into an agenda names the file it came from (`(2026-11-04.yaml)`): the items it points at are listed on their own. */
const NAMES_A_NOTES_FILE = /\((?:\d{4}-\d{2}-\d{2}[a-z]?|feedback)\.ya?ml\)/;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The first word of the person's name, to greet them. */
function firstName(notes: PersonNotes): string | undefined {
  const name = shared('person', 'name', notes.person.name);
  return name?.trim().split(/\s+/)[0];
}

/** The 1:1 the agenda is for: the first one dated today or later that is not held yet. */
function nextOneOnOne(notes: PersonNotes, today: string): OneOnOneEntry | undefined {
  return notes.oneOnOnes.find((o) => o.date >= today && !isHeld(o, today));
}

/**
 * The texts of feedback not given by today (`given: not-yet`, or in a 1:1 dated later), also from entries
 * not written yet: an agenda item that repeats one is left out, however it got there.
 */
function withheldFeedback(notes: PersonNotes, today: string): string[] {
  return [...notes.feedback, ...notes.unwritten.feedback]
    .filter((f) => !givenBy(f, today))
    .flatMap((f) => [f.item.behaviour, f.item.situation, f.item.impact])
    .filter((t): t is string => t !== undefined && oneLine(t).length > 0)
    .map(oneLine);
}

function agendaSection(notes: PersonNotes, today: string, next: OneOnOneEntry | undefined, last: OneOnOneEntry | undefined): string[] {
  const withheld = withheldFeedback(notes, today);
  const itemsOf = (o: OneOnOneEntry | undefined) => (shared('oneOnOne', 'agenda', o?.data?.agenda) ?? [])
    .filter((item) => !NAMES_A_NOTES_FILE.test(item) && !withheld.some((w) => oneLine(item).includes(w)));
  const planned = itemsOf(next);
  const carried = planned.length ? [] : itemsOf(last);
  const lines = ['## To talk about', ''];
  if (planned.length) lines.push(...planned.map((item) => `- ${mdText(item)}`));
  else if (carried.length && last && mayShare('oneOnOne', 'date')) {
    lines.push(`From last time (${spokenDate(last.date, today)}), in case any of it is still open:`, '', ...carried.map((item) => `- ${mdText(item)}`));
  } else lines.push('Nothing on the list yet.');
  lines.push('', 'Anything you would like to add? Tell me, and we will put it first.');
  return lines;
}

function actionLine(a: ActionEntry, today: string): string | undefined {
  const text = shared('oneOnOne', 'actions.text', a.item.text);
  if (text === undefined) return undefined;
  const due = shared('oneOnOne', 'actions.due', a.item.due);
  const when = due === undefined ? '' : due < today ? ` (it was due ${spokenDate(due, today)})` : ` (by ${spokenDate(due, today)})`;
  return `- ${mdText(text)}${when}`;
}

function actionsSection(notes: PersonNotes, today: string): string[] {
  if (!mayShare('oneOnOne', 'actions.owner') || !mayShare('oneOnOne', 'actions.done')) return [];
  // Open ones agreed in a 1:1 held by now; those written ahead into a later 1:1 are not agreed yet.
  const open = notes.actions.filter((a) => a.item.done === false && a.date <= today);
  const theirs = open.filter((a) => a.item.owner === 'them').map((a) => actionLine(a, today)).filter((l) => l !== undefined);
  const mine = open.filter((a) => a.item.owner === 'me').map((a) => actionLine(a, today)).filter((l) => l !== undefined);
  const lines = ['## Open actions', ''];
  if (!theirs.length && !mine.length) return [...lines, 'Nothing open on either side.'];
  if (theirs.length) lines.push('What you said you would do:', '', ...theirs, '');
  if (mine.length) lines.push('What I said I would do:', '', ...mine, '');
  return lines.slice(0, -1);
}

/** The latest value written for a topic key in the conversations given (an empty list counts as not written). */
function latest<T>(conversations: readonly TopicConversationEntry[], value: (c: TopicConversationEntry) => T | undefined): T | undefined {
  for (let i = conversations.length - 1; i >= 0; i -= 1) {
    const v = value(conversations[i] as TopicConversationEntry);
    if (v !== undefined && (!Array.isArray(v) || v.length > 0)) return v;
  }
  return undefined;
}

function topicLines(notes: PersonNotes, thread: TopicThread, today: string, settings: PersonDocumentInput['ctx']['settings']): string[] {
  const held = thread.conversations.filter((c) => c.date <= today);
  const episodes = episodesOf({ ...thread, conversations: held }, settings);
  const episode = episodes[episodes.length - 1] ?? [];
  const last = episode[episode.length - 1];
  if (!last || last.status === 'resolved') return [];
  const name = shared('oneOnOne', 'topics.title', thread.title) ?? shared('oneOnOne', 'topics.id', thread.topicId);
  if (name === undefined) return [];
  const text = (key: 'sharedPurpose' | 'expectation' | 'timeline') => shared('oneOnOne', `topics.${key}`, latest(episode, (c) => c.conversation[key]));
  const list = (key: 'support' | 'goals' | 'measures') => shared('oneOnOne', `topics.${key}`, latest(episode, (c) => c.conversation[key])) ?? [];
  const purpose = text('sharedPurpose');
  const expectation = text('expectation');
  const timeline = text('timeline');
  const reviewDate = shared('oneOnOne', 'topics.reviewDate', latest(episode, (c) => c.conversation.reviewDate));
  const review = shared('oneOnOne', 'topics.review.outcome', latest(episode, (c) => c.conversation.review?.outcome));
  const lines = [`### ${mdText(name)}`, ''];
  if (purpose) lines.push(`What we both want: ${mdText(purpose)}`, '');
  if (expectation) lines.push(`What good looks like: ${mdText(expectation)}`, '');
  const bullets = (label: string, items: readonly string[]) => (items.length ? [label, '', ...items.map((i) => `- ${mdText(i)}`), ''] : []);
  lines.push(...bullets('Goals:', list('goals')), ...bullets('How we will see progress:', list('measures')));
  if (timeline) lines.push(`Time frame: ${mdText(timeline)}`, '');
  if (reviewDate) lines.push(`${reviewDate < today ? 'We planned to look at it together on' : 'We look at it together on'} ${spokenDate(reviewDate, today)}.`, '');
  if (review) lines.push(`Last time we looked at it: ${mdText(review)}`, '');
  lines.push(...bullets('The support we agreed:', list('support')));
  if (shared('oneOnOne', 'topics.status', last.status) === 'improving') lines.push('Where it stands: getting better.', '');
  const commitments = notes.actions.filter((a) => a.file === last.file).map((a) => commitmentLine(a, today)).filter((l) => l !== undefined);
  if (commitments.length && mayShare('oneOnOne', 'date')) lines.push(`What we each took on (${spokenDate(last.date, today)}):`, '', ...commitments, '');
  return lines;
}

function commitmentLine(a: ActionEntry, today: string): string | undefined {
  const text = shared('oneOnOne', 'actions.text', a.item.text);
  const owner = shared('oneOnOne', 'actions.owner', a.item.owner);
  const done = shared('oneOnOne', 'actions.done', a.item.done);
  if (text === undefined || owner === undefined || done === undefined) return undefined;
  const who = owner === 'me' ? 'me' : 'you';
  const state = done === false ? 'open' : typeof done === 'string' ? `done ${spokenDate(done, today)}` : 'done';
  return `- ${mdText(text)} (${who}, ${state})`;
}

function topicsSection(notes: PersonNotes, today: string, settings: PersonDocumentInput['ctx']['settings']): string[] {
  if (!mayShare('oneOnOne', 'topics')) return [];
  const blocks = notes.topicThreads.map((t) => topicLines(notes, t, today, settings)).filter((b) => b.length > 0);
  if (!blocks.length) return [];
  return ['## What we are working on', '', ...blocks.flatMap((b) => b)].slice(0, -1);
}

/** Positive feedback given from the last 1:1 on (what was said in it included) up to today. */
function recognitionSection(notes: PersonNotes, today: string, last: OneOnOneEntry | undefined): string[] {
  const since = last?.date ?? '';
  const items = notes.feedback.filter((f) => f.item.kind === 'positive' && givenBy(f, today) && (f.given as string) >= since);
  const lines = items.map((f) => feedbackLine(f, today)).filter((l) => l !== undefined);
  if (!lines.length) return [];
  return [last ? 'Thank you, since we last met:' : 'Thank you:', '', ...lines];
}

function feedbackLine(f: FeedbackEntry, today: string): string | undefined {
  const kind = feedbackFileKind(f);
  const given = givenBy(f, today);
  const behaviour = shared(kind, 'feedback.behaviour', f.item.behaviour, given);
  if (behaviour === undefined || !mayShare(kind, 'feedback.kind', given)) return undefined;
  const situation = shared(kind, 'feedback.situation', f.item.situation, given);
  const impact = shared(kind, 'feedback.impact', f.item.impact, given);
  const when = shared(kind, 'feedback.given', f.given, given);
  const day = when && spokenDate(when, today);
  const head = situation ? `${mdText(situation)}${day ? ` (${day})` : ''}` : day;
  return `- ${head ? `${head}: ` : ''}${mdText(behaviour)}${impact ? ` ${mdText(impact)}` : ''}`;
}

/** The next 1:1's agenda for the person, as Markdown (see the top of this file). */
export function writeShareableAgenda({ notes, ctx }: PersonDocumentInput): string {
  const { today } = ctx;
  const held = heldOneOnOnes(notes, today);
  const last = held[held.length - 1];
  const next = nextOneOnOne(notes, today);
  const name = firstName(notes);
  const nextDate = shared('oneOnOne', 'date', next?.date);
  const recognition = recognitionSection(notes, today, last);
  const sections = [
    [`# Our next 1:1${nextDate ? `, ${spokenDate(nextDate, today)}` : ''}`, '', `${name ? `Hi ${mdText(name)}, here` : 'Here'} is what I have for our next 1:1.`],
    agendaSection(notes, today, next, last),
    actionsSection(notes, today),
    topicsSection(notes, today, ctx.settings),
    recognition.length ? ['## What went well', '', ...recognition] : [],
  ].filter((s) => s.length > 0);
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}
