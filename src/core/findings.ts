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

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/** One thing the loader or a coaching check has to say about the notes. */
export interface Finding {
  /** Rule id, e.g. `format/unknown-key` or `escalation/skipped-stage`. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
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
