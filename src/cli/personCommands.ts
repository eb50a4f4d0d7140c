// The command line's documents about one person: `brief`, `agenda` and `review` print Markdown made by
// the core (src/core/documents/) from the same input the editor's commands pass.
import { writeBriefing } from '../core/documents/briefing/briefingMarkdown';
import type { PersonDocumentInput, ReviewPeriod } from '../core/documents/personDocument';

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
};
