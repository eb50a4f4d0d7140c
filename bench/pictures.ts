// `npm run bench`, the pictures: what the extension host computes while the pictures' panel is open and
// visible, after each change of the notes (src/pictures/picturesPanel.ts): the team at a glance for
// everyone, sorted and written as the message it posts, with the rows the panel keeps between changes
// (an edit to one person's 1:1 before each run, not timed: the edit path is measured on its own), and
// made from nothing as when the panel opens; a person's history over six months and over everything;
// the coaching habits after a change (their parts kept in the same way) and made from nothing. Medians of `runs`, in wall ms, and against one edit to every updated
// model measured in the same run (what the host does for the same change without the panel).
import { performance } from 'node:perf_hooks';
import { everyonesNotes } from '../src/core/checks/engine';
import type { CheckContext } from '../src/core/checks/rule';
import { coachingHabits, CoachingHabitsKept } from '../src/core/pictures/coachingHabits';
import { personTimeline } from '../src/core/pictures/personTimeline';
import { sortRows, teamOverview, TeamOverviewRows, type CheckedTeam } from '../src/core/pictures/teamOverview';
import { median } from './measure';

export interface PictureTimes {
  readonly overviewMs: number;
  /** The team at a glance made from nothing, as when the panel opens. */
  readonly overviewOpenMs: number;
  /** Of the rows, how many the last change made anew (the rest were kept). */
  readonly rowsMadeAnew: number;
  readonly historyMs: number;
  readonly historyAllMs: number;
  readonly habitsMs: number;
  /** The coaching habits made from nothing, as when they are first shown. */
  readonly habitsOpenMs: number;
}

function medianMs(runs: number, fn: () => unknown): number {
  fn(); // warm-up: the first picture also compiles its code
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Each run first calls `change(i)` (not timed), then times `fn`. */
function medianAfterChangeMs(runs: number, change: (i: number) => void, fn: () => unknown): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    change(i);
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** `change(i)` changes one person's notes, as an edit does. */
export function pictureTimes(team: CheckedTeam, ctx: CheckContext, runs: number, change: (i: number) => void): PictureTimes {
  const first = team.index.people()[0]?.id ?? '';
  const notes = team.index.notes(first);
  const post = (data: unknown) => JSON.stringify(data).length;
  const overview = (rows: TeamOverviewRows) => { const o = rows.overview(team, ctx); return post({ ...o, rows: sortRows(o.rows, 'urgency') }); };
  const kept = new TeamOverviewRows();
  const keptHabits = new CoachingHabitsKept();
  return {
    overviewMs: medianAfterChangeMs(runs, change, () => overview(kept)),
    rowsMadeAnew: kept.madeAnew,
    overviewOpenMs: medianMs(runs, () => { const o = teamOverview(team, ctx); return post({ ...o, rows: sortRows(o.rows, 'urgency') }); }),
    historyMs: notes ? medianMs(runs, () => post(personTimeline(notes, ctx, '6m'))) : NaN,
    historyAllMs: notes ? medianMs(runs, () => post(personTimeline(notes, ctx, 'all'))) : NaN,
    habitsMs: medianAfterChangeMs(runs, (i) => change(runs + i), () => post(keptHabits.habits(everyonesNotes(team.index), ctx))),
    habitsOpenMs: medianMs(runs, () => post(coachingHabits(everyonesNotes(team.index), ctx))),
  };
}
