// Shared test builders for the coaching checks: one person's notes from YAML texts, a check context
// for a given day, and quick fixes applied back to the texts.
import { strict as assert } from 'node:assert';
import type { Finding, Fix, Range } from '../../../src/core/findings';
import { loadNotesFile } from '../../../src/core/reading/loader';
import { NotesIndex } from '../../../src/core/people/notesIndex';
import type { PersonNotes } from '../../../src/core/people/personNotes';
import { lineStartsOf } from '../../../src/core/reading/positions';
import type { CheckContext, Rule } from '../../../src/core/checks/rule';
import { withDefaults, type CheckSettings } from '../../../src/core/checks/settings';

/** Files of one person, by name inside their folder: `{ 'person.yaml': '...', '2026-01-05.yaml': '...' }`. */
export type PersonFiles = Readonly<Record<string, string>>;

/** The person id the builders use unless told otherwise. */
export const PERSON = 'p';

/** The notes of `personId` built from its files, through the index as the extension builds them. */
export function notesOf(files: PersonFiles, personId = PERSON): PersonNotes {
  const index = new NotesIndex();
  for (const [name, text] of Object.entries(files)) index.update(`${personId}/${name}`, text);
  const notes = index.notes(personId);
  assert.ok(notes, `no notes for ${personId}`);
  return notes;
}

/** A check context for `today`, with the default settings and any given overrides. */
export function ctxOn(today: string, settings: Partial<CheckSettings> = {}): CheckContext {
  return { today, settings: withDefaults(settings) };
}

/** Runs one rule over the files. */
export function run(rule: Rule, files: PersonFiles, ctx: CheckContext, personId = PERSON): Finding[] {
  return rule.check(notesOf(files, personId), ctx);
}

/** The text a range covers. */
export function textAt(text: string, range: Range): string {
  const starts = lineStartsOf(text);
  const offset = (p: Range['start']) => (starts[p.line] ?? text.length) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}

/**
 * The files with a fix applied (edits are given in the original text's positions). Asserts that every
 * edited file still loads without a single format finding.
 */
export function applyFix(files: PersonFiles, fix: Fix, personId = PERSON): Record<string, string> {
  const out: Record<string, string> = { ...files };
  const byFile = new Map<string, Fix['edits'][number][]>();
  for (const edit of fix.edits) byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit]);
  for (const [file, edits] of byFile) {
    const name = file.slice(personId.length + 1);
    let text = files[name];
    assert.ok(text !== undefined, `the fix edits ${file}, which is not one of the files`);
    const starts = lineStartsOf(text);
    const offset = (p: Range['start']) => (starts[p.line] ?? text!.length) + p.character;
    const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
    for (const e of sorted) text = text.slice(0, offset(e.range.start)) + e.text + text.slice(offset(e.range.end));
    const reloaded = loadNotesFile(file, text);
    assert.deepEqual(reloaded.findings.map((f) => `${f.code}: ${f.message}`), [], `after "${fix.title}":\n${text}`);
    out[name] = text;
  }
  return out;
}

/** The one finding of a run, asserting there is exactly one. */
export function only(findings: readonly Finding[]): Finding {
  assert.equal(findings.length, 1, `expected one finding, got ${findings.length}: ${findings.map((f) => f.message).join(' | ')}`);
  return findings[0] as Finding;
}
