// The command line's documents about one person: `brief`, `agenda` and `review` print Markdown made by
// the core (src/core/documents/) from the same input the editor's commands pass.
import { writeShareableAgenda } from '../core/documents/agenda/shareableAgenda';
import { writeBriefing } from '../core/documents/briefing/briefingMarkdown';
import type { PersonDocumentInput, ReviewPeriod } from '../core/documents/personDocument';
import { writeReviewSummary } from '../core/documents/review/reviewSummary';

export interface PersonCommand {
  /** One line for the help: what the document is. */
  readonly summary: string;
  /** Whether it takes --from, --to and --include-private. */
  readonly takesPeriod: boolean;
  /** The Markdown document; `period` is given when takesPeriod. */
  readonly write: (input: PersonDocumentInput, period?: ReviewPeriod) => string;
}

/** By command name, in the order the help lists them. */
export const PERSON_COMMANDS: Readonly<Record<string, PersonCommand>> = {
  brief: { summary: 'the briefing for your next 1:1 with a person (for you alone: private notes included)', takesPeriod: false, write: writeBriefing },
  agenda: { summary: 'the next 1:1\'s agenda, to send the person: nothing private', takesPeriod: false, write: writeShareableAgenda },
  review: {
    summary: 'a summary of one person over a period, with fairness checks, to write a review from',
    takesPeriod: true,
    write: (input, period) => writeReviewSummary(input, period ?? { from: input.ctx.today, to: input.ctx.today, includePrivate: false }),
  },
};
