// Writes a large, realistic notes repo for the benchmark: PEOPLE people with WEEKS weekly 1:1s each,
// feedback (in 1:1s and feedback.yaml), topics that move through supportive → socratic → plan and get
// resolved, and action items. Seeded: the same seed gives the same files, byte for byte. A marker
// file records the parameters; the repo is rewritten only when it is missing or they changed.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../src/core/dates';
import { oneOnOneFileName } from '../src/core/reading/layout';
import * as P from './phrases';
import { seededRandom, type Random } from './random';

export interface GenerateOptions {
  readonly seed: number;
  readonly people: number;
  readonly weeks: number;
}

/** Bump when the generator's output changes, so existing repos are regenerated. */
const GENERATOR_VERSION = 2;
const MARKER = '.generated.json';
const FIRST_MONDAY = '2023-01-02';

/** A YAML scalar: plain when safe, else double-quoted (JSON strings are valid YAML). */
function scalar(text: string): string {
  return /^[A-Za-z][^:#"'\n\[\]{},&*!|>%@`]*[^\s:]$/.test(text) ? text : JSON.stringify(text);
}

function block(indent: string, text: string): string {
  return `|\n${text.split('\n').map((l) => `${indent}${l}`).join('\n')}`;
}

function textList(indent: string, items: readonly string[]): string {
  return items.map((i) => `\n${indent}- ${scalar(i)}`).join('');
}

interface OpenTopic {
  readonly id: string;
  readonly title: string;
  conversations: number;
}

function feedbackItem(r: Random, indent: string, observed: string, given: string | undefined, topic?: OpenTopic): string {
  const corrective = topic !== undefined || r.chance(0.35);
  const lines = [
    `kind: ${corrective ? 'corrective' : 'positive'}`,
    `observed: ${observed}`,
    ...(given ? [`given: ${given}`] : []),
    `situation: ${scalar(r.pick(P.SITUATIONS))}`,
    // A rare typo (`behavior`) keeps the error path of the loader in the measurement.
    `${r.chance(0.003) ? 'behavior' : 'behaviour'}: ${scalar(r.pick(corrective ? P.CORRECTIVE_BEHAVIOURS : P.POSITIVE_BEHAVIOURS))}`,
    `impact: ${scalar(r.pick(P.IMPACTS))}`,
    ...(corrective && r.chance(0.6) ? [`followUp: { state: ${r.pick(['open', 'improving', 'resolved'])}, date: ${addDays(observed, r.int(7, 21))} }`] : []),
    ...(topic ? [`topic: ${topic.id}`] : []),
  ];
  return `${indent}- ${lines.join(`\n${indent}  `)}`;
}

function topicConversation(r: Random, date: string, topic: OpenTopic): string {
  topic.conversations += 1;
  const n = topic.conversations;
  const lines = [`id: ${topic.id}`];
  if (n === 1) {
    lines.push(`title: ${scalar(topic.title)}`, 'stance: supportive', `expectation: ${scalar(r.pick(P.EXPECTATIONS))}`,
      `gap: ${r.pick(['knowledge', 'skill', 'unclear-expectation'])}`, `support:${textList('      ', ['Pairing once a week for a month', 'A walkthrough of the checklist'])}`);
  } else if (n === 2) {
    lines.push('stance: socratic', `questions:${textList('      ', [r.pick(P.QUESTIONS), r.pick(P.QUESTIONS)])}`,
      `barriers:${textList('      ', [r.pick(P.BARRIERS)])}`, 'rootCause: Requests are scattered and the afternoons are full.',
      `theirView: ${block('      ', '"I want to answer quickly, but I only see the requests\nat the end of the day, when I am tired."')}`,
      'support: Move review reminders into one channel');
  } else {
    lines.push('stance: plan');
    if (n === 3) {
      lines.push(`goals:${textList('      ', ['First response on 9 of 10 requests within a day'])}`,
        `measures:${textList('      ', ['Median first-response time from the review dashboard'])}`,
        'support: A weekly check-in on Mondays', 'timeline: six weeks', `reviewDate: ${addDays(date, 42)}`);
    } else {
      lines.push(`review:\n      outcome: ${scalar('Median first response is down to six hours; plan closed.')}`);
    }
  }
  lines.push(
    `explanation: ${scalar('Waiting on reviews holds up the whole team and the release.')}`,
    `encouragement: ${scalar('Your reviews are thorough; people learn from them.')}`,
    `empowerment: ${scalar('You decide how to batch your review time.')}`,
    `status: ${n >= 4 ? 'resolved' : n === 3 ? 'improving' : 'open'}`,
  );
  return `  - ${lines.join('\n    ')}`;
}

function oneOnOneText(r: Random, date: string, topics: OpenTopic[]): string {
  const parts = [`date: ${date}`, `agenda:${textList('  ', [r.pick(P.AGENDA), r.pick(P.AGENDA), r.pick(P.AGENDA)])}`,
    `notes: ${block('  ', `${r.pick(P.NOTES)}\n${r.pick(P.NOTES)}`)}`];
  if (r.chance(0.2)) parts.push(`private: ${block('  ', r.pick(P.PRIVATE))}`);
  const talked = topics.filter(() => r.chance(0.4));
  const feedback = Array.from({ length: r.int(0, 2) }, () => {
    const observed = addDays(date, -r.int(0, 6));
    return feedbackItem(r, '  ', observed, r.chance(0.2) ? observed : undefined);
  });
  if (talked[0] && r.chance(0.5)) feedback.push(feedbackItem(r, '  ', addDays(date, -r.int(1, 5)), undefined, talked[0]));
  if (feedback.length) parts.push(`feedback:\n${feedback.join('\n')}`);
  if (talked.length) parts.push(`topics:\n${talked.map((t) => topicConversation(r, date, t)).join('\n')}`);
  const actions = Array.from({ length: r.int(1, 3) }, () => {
    const done = r.next();
    const doneText = done < 0.7 ? addDays(date, r.int(1, 10)) : done < 0.9 ? 'false' : 'true';
    return `  - text: ${scalar(r.pick(P.ACTIONS))}\n    owner: ${r.pick(['me', 'them'])}\n    due: ${addDays(date, r.int(3, 14))}\n    done: ${doneText}`;
  });
  parts.push(`actions:\n${actions.join('\n')}`);
  return `${parts.join('\n')}\n`;
}

function personText(r: Random, name: string, since: string): string {
  const professional = r.chance(0.25);
  return [`# ${name}`, `name: ${scalar(name)}`, `role: ${scalar(r.pick(P.ROLES))}`, `professional: ${professional}`,
    `cadence: weekly`, `since: ${since}`, ''].join('\n');
}

function feedbackLogText(r: Random, since: string, weeks: number): string {
  const items = Array.from({ length: r.int(8, 20) }, (_, i) => {
    const observed = addDays(since, Math.floor(((i + r.next()) * weeks * 7) / 20));
    const given = r.chance(0.05) ? 'not-yet' : addDays(observed, r.int(0, 3));
    return feedbackItem(r, '  ', observed, given);
  });
  return `feedback:\n${items.join('\n\n')}\n`;
}

function writePerson(root: string, r: Random, index: number, weeks: number): void {
  const name = `${r.pick(P.FIRST_NAMES)} ${r.pick(P.LAST_NAMES)}`;
  // Mostly slug ids; every seventh person keeps the display name, spaces and accents included.
  const id = index % 7 === 3 ? `${name} ${index}` : `${name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(/ /g, '-')}-${index}`;
  const dir = join(root, id);
  mkdirSync(dir, { recursive: true });
  const since = addDays(FIRST_MONDAY, r.int(0, 4));
  writeFileSync(join(dir, 'person.yaml'), personText(r, name, since));
  writeFileSync(join(dir, 'feedback.yaml'), feedbackLogText(r, since, weeks));
  const open: OpenTopic[] = [];
  for (let week = 0; week < weeks; week++) {
    const date = addDays(since, week * 7);
    if (open.length < 2 && r.chance(0.08)) {
      const [topicId, title] = r.pick(P.TOPICS);
      if (!open.some((t) => t.id === topicId)) open.push({ id: topicId, title, conversations: 0 });
    }
    const sameDay = r.chance(0.03) ? 2 : 1;
    for (let nth = 1; nth <= sameDay; nth++) writeFileSync(join(dir, oneOnOneFileName(date, nth)), oneOnOneText(r, date, open));
    for (let i = open.length - 1; i >= 0; i--) if ((open[i] as OpenTopic).conversations >= 4) open.splice(i, 1);
  }
}

/** Writes the repo under `root` unless it is already there for these options; returns whether it wrote. */
export function ensureNotesRepo(root: string, options: GenerateOptions): boolean {
  const marker = JSON.stringify({ ...options, version: GENERATOR_VERSION });
  const markerPath = join(root, MARKER);
  if (existsSync(markerPath) && readFileSync(markerPath, 'utf8') === marker) return false;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const r = seededRandom(options.seed);
  for (let i = 0; i < options.people; i++) writePerson(root, r, i, options.weeks);
  writeFileSync(markerPath, marker);
  return true;
}

/**
 * A realistic feedback.yaml of up to `maxBytes` (UTF-8): items as the repo above writes them, as many as
 * fit. The floor the hostile shapes are compared with: a normal notes file of their size.
 */
export function feedbackLogOfSize(seed: number, maxBytes: number): string {
  const r = seededRandom(seed);
  const parts = ['feedback:\n'];
  let bytes = 'feedback:\n'.length;
  for (let day = 0; ; day++) {
    const observed = addDays(FIRST_MONDAY, day);
    const item = `${feedbackItem(r, '  ', observed, addDays(observed, r.int(0, 3)))}\n`;
    const size = Buffer.byteLength(item, 'utf8');
    if (bytes + size > maxBytes) break;
    parts.push(item);
    bytes += size;
  }
  return parts.join('');
}
