// The messages the extension sends the pictures' page for the sample team (examples/notes) on its day:
// the overview, each person's history (six months) and the coaching habits, as plain JSON.
import { everyonesNotes } from '../../../src/core/checks/engine';
import { coachingHabits } from '../../../src/core/pictures/coachingHabits';
import { personTimeline } from '../../../src/core/pictures/personTimeline';
import type { ExtensionMessage } from '../../../src/core/pictures/protocol';
import type { TimelineRange } from '../../../src/core/pictures/pictureData';
import { teamOverview } from '../../../src/core/pictures/teamOverview';
import { sampleCtx, sampleTeam } from './sampleTeam';

export interface SampleMessages {
  overview: Extract<ExtensionMessage, { type: 'overview' }>;
  /** A person's history in a range. */
  timeline(personId: string, range?: TimelineRange): Extract<ExtensionMessage, { type: 'timeline' }>;
  habits: Extract<ExtensionMessage, { type: 'habits' }>;
}

export function sampleMessages(): SampleMessages {
  const team = sampleTeam();
  const trip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return {
    overview: trip({ type: 'overview', data: teamOverview(team, sampleCtx) }),
    timeline: (personId, range = '6m') => trip({ type: 'timeline', data: personTimeline(team.index.notes(personId)!, sampleCtx, range) }),
    habits: trip({ type: 'habits', data: coachingHabits(everyonesNotes(team.index), sampleCtx) }),
  };
}
