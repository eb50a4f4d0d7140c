// The handlers of the commands that write notes (writingCommands.ts registers them). The extension loads
// this on first use, as a file of its own (commandHandlers.ts).
export { addPerson } from './addPerson';
export { createNotesFolder } from './createNotesFolder';
export { insertTemplate } from './insertTemplate';
export { insertTemplateAt } from './insertTemplateAt';
export { logFeedback } from './logFeedback';
export { markTimeAway } from './markTimeAway';
export { newOneOnOne } from './newOneOnOne';
