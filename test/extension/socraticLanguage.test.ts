// The Socratic grammar in a real editor: a yes/no question in a Socratic conversation gets a hint that
// gives the open question to ask instead, and, with no open question beside it, the stage is empty;
// typing the open question into the unsaved editor clears both.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { addDays, todayIso } from '../../src/core/dates';
import { codeOf, diagnosticsWhen, hasCode, lacksCode, notesUri } from './helpers';
import { notesForSuite } from './writeNotes';

const today = todayIso();
const ago = (n: number) => addDays(today, -n);
const QUESTION = 'Did you ask for help when the queue grew?';

const files = {
  'sg-lee/person.yaml': 'name: Lee Park\ncadence: weekly\n',
  [`sg-lee/${ago(13)}.yaml`]: `date: ${ago(13)}\ntopics:\n  - id: reviews\n    stance: supportive\n    expectation: A first review within a day.\n    support: [Pairing with Kim]\n`,
  [`sg-lee/${ago(6)}.yaml`]: `date: ${ago(6)}\ntopics:\n  - id: reviews\n    stance: socratic\n    questions:\n      - ${QUESTION}\n    theirView: I thought I could catch up.\n`,
};
const uri = notesUri('alpha', `sg-lee/${ago(6)}.yaml`);

describe('Socratic language in the editor', () => {
  notesForSuite('alpha', files);

  it('a yes/no question gets a hint with its open rephrasing; with no open question the stage is empty', async () => {
    const diagnostics = await diagnosticsWhen(uri, (ds) => hasCode('socratic/leading-language')(ds) && hasCode('escalation/empty-stage')(ds), 'the hint and the empty stage');
    const hint = diagnostics.find((d) => codeOf(d) === 'socratic/leading-language')!;
    assert.equal(hint.severity, vscode.DiagnosticSeverity.Hint);
    assert.equal(hint.message, `"Did you ask for help…?" is a yes/no question, which probes little; ask it open: "What made it easy or hard to ask for help when the queue grew?"`);
    // `      - Did you…` is line 6 (0-based 5); the hint covers the question's words.
    assert.deepEqual([hint.range.start.line, hint.range.start.character, hint.range.end.character], [5, 8, 8 + QUESTION.length]);
    const empty = diagnostics.find((d) => codeOf(d) === 'escalation/empty-stage')!;
    assert.match(empty.message, /without an open question \(each one written is yes\/no or leading\)$/);
  });

  it('typing the open question into the unsaved editor clears both, and nothing is saved', async () => {
    const editor = await vscode.window.showTextDocument(uri);
    const line = editor.document.lineAt(5);
    assert.equal(line.text.trim(), `- ${QUESTION}`);
    const gone = diagnosticsWhen(uri, (ds) => lacksCode('socratic/leading-language')(ds) && lacksCode('escalation/empty-stage')(ds), 'the hint and the empty stage to go');
    await editor.edit((b) => b.replace(line.range, '      - What made it easy or hard to ask for help when the queue grew?'));
    await gone;
    assert.equal(editor.document.isDirty, true);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
