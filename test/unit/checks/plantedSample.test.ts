// The sample team (examples/notes) on its day, 27 November 2026, seen by the feedback, recognition,
// coaching-content, professional, cadence and action rules: each fires exactly where the README's
// table of planted mistakes says, with its severity, and nowhere else; every fix it offers loads clean.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'mocha';
import { actionRules } from '../../../src/core/checks/actions';
import { cadenceRules } from '../../../src/core/checks/cadence';
import { coachingContentRules } from '../../../src/core/checks/coachingContent';
import { checkPerson } from '../../../src/core/checks/engine';
import { feedbackImmediacyRules } from '../../../src/core/checks/feedbackImmediacy';
import { professionalRules } from '../../../src/core/checks/professionals';
import { recognitionRules } from '../../../src/core/checks/recognition';
import { staleFeedbackRules } from '../../../src/core/checks/staleFeedback';
import type { Finding } from '../../../src/core/findings';
import { NotesIndex } from '../../../src/core/people/notesIndex';
import { SAMPLE_DAY } from '../../../src/core/sample/sampleCopy';
import { walkNotesRoot } from '../../../src/core/reading/walk';
import { applyFix, ctxOn } from './builders';

// out-*/test/unit/checks/ → project root
const sample = join(__dirname, '..', '..', '..', '..', 'examples', 'notes');
const root = join(sample, 'one-on-ones');
const rules = [
  ...feedbackImmediacyRules, ...staleFeedbackRules, ...recognitionRules, ...coachingContentRules,
  ...professionalRules, ...cadenceRules, ...actionRules,
];

/** rule id, where (file:line, 1-based), severity, and the related location (file:line) if any. */
const planted: readonly (readonly [string, string, string, string?])[] = [
  ['feedback/delay', 'dana-kowalski/feedback.yaml:20', 'warning'],
  ['feedback/delay', 'ben-hughes/feedback.yaml:26', 'hint'],
  ['feedback/not-given', 'amara-okafor/feedback.yaml:19', 'hint'],
  ['feedback/stale', 'ben-hughes/feedback.yaml:17', 'warning'],
  ['recognition/none-recent', 'chen-wei/person.yaml:1', 'warning', 'chen-wei/2026-10-08.yaml:9'],
  ['recognition/imbalance', 'chen-wei/person.yaml:1', 'hint'],
  ['coaching/missing-three-es', 'chen-wei/2026-11-12.yaml:16', 'warning'],
  ['professional/no-shared-purpose', 'dana-kowalski/2026-11-09.yaml:25', 'warning'],
  ['cadence/overdue', 'chen-wei/person.yaml:1', 'warning', 'chen-wei/2026-11-12.yaml:1'],
  ['actions/overdue', 'ben-hughes/2026-11-10.yaml:14', 'warning'],
  ['actions/overdue', 'amara-okafor/2026-11-04.yaml:54', 'hint'],
];

const at = (file: string, line: number) => `${file}:${line + 1}`;

function sampleFindings(): Finding[] {
  const index = new NotesIndex();
  for (const file of walkNotesRoot(root).files) index.update(file, readFileSync(join(root, file)));
  const ctx = ctxOn(SAMPLE_DAY);
  return index.people().flatMap((p) => checkPerson(index.notes(p.id) ?? assert.fail(p.id), ctx, rules));
}

describe('the sample notes on 27 November 2026, for the feedback, recognition, coaching, professional, cadence and action rules', () => {
  let findings: Finding[];
  before(() => {
    findings = sampleFindings();
  });

  it('fire exactly at the planted places, with their severity and related place', () => {
    const seen = findings.map((f) => [f.code, at(f.file, f.range.start.line), f.severity, ...(f.related ?? []).map((r) => at(r.file, r.range.start.line))]);
    const key = (row: readonly unknown[]) => row.join(' ');
    assert.deepEqual(seen.map(key).sort(), planted.map(key).sort());
  });

  it('are the places the README table names', () => {
    const readme = readFileSync(join(sample, 'README.md'), 'utf8');
    for (const [rule, where] of planted) {
      const cell = where.includes('/person.yaml') ? where.replace(/person\.yaml:1$/, '') : where;
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${rule}\``) && l.includes(`| \`${cell}\``));
      assert.ok(row, `no README row for ${rule} at ${cell}`);
    }
  });

  it('offer fixes that leave each file loading clean', () => {
    const codes = (list: typeof findings) => [...new Set(list.map((f) => f.code))].sort();
    const withEdits = findings.filter((f) => f.fixes?.some((fix) => fix.edits.length));
    assert.deepEqual(codes(withEdits), ['actions/overdue', 'coaching/missing-three-es', 'feedback/not-given', 'feedback/stale', 'professional/no-shared-purpose']);
    for (const f of withEdits) {
      const [person, name] = f.file.split('/') as [string, string];
      for (const fix of f.fixes ?? []) if (fix.edits.length) applyFix({ [name]: readFileSync(join(root, f.file), 'utf8') }, fix, person);
    }
    // The others are steps the editor carries out: a new 1:1, logging positive feedback.
    assert.deepEqual(codes(findings.filter((f) => f.fixes?.some((fix) => fix.command))), ['cadence/overdue', 'recognition/none-recent']);
    assert.ok(findings.every((f) => (f.fixes ?? []).every((fix) => fix.edits.length > 0 || fix.command)), 'every fix does something');
  });
});
