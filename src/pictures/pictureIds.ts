// The names VS Code knows the pictures by: the panel's view type and the commands that show it.
export const PICTURES_VIEW_TYPE = 'oneOnOneCoach.pictures';
export const SHOW_TEAM_OVERVIEW = 'oneOnOneCoach.showTeamOverview';
export const SHOW_HISTORY = 'oneOnOneCoach.showHistory';
export const SHOW_COACHING_HABITS = 'oneOnOneCoach.showCoachingHabits';
