// The briefing for one person's next 1:1, as Markdown: for the manager alone, so private notes may
// appear, marked as private. Every item from the notes ends with a link to the line it was written on;
// an empty section says so in a few words.
import { ordinal, topicName } from '../../checks/escalation/episodes';
import { days, daysAgo } from '../../checks/wording';
import { daysBetween } from '../../dates';
import { actionState } from '../../guidance/lastAgreed';
import { STAGE_PURPOSE } from '../../guidance/stages';
import { FEEDBACK_LOG_FILE, ONE_ON_ONE_FILE_PATTERN, PERSON_FILE } from '../../reading/layout';
import type { Located } from '../../people/located';
import type { ActionEntry, FeedbackEntry, PersonNotes } from '../../people/personNotes';
import { stanceLabel, type OpenTopic } from '../../workspace/sidebarModel';
import { PURPOSE_LABELS } from '../../templates/questionBank.data';
import { entryTarget, mdLink, mdText, parseLineTarget } from '../markdown';
import type { PersonDocumentInput } from '../personDocument';
import { briefingOf, isOverdue, type AwaitingFollowUp, type Briefing } from './briefingModel';
import type { MeetingFacts } from './meeting';
import type { TopicBrief } from './topicBrief';

/** "2026-10-26, line 40", "feedback log, line 20", "person file, line 4": where a link goes. */
function placeOf(file: string, line: number): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const day = ONE_ON_ONE_FILE_PATTERN.exec(name);
  const place = day ? `${day[1]}${day[2] ?? ''}` : name === FEEDBACK_LOG_FILE ? 'feedback log' : name === PERSON_FILE ? 'person file' : name;
  return `${place}, line ${line}`;
}

/** ` · [2026-10-26, line 40](dana/2026-10-26.yaml#L40)`: the link at the end of an item. */
function at(entry: Located, field?: string): string {
  const target = entryTarget(entry, field);
  const line = parseLineTarget(target)?.line ?? 1;
  return ` · ${mdLink(placeOf(entry.file, line), target)}`;
}

const firstName = (notes: PersonNotes) => notes.person.name.split(/\s+/)[0] ?? notes.person.name;

const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** "today", "4 days ago", "in 3 days", after a date. */
function relative(date: string, today: string): string {
  return daysAgo(daysBetween(date, today));
}

/** A list under a bold label, or the label and the words for nothing. */
function group(label: string, items: readonly string[], none: string): string[] {
  return [`**${label}**`, '', ...(items.length ? items : [`- ${none}`]), ''];
}

function meetingSection(m: MeetingFacts, notes: PersonNotes, today: string): string[] {
  const lines: string[] = [];
  lines.push(m.last ? `- Last 1:1: ${m.last.date}${m.last.suffix}, ${relative(m.last.date, today)}${at(m.last, 'date')}` : '- No 1:1 held yet: the first one sets the rhythm.');
  const c = m.cadence;
  const rhythm = typeof c.cadence === 'number' ? `every ${days(c.cadence)}` : `${c.cadence}, one every ${days(c.every)}`;
  const source = notes.person.source;
  const cadenceAt = c.fromPerson && source ? at(source, 'cadence') : ' (the default cadence setting)';
  let next = '';
  if (c.ended) next = `; you stopped managing ${mdText(firstName(notes))} on ${c.ended}`;
  else if (c.awayNow) next = `; away until ${c.awayNow.until}${c.awayNow.reason ? ` (${mdText(c.awayNow.reason)})` : ''}, so the rhythm pauses`;
  else if (c.due && c.overdueFrom && c.overdueFrom <= today) next = `; the next was due ${c.due}: **overdue**`;
  else if (c.due) next = `; the next is due ${c.due} (${relative(c.due, today)})`;
  lines.push(`- Cadence: ${rhythm}${next}${cadenceAt}`);
  const q = m.quarter;
  const away = q.daysAway > 0 ? `; ${days(q.daysAway)} away not counted` : '';
  lines.push(`- This quarter, since ${q.from}: ${q.kept.length} kept, ${q.missed === 0 ? 'none' : q.missed} missed (the cadence expected ${q.expected}${away}).`);
  return lines;
}

function actionItem(a: ActionEntry, today: string): string {
  const { due } = a.item;
  const when = due === undefined ? 'no due day' : isOverdue(a, today) ? `**overdue**: due ${due}, ${relative(due, today)}` : `due ${due} (${relative(due, today)})`;
  return `- ${mdText(a.item.text)} · ${when}${at(a, 'text')}`;
}

function unGivenItem(f: FeedbackEntry, today: string): string {
  return `- ${capital(f.item.kind)}, observed ${f.item.observed} (${relative(f.item.observed, today)}): ${mdText(f.item.behaviour)}${at(f, 'behaviour')}`;
}

function owedSection(b: Briefing): string[] {
  const { actions, feedback } = b.owed;
  const today = b.ctx.today;
  if (actions.length === 0 && feedback.length === 0) return ['Nothing: no open actions of yours, and no feedback waiting to be given.', ''];
  return [
    ...group('Your open actions, overdue first', actions.map((a) => actionItem(a, today)), 'None open.'),
    ...group('Feedback you have not given yet, oldest first', feedback.map((f) => unGivenItem(f, today)), 'None waiting.'),
  ];
}

function stageLine(open: OpenTopic, today: string): string {
  const { latest, plan } = open;
  const last = `the last on ${latest.date} (${latest.stance})`;
  const so = `${open.held} ${open.held === 1 ? 'conversation' : 'conversations'} so far`;
  if (plan) {
    const review = plan.reviewed ? 'reviewed, the topic still open'
      : plan.reviewDate === undefined ? 'no review date'
        : plan.reviewDate < today ? `review was due ${plan.reviewDate}: **overdue**` : `review due ${plan.reviewDate}`;
    return `- Stage: a written plan, ${so}, ${last}; ${review}${at(latest, 'stance')}`;
  }
  return `- Stage: ${so}, ${last}; the next is the ${ordinal(open.held + 1)}, stage ${open.stage} of 3: ${stanceLabel(open.expected)}${at(latest, 'stance')}`;
}

function agreedLines(t: TopicBrief, notes: PersonNotes, today: string): string[] {
  const { previous, expectation, support, commitments } = t.agreed;
  if (!previous) return [];
  const lines = [`- Agreed last time (${previous.date}):`];
  lines.push(expectation ? `  - Expectation: ${mdText(expectation.text)}${at(expectation.entry, 'expectation')}` : '  - Expectation: none written.');
  if (support) support.items.forEach((s, i) => lines.push(`  - Support: ${mdText(s)}${at(support.entry, `support.${i}`)}`));
  else lines.push('  - Support: none written.');
  const who = (a: ActionEntry) => (a.item.owner === 'me' ? 'You' : mdText(firstName(notes)));
  if (commitments.length) commitments.forEach((a) => lines.push(`  - Commitment: ${who(a)}: ${mdText(a.item.text)} (${actionState(a, today)})${at(a, 'text')}`));
  else lines.push('  - Commitments: no action items in that 1:1.');
  return lines;
}

function nextLines(t: TopicBrief): string[] {
  const { plan, expected } = t.open;
  const next = plan && !plan.reviewed
    ? 'Next time, the plan\'s review: look at the measures together, say where they stand against each goal, and agree what happens next.'
    : `Next time, ${stanceLabel(expected)}: ${STAGE_PURPOSE[expected]}`;
  return [
    `- ${next}`,
    ...t.questions.map((q) => `  - To ${PURPOSE_LABELS[q.purpose]}: ${q.questions.map(mdText).join(' ')}`),
  ];
}

function planLines(t: TopicBrief): string[] {
  const plan = t.open.plan?.plan;
  if (!plan) return [];
  const c = plan.conversation;
  return [
    `- The plan of ${plan.date}:`,
    c.reviewDate ? `  - Review date: ${c.reviewDate}${at(plan, 'reviewDate')}` : '  - Review date: none written.',
    ...(c.goals.length ? c.goals.map((g, i) => `  - Goal: ${mdText(g)}${at(plan, `goals.${i}`)}`) : ['  - Goals: none written.']),
    ...(c.measures.length ? c.measures.map((m, i) => `  - Measure: ${mdText(m)}${at(plan, `measures.${i}`)}`) : ['  - Measures: none written.']),
  ];
}

function topicSection(t: TopicBrief, b: Briefing): string[] {
  const lines = [`### ${mdText(topicName(t.open.thread))}`, ''];
  if (b.professional) {
    lines.push(t.sharedPurpose
      ? `- Shared purpose: ${mdText(t.sharedPurpose.text)}${at(t.sharedPurpose.entry, 'sharedPurpose')}`
      : '- Shared purpose: none written yet. Name what you both want before the hard part.');
  }
  lines.push(stageLine(t.open, b.ctx.today), ...agreedLines(t, b.notes, b.ctx.today), ...nextLines(t), ...planLines(t), '');
  return lines;
}

function followUpItem(f: AwaitingFollowUp): string {
  const { entry, latest, age } = f;
  const since = latest ? `last followed up ${latest.date} (${latest.state}), ${days(age)} ago` : `given ${entry.given}, ${days(age)} ago, no follow-up since`;
  return `- ${mdText(entry.item.behaviour)} · ${since}${f.stale ? ' · **stale**: check in on it' : ''}${at(entry, 'behaviour')}`;
}

function followUpSection(b: Briefing): string[] {
  return [
    ...group('Corrective feedback awaiting follow-up', b.followUps.feedback.map(followUpItem), 'None waiting.'),
    ...group(`${firstName(b.notes)}'s open actions`, b.followUps.actions.map((a) => actionItem(a, b.ctx.today)), 'None open.'),
  ];
}

function recognitionSection(b: Briefing): string[] {
  const r = b.recognition;
  const name = mdText(firstName(b.notes));
  const lines: string[] = [];
  if (!r.last?.given) {
    lines.push(`- No positive feedback written yet. Look for something ${name} does well, and say it soon.`);
    return [...lines, ''];
  }
  lines.push(`- Last heard what they do well: ${r.last.given}, ${relative(r.last.given, b.ctx.today)}.`);
  if (r.nudge) lines.push(`- **It has been a while** (more than ${days(r.window)}): look for something ${name} did well, and tell them soon.`);
  lines.push('- The latest positive feedback:');
  for (const f of r.recent) lines.push(`  - ${mdText(f.item.behaviour)} (given ${f.given})${at(f, 'behaviour')}`);
  return [...lines, ''];
}

/** A text of several paragraphs as one list item: the link after the first paragraph. */
function paragraphsItem(text: string, link: string): string[] {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return paragraphs.flatMap((p, i) => (i === 0 ? [`- ${mdText(p)}${link}`] : ['', `  ${mdText(p)}`]));
}

function lastTimeSection(b: Briefing): string[] {
  const last = b.lastTime;
  if (!last) return ['No 1:1 held yet.', ''];
  const data = last.data;
  const lines = [`The 1:1 of ${last.date}${last.suffix}${at(last, 'date')}`, ''];
  lines.push(...group('Agenda', (data?.agenda ?? []).map((a, i) => `- ${mdText(a)}${at(last, `agenda.${i}`)}`), 'No agenda written.'));
  lines.push('**Notes you could share**', '', ...(data?.notes ? paragraphsItem(data.notes, at(last, 'notes')) : ['- No notes written.']), '');
  if (data?.private) lines.push('**Private notes, for you alone**', '', ...paragraphsItem(data.private, at(last, 'private')), '');
  return lines;
}

/** The briefing for `input`'s person's next 1:1, as Markdown. */
export function writeBriefing(input: PersonDocumentInput): string {
  const b = briefingOf(input);
  const { notes, ctx } = b;
  const role = notes.person.data?.role;
  const intro = [
    role ? `${mdText(role)}.` : '',
    b.professional ? `${mdText(firstName(notes))} is a senior professional: coach by persuasion, and name the shared purpose before the hard part.` : '',
    `As of ${ctx.today}, for you alone: private notes appear here, marked as private.`,
  ].filter(Boolean).join(' ');
  const lines = [
    `# Prepare: 1:1 with ${mdText(notes.person.name)}`, '', intro, '',
    '## The meeting', '', ...meetingSection(b.meeting, notes, ctx.today), '',
    '## What you owe them', '', ...owedSection(b),
    '## Open topics', '', ...(b.topics.length ? b.topics.flatMap((t) => topicSection(t, b)) : ['No open topics.', '']),
    '## Follow-ups', '', ...followUpSection(b),
    '## Recognition', '', ...recognitionSection(b),
    '## Last time', '', ...lastTimeSection(b),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
