// The escalation and Socratic-language rules on the sample team (examples/notes) on its day, 27 November
// 2026: they fire exactly at the rows the README plants for them, and nowhere else.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'mocha';
import { checkPerson } from '../../../src/core/checks/engine';
import { escalationRules } from '../../../src/core/checks/escalation';
import { leadingLanguageRule } from '../../../src/core/checks/socraticLanguage';
import { NotesIndex } from '../../../src/core/people/notesIndex';
import { SAMPLE_DAY } from '../../../src/core/sample/sampleCopy';
import { walkNotesRoot } from '../../../src/core/reading/walk';
import { ctxOn } from './builders';

// out-dir/test/unit/checks/ → project root
const examples = join(__dirname, '..', '..', '..', '..', 'examples', 'notes');
const rules = [...escalationRules, leadingLanguageRule];
const ids = new Set(rules.map((r) => r.id));

/** `rule file:line` for each README row of one of these rules. */
function plantedRows(): string[] {
  const readme = readFileSync(join(examples, 'README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| `([^`]+)`[^|]*\| `([^`]+)` \|/gm)];
  return rows.filter(([, rule]) => ids.has(rule!)).map(([, rule, where]) => `${rule} ${where}`);
}

describe('escalation and Socratic language on the sample team', () => {
  it('fire exactly where the README plants them', () => {
    const root = join(examples, 'one-on-ones');
    const index = new NotesIndex();
    for (const file of walkNotesRoot(root).files) index.update(file, readFileSync(join(root, file)));
    const ctx = ctxOn(SAMPLE_DAY);
    const found = index.people().flatMap((p) => checkPerson(index.notes(p.id)!, ctx, rules));
    assert.deepEqual(found.map((f) => `${f.code} ${f.file}:${f.range.start.line + 1}`).sort(), plantedRows().sort());
    assert.ok(found.every((f) => f.code !== leadingLanguageRule.id || f.severity === 'hint'));
  });
});
