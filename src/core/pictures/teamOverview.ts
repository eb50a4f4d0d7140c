// The team overview: one row per person, for the 26 weeks ending today. Each row holds the 1:1 strip
// (oneOnOneWeeks.ts), a mark per feedback item (feedbackMarks.ts: where feedback needs you, in the words
// of Needs Attention), the open topics as the People view
// counts them (sidebarModel.openTopics), and the days since the last recognition as the recognition
// check counts them (marked overdue when that check speaks up). Rows come most urgent first (personUrgency.ts); sortRows orders them by name too.
//
// Everyone in the index has a row. People you no longer manage (their `until` is before today) are
// kept apart, with why: their strip still shows the weeks you managed them.
import { lastRecognition, recognitionNoneRecent } from '../checks/recognition';
import { stillManaged } from '../checks/engine';
import type { CheckContext } from '../checks/rule';
import { daysBetween } from '../dates';
import type { Finding } from '../findings';
import type { NotesIndex } from '../people/notesIndex';
import type { PersonNotes } from '../people/personNotes';
import { cadenceDays } from '../schema';
import { cadenceOf } from '../checks/cadence';
import { openTopics } from '../workspace/sidebarModel';
import { OVERVIEW_WEEKS, spanOfWeeks, weeksEnding } from './daySpans';
import { feedbackMarks } from './feedbackMarks';
import { locationOf } from './itemLocation';
import { oneOnOneWeeks } from './oneOnOneWeeks';
import { compareNames, urgencyOf, type PersonUrgency } from './personUrgency';
import type { OpenTopicMark, OverviewRow, SortKey, TeamOverview } from './pictureData';

/** What the overview is made from: the index and each person's findings (a CheckedNotes is one). */
export interface CheckedTeam {
  readonly index: NotesIndex;
  findingsOfPerson(personId: string): Iterable<Finding>;
}

function topicMarks(notes: PersonNotes, ctx: CheckContext): OpenTopicMark[] {
  return openTopics(notes, ctx).map((t) => {
    const review = t.plan && !t.plan.reviewed ? t.plan.reviewDate : undefined;
    return {
      topicId: t.thread.topicId,
      ...(t.thread.title !== undefined ? { title: t.thread.title } : {}),
      stage: t.latest.stance,
      next: t.expected,
      conversations: t.held,
      ...(review !== undefined ? { reviewDate: review } : {}),
      reviewOverdue: review !== undefined && review < ctx.today,
      at: locationOf(t.latest),
    };
  });
}

function overviewRow(notes: PersonNotes, ctx: CheckContext, urgency: PersonUrgency, findings: readonly Finding[]): OverviewRow {
  const span = spanOfWeeks(ctx.today, OVERVIEW_WEEKS);
  const last = lastRecognition(notes, ctx.today);
  const role = notes.person.data?.role;
  return {
    personId: notes.person.id,
    name: notes.person.name,
    ...(role !== undefined ? { role } : {}),
    cadenceDays: cadenceDays(cadenceOf(notes, ctx.settings)),
    urgency: { ...urgency },
    weeks: oneOnOneWeeks(notes, ctx, weeksEnding(ctx.today, OVERVIEW_WEEKS)),
    feedback: feedbackMarks(notes, span, findings),
    topics: topicMarks(notes, ctx),
    ...(last?.given !== undefined ? { recognition: { date: last.given, days: daysBetween(last.given, ctx.today), overdue: findings.some((f) => f.code === recognitionNoneRecent.id), at: locationOf(last) } } : {}),
  };
}

/** The overview of everyone in the index on ctx.today, most urgent first. */
export function teamOverview(team: CheckedTeam, ctx: CheckContext): TeamOverview {
  const people = team.index.people().flatMap((p) => team.index.notes(p.id) ?? []);
  const findings = new Map(people.map((notes) => [notes.person.id, [...team.findingsOfPerson(notes.person.id)]]));
  const urgency = urgencyOf(people, (id) => findings.get(id) ?? []);
  const overview: TeamOverview = { today: ctx.today, span: spanOfWeeks(ctx.today, OVERVIEW_WEEKS), rows: [], apart: [] };
  for (const notes of people) {
    const row = overviewRow(notes, ctx, urgency.get(notes.person.id) as PersonUrgency, findings.get(notes.person.id) ?? []);
    if (stillManaged(notes, ctx.today)) overview.rows.push(row);
    else overview.apart.push({ ...row, why: `You no longer manage them: the last day was ${notes.person.data?.until}.` });
  }
  overview.rows = sortRows(overview.rows, 'urgency');
  overview.apart = sortRows(overview.apart, 'name');
  return overview;
}

/** The rows in the order asked for: most urgent first, or by name. */
export function sortRows<T extends OverviewRow>(rows: readonly T[], by: SortKey): T[] {
  const byName = (a: T, b: T) => compareNames({ name: a.name, id: a.personId }, { name: b.name, id: b.personId });
  return [...rows].sort(by === 'urgency' ? (a, b) => a.urgency.rank - b.urgency.rank || byName(a, b) : byName);
}
