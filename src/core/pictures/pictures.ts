// What the pictures' panel takes from the core, in one module: the three pictures and what the panel shows.
// The extension's build ships it with the document writers (dist/documents.js, see scripts/lazyBundles.mjs),
// loaded when a picture or a document is first asked for.
export { coachingHabits, CoachingHabitsKept } from './coachingHabits';
export { personTimeline } from './personTimeline';
export { sortRows, teamOverview, TeamOverviewRows } from './teamOverview';
export { FIRST_SHOW, showFromState } from './pictureShow';
