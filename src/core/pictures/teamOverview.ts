// The team overview: one row per person, for the 26 weeks ending today. Each row holds the 1:1 strip
// (oneOnOneWeeks.ts), a mark per feedback item (feedbackMarks.ts: where feedback needs you, in the words
// of Needs Attention), the open topics as the People view
// counts them (sidebarModel.openTopics), and the days since the last recognition as the recognition
// check counts them (marked overdue when that check speaks up). Rows come most urgent first (personUrgency.ts); sortRows orders them by name too.
//
// Everyone in the index has a row. People you no longer manage (their `until` is before today) are
// kept apart, with why: their strip still shows the weeks you managed them.
//
// A panel keeps a TeamOverviewRows between changes: a change to one person's notes or findings makes
// only their row anew; the team is then ranked again from what each row keeps.
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
import { compareNames, rankUrgency, urgencyOfOne, type PersonUrgency, type UrgencyOfOne } from './personUrgency';
import type { OpenTopicMark, OverviewRow, SortKey, TeamOverview } from './pictureData';

/** What the overview is made from: the index and each person's findings (a CheckedNotes is one). */
export interface CheckedTeam {
  readonly index: NotesIndex;
  /**
   * A person's findings, one list per file of their folder that has any. The same list object again
   * holds the same findings (CheckedNotes files a changed file's findings in a new list).
   */
  findingListsOfPerson(personId: string): Iterable<readonly Finding[]>;
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

type RowOfOne = Omit<OverviewRow, 'urgency'>;

function overviewRow(notes: PersonNotes, ctx: CheckContext, findings: readonly Finding[]): RowOfOne {
  const span = spanOfWeeks(ctx.today, OVERVIEW_WEEKS);
  const last = lastRecognition(notes, ctx.today);
  const role = notes.person.data?.role;
  return {
    personId: notes.person.id,
    name: notes.person.name,
    ...(role !== undefined ? { role } : {}),
    cadenceDays: cadenceDays(cadenceOf(notes, ctx.settings)),
    weeks: oneOnOneWeeks(notes, ctx, weeksEnding(ctx.today, OVERVIEW_WEEKS)),
    feedback: feedbackMarks(notes, span, findings),
    topics: topicMarks(notes, ctx),
    ...(last?.given !== undefined ? { recognition: { date: last.given, days: daysBetween(last.given, ctx.today), overdue: findings.some((f) => f.code === recognitionNoneRecent.id), at: locationOf(last) } } : {}),
  };
}

/** What is kept of one person between changes, with what it was made from. */
interface KeptRow {
  readonly notes: PersonNotes;
  readonly lists: readonly (readonly Finding[])[];
  readonly row: RowOfOne;
  readonly urgency: UrgencyOfOne;
  readonly managed: boolean;
}

const sameLists = (a: readonly (readonly Finding[])[], b: readonly (readonly Finding[])[]) => a.length === b.length && a.every((list, i) => list === b[i]);

/** The overview of a team kept between changes: each call makes anew only the rows of people whose notes or findings changed. */
export class TeamOverviewRows {
  private readonly kept = new Map<string, KeptRow>();
  private context = '';
  /** How many rows the last overview made anew (the others were kept). */
  madeAnew = 0;

  /** The overview of everyone in the index on ctx.today, most urgent first. */
  overview(team: CheckedTeam, ctx: CheckContext): TeamOverview {
    const context = `${ctx.today} ${JSON.stringify(ctx.settings)}`;
    if (context !== this.context) {
      this.kept.clear();
      this.context = context;
    }
    this.madeAnew = 0;
    const people: KeptRow[] = [];
    for (const { id } of team.index.people()) {
      const notes = team.index.notes(id);
      if (!notes) continue;
      const lists = [...team.findingListsOfPerson(id)];
      let kept = this.kept.get(id);
      if (!kept || kept.notes !== notes || !sameLists(kept.lists, lists)) {
        const findings = lists.flat();
        kept = { notes, lists, row: overviewRow(notes, ctx, findings), urgency: urgencyOfOne(notes, findings), managed: stillManaged(notes, ctx.today) };
        this.kept.set(id, kept);
        this.madeAnew += 1;
      }
      people.push(kept);
    }
    if (this.kept.size > people.length) {
      const here = new Set(people.map((k) => k.notes.person.id));
      for (const id of [...this.kept.keys()]) if (!here.has(id)) this.kept.delete(id);
    }
    const urgency = rankUrgency(people.map((k) => k.urgency));
    const overview: TeamOverview = { today: ctx.today, span: spanOfWeeks(ctx.today, OVERVIEW_WEEKS), rows: [], apart: [] };
    for (const { notes, row, managed } of people) {
      const full = { ...row, urgency: urgency.get(notes.person.id) as PersonUrgency };
      if (managed) overview.rows.push(full);
      else overview.apart.push({ ...full, why: `You no longer manage them: the last day was ${notes.person.data?.until}.` });
    }
    overview.rows = sortRows(overview.rows, 'urgency');
    overview.apart = sortRows(overview.apart, 'name');
    return overview;
  }
}

/** The overview of everyone in the index on ctx.today, most urgent first. */
export function teamOverview(team: CheckedTeam, ctx: CheckContext): TeamOverview {
  return new TeamOverviewRows().overview(team, ctx);
}

/** The rows in the order asked for: most urgent first, or by name. */
export function sortRows<T extends OverviewRow>(rows: readonly T[], by: SortKey): T[] {
  const byName = (a: T, b: T) => compareNames({ name: a.name, id: a.personId }, { name: b.name, id: b.personId });
  return [...rows].sort(by === 'urgency' ? (a, b) => a.urgency.rank - b.urgency.rank || byName(a, b) : byName);
}
