// `npm run bench`, the pictures: what the extension host computes while the pictures' panel is open and
// visible, after each change of the notes (src/pictures/picturesPanel.ts): the team at a glance for
// everyone, sorted and written as the message it posts; a person's history over six months and over
// everything; the coaching habits. Medians of `runs`, in wall ms, and against one edit to every updated
// model measured in the same run (what the host does for the same change without the panel).
import { performance } from 'node:perf_hooks';
import { everyonesNotes } from '../src/core/checks/engine';
import type { CheckContext } from '../src/core/checks/rule';
import { coachingHabits } from '../src/core/pictures/coachingHabits';
import { personTimeline } from '../src/core/pictures/personTimeline';
import { sortRows, teamOverview, type CheckedTeam } from '../src/core/pictures/teamOverview';
import { median } from './measure';

export interface PictureTimes {
  readonly overviewMs: number;
  readonly historyMs: number;
  readonly historyAllMs: number;
  readonly habitsMs: number;
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

export function pictureTimes(team: CheckedTeam, ctx: CheckContext, runs: number): PictureTimes {
  const first = team.index.people()[0]?.id ?? '';
  const notes = team.index.notes(first);
  const post = (data: unknown) => JSON.stringify(data).length;
  return {
    overviewMs: medianMs(runs, () => { const o = teamOverview(team, ctx); return post({ ...o, rows: sortRows(o.rows, 'urgency') }); }),
    historyMs: notes ? medianMs(runs, () => post(personTimeline(notes, ctx, '6m'))) : NaN,
    historyAllMs: notes ? medianMs(runs, () => post(personTimeline(notes, ctx, 'all'))) : NaN,
    habitsMs: medianMs(runs, () => post(coachingHabits(everyonesNotes(team.index), ctx))),
  };
}
