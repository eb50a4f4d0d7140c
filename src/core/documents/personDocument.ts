// What a document about one person (the briefing, the shareable agenda, the review summary) is made
// from, whichever way it is asked for: the editor's commands and the command line pass the same input.
import type { CheckContext } from '../checks/rule';
import type { PersonNotes } from '../people/personNotes';

export interface PersonDocumentInput {
  /** Everything the notes say about the person (person.yaml, 1:1s, feedback, topics, actions). */
  readonly notes: PersonNotes;
  /** Today and the settings, as for the checks. */
  readonly ctx: CheckContext;
}

/** The period a review covers, both days included, and whether private notes may appear. */
export interface ReviewPeriod {
  readonly from: string;
  readonly to: string;
  readonly includePrivate: boolean;
}
