// What the core tells the editor and the command line: plain data, no vscode types.

/** A zero-based position, as in an editor: line and character (UTF-16 code units). */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A half-open range in one file. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Another place that explains a finding, e.g. an earlier conversation on the same topic. */
export interface RelatedLocation {
  /** Path relative to the notes root, `/`-separated. */
  readonly file: string;
  readonly range: Range;
  readonly message: string;
}

/** A proposed edit, in core terms: replace `range` of `file` with `text` (an empty range inserts). */
export interface TextEdit {
  readonly file: string;
  readonly range: Range;
  readonly text: string;
}

/**
 * A fix that is a step of the manager's work rather than a text edit the core can write on its own:
 * the editor runs it (a command, a prompt). Plain data: what to do, and whom or what it is about.
 * - `new-one-on-one`: start the person's next 1:1 file;
 * - `log-feedback`: log feedback of this kind for the person;
 * - `add-review`: write the review of the plan entry at `path` of `file` (see templates/reviewEntry.ts).
 */
export type FixCommand =
  | { readonly kind: 'new-one-on-one'; readonly personId: string }
  | { readonly kind: 'log-feedback'; readonly personId: string; readonly feedbackKind: 'positive' | 'corrective' }
  | { readonly kind: 'add-review'; readonly file: string; readonly path: string };

export interface Fix {
  readonly title: string;
  /** The text edits; empty for a fix that is a command. */
  readonly edits: readonly TextEdit[];
  /** A step the editor carries out instead of (or after) the edits. */
  readonly command?: FixCommand;
}

/** One thing the loader or a coaching check has to say about the notes. */
export interface Finding {
  /** Rule id, e.g. `format/unknown-key` or `escalation/skipped-stage`. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /**
   * A few words for a list row, leading with what it is ("Stale feedback · 19 days"); the message is
   * the whole sentence. Absent: the rule's label.
   */
  readonly summary?: string;
  /** Path relative to the notes root, `/`-separated. */
  readonly file: string;
  readonly range: Range;
  readonly related?: readonly RelatedLocation[];
  /** Longer advice: what to do next, in our own words. */
  readonly guidance?: string;
  readonly fixes?: readonly Fix[];
}

/** The start of a file: where findings go that belong to no particular node. */
export const FILE_START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
