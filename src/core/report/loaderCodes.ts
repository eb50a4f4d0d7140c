// The findings that do not come from a coaching rule: what the loader, the walk of the notes folder
// and the check engine report. Listed for docs/checks.md; a unit test keeps the list complete.
import type { Severity } from '../findings';
import { MAX_ALIAS_COUNT, MAX_FINDINGS_PER_FILE } from '../reading/loader';
import { DEFAULT_MAX_BYTES, formatBytes } from '../reading/notesText';
import { MAX_STRUCTURE } from '../reading/structureBudget';
import { NOTES_LIMITS } from '../reading/yamlSpans';

export interface LoaderCode {
  readonly code: string;
  /** The usual severity; `or` names another one some of these findings take. */
  readonly severity: Severity;
  readonly or?: Severity;
  /** What it means and what to do, in one or two sentences. */
  readonly meaning: string;
}

export const LOADER_CODES: readonly LoaderCode[] = [
  { code: 'format/syntax', severity: 'error', or: 'warning', meaning: 'The file is not valid YAML: one finding per mistake, in plain words, on the line to change (a missing colon, ": " inside a text, a line indented wrong, a quote or bracket never closed, a tab, an alias to no anchor, something after the end of a value, a second `---` document). What only follows from a mistake is not reported again. A YAML warning, such as an unknown `!tag`, keeps the data and is a warning.' },
  { code: 'format/last-good', severity: 'info', meaning: 'A notes file broken by a YAML mistake while the editor is open: its coaching findings come from the last version that read cleanly, until the mistake is fixed. Not reported from files on disk at start, nor by the command line.' },
  { code: 'format/duplicate-key', severity: 'error', meaning: 'The same key is written twice in one map; the finding points back at the first one.' },
  { code: 'format/unknown-key', severity: 'error', meaning: 'A key the format does not know; when it looks like a misspelling, a quick fix offers the key that was meant.' },
  { code: 'format/schema', severity: 'error', meaning: 'A value of the wrong kind, a missing required key, or a value outside its list (e.g. a `stance` other than supportive, socratic or plan).' },
  { code: 'format/colon-in-text', severity: 'error', meaning: 'A list item meant as text holds ": " (`- me: code review`), so YAML reads it as a key and a value; a quick fix puts the item in quotes.' },
  { code: 'format/invalid-date', severity: 'error', meaning: 'A date written `YYYY-MM-DD` that is not on the calendar, e.g. 2026-02-30.' },
  { code: 'format/file-name', severity: 'error', meaning: 'A 1:1 file named by a day that does not exist.' },
  { code: 'format/date-mismatch', severity: 'error', meaning: 'The `date:` inside a 1:1 differs from the date in its file name; a quick fix makes them the same.' },
  { code: 'format/empty', severity: 'warning', meaning: 'A person or 1:1 file with nothing in it.' },
  { code: 'format/too-many-aliases', severity: 'error', meaning: `The file expands YAML aliases (\`*name\`) more than ${MAX_ALIAS_COUNT} times; it was not read.` },
  { code: 'format/too-large', severity: 'error', meaning: `The file is larger than ${formatBytes(DEFAULT_MAX_BYTES)}, the most the loader reads; it was not read.` },
  { code: 'format/too-complex', severity: 'error', meaning: `The file holds more lines, list items, keys and quotes (${MAX_STRUCTURE.toLocaleString('en-US')} in all) than notes ever do, so it was not read; the finding is on the line where the count ran over. A 1:1 holds one or two hundred.` },
  { code: 'format/too-long', severity: 'error', meaning: `A list of more than ${NOTES_LIMITS.listItems.toLocaleString('en-US')} items, or a map of more than ${NOTES_LIMITS.mapKeys.toLocaleString('en-US')} keys: far more than notes need, so the file was not read. The finding is on the list's or map's first line.` },
  { code: 'format/too-deep', severity: 'error', meaning: `Lists and keys nested more than ${NOTES_LIMITS.depth} levels deep (the format needs 4: a feedback item's followUp, say), so the file was not read. The finding is where the nesting goes too deep.` },
  { code: 'format/encoding', severity: 'error', meaning: 'The file is not UTF-8 text; the finding points at the first bad bytes.' },
  { code: 'format/too-many-findings', severity: 'warning', meaning: `More than ${MAX_FINDINGS_PER_FILE} problems in one file; the rest are summed up in this one.` },
  { code: 'format/outside-layout', severity: 'hint', meaning: 'A YAML file under the notes folder that 1:1 Coach does not read (e.g. `Person.yaml`, or one nested too deep).' },
  { code: 'format/internal', severity: 'error', meaning: 'The loader failed on this file: a bug in 1:1 Coach, worth reporting.' },
  { code: 'layout/unreadable', severity: 'warning', meaning: 'The notes folder, a person folder or a file could not be read (permissions, for example).' },
  { code: 'layout/symlink-loop', severity: 'hint', meaning: 'A person folder is a link back to the notes folder or above it; it is skipped.' },
  { code: 'layout/symlink-duplicate', severity: 'hint', meaning: 'Two person folders link to the same folder; it is read once.' },
  { code: 'layout/link-outside', severity: 'warning', meaning: 'A link in the notes folder that leads outside it; 1:1 Coach does not read through it, and says nothing of what it points at. Move the notes themselves into the notes folder.' },
  { code: 'layout/broken-link', severity: 'warning', meaning: 'A link in the notes folder that leads to nothing, or round in a circle; it is skipped.' },
  { code: 'layout/not-a-file', severity: 'warning', meaning: 'An entry named like a notes file (2026-03-04.yaml) that is a folder, a named pipe, a socket or a device; it is skipped, and never opened.' },
  { code: 'layout/no-person-file', severity: 'info', meaning: 'A person folder with 1:1s or feedback but no person.yaml: the notes are read under the folder name, with the default cadence. Add one, or move the notes to the right folder.' },
  { code: 'internal/check-failed', severity: 'error', meaning: 'A coaching check failed on these notes: a bug in 1:1 Coach. The other checks still ran.' },
];
