import { findingActionsCommands } from './commands/findingActions';
import { addPersonCommand, createNotesFolderCommand, insertTemplateAtCommand, insertTemplateCommand, logFeedbackCommand, markTimeAwayCommand, newOneOnOneCommand } from './commands/writingCommands';
import { openPersonCommand } from './commands/openPerson';
import { sampleNotesCommand } from './commands/openSampleNotes';
import { refreshCommand } from './commands/refresh';
import { showAttentionCommand } from './commands/showAttention';
import { showCheckDocsCommand } from './commands/showCheckDocs';
import { prepareOneOnOne } from './documents/briefing';
import { problems } from './diagnostics/problems';
import { summarizeForReviewCommand } from './documents/reviewSummary';
import { guidanceLenses } from './guidance/codeLens';
import { guidanceHovers } from './guidance/hovers';
import { shareableAgendaCommands } from './documents/agenda';
import { notesContextKeys } from './notes/contextKeys';
import { pictures } from './pictures/pictures';
import { quickFixes } from './quickFixes/codeActions';
import { yamlSchemas } from './schemas/yamlSchemas';
import { snoozeQuickFix } from './quickFixes/snooze';
import type { Feature } from './services';
import { sidebar } from './sidebar/sidebar';
import { attentionStatus } from './statusBar/attentionStatus';
import { notesFileContext } from './templates/notesFileContext';

/** Every feature of the extension, wired in this order by activate(). */
export const features: readonly Feature[] = [
  problems, sidebar, attentionStatus, refreshCommand, showAttentionCommand, sampleNotesCommand,
  guidanceHovers, guidanceLenses, quickFixes,
  newOneOnOneCommand, logFeedbackCommand, insertTemplateCommand, insertTemplateAtCommand, addPersonCommand, createNotesFolderCommand,
  openPersonCommand, showCheckDocsCommand, findingActionsCommands,
  notesContextKeys,
  notesFileContext,
  snoozeQuickFix, markTimeAwayCommand,
  shareableAgendaCommands,
  summarizeForReviewCommand,
  prepareOneOnOne,
  pictures,
  yamlSchemas,
];
