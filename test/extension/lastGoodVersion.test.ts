import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { CoachApi } from '../../src/extension';
import { codeOf, coach, diagnosticsWhen, hasCode, lacksCode, notesUri } from './helpers';

describe('A notes file broken in an unsaved editor', () => {
  let api: CoachApi;
  before(async () => { api = await coach(); });

  it('keeps the coaching findings of its last good version, says so once, and drops the note once fixed', async () => {
    const uri = notesUri('alpha', 'ada/2026-01-05.yaml');
    await diagnosticsWhen(uri, hasCode('escalation/skipped-stage'), 'the skipped-stage warning');
    const editor = await vscode.window.showTextDocument(uri);
    const line = editor.document.lineAt(12);
    assert.equal(line.text, '    title: Tests for the export module');

    // A colon deleted while typing: the file no longer reads.
    const colon = new vscode.Range(12, 9, 12, 10);
    const broken = diagnosticsWhen(uri, hasCode('format/syntax'), 'the syntax error');
    await editor.edit((b) => b.delete(colon));
    await broken;
    await api.notes.settled();
    const whileBroken = vscode.languages.getDiagnostics(uri);
    const codes = whileBroken.map(codeOf);
    assert.ok(codes.includes('escalation/skipped-stage'), `the coaching finding stays: ${codes.join(', ')}`);
    assert.equal(codes.filter((c) => c === 'format/last-good').length, 1, 'one note');
    const note = whileBroken.find((d) => codeOf(d) === 'format/last-good');
    assert.equal(note?.severity, vscode.DiagnosticSeverity.Information);
    assert.match(note?.message ?? '', /last version that read cleanly/);
    const syntax = whileBroken.find((d) => codeOf(d) === 'format/syntax');
    assert.equal(syntax?.message, 'A colon is missing after "title": write "title: Tests for the export module"');
    assert.equal(syntax?.range.start.line, 12);
    assert.equal(editor.document.isDirty, true, 'nothing was saved');

    // The typo fixed: the note goes, the coaching stays.
    const fixed = diagnosticsWhen(uri, lacksCode('format/last-good'), 'the note to go');
    await editor.edit((b) => b.insert(colon.start, ':'));
    await fixed;
    await api.notes.settled();
    const after = vscode.languages.getDiagnostics(uri).map(codeOf);
    assert.ok(after.includes('escalation/skipped-stage'));
    assert.ok(!after.includes('format/syntax') && !after.includes('format/last-good'), after.join(', '));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
