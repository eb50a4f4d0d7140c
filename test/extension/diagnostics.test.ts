import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, coach, diagnosticsWhen, hasCode, lacksCode, notesUri } from './helpers';

describe('Problems', () => {
  before(coach);

  it('shows a coaching finding with its source, rule code, documentation link and exact range', async () => {
    const uri = notesUri('alpha', 'ada/2026-01-05.yaml');
    const diagnostics = await diagnosticsWhen(uri, hasCode('escalation/skipped-stage'), 'the skipped-stage warning');
    const d = diagnostics.find((x) => codeOf(x) === 'escalation/skipped-stage');
    assert.ok(d);
    assert.equal(d.source, '1:1 Coach');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    // `    stance: plan` is line 14 (0-based 13); the finding points at the value `plan`.
    assert.deepEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], [13, 12, 13, 16]);
    assert.ok(typeof d.code === 'object' && d.code.target.path.endsWith('/docs/checks.md'), 'the code links to docs/checks.md');
  });

  it('covers every folder of a multi-root workspace', async () => {
    const uri = notesUri('beta', 'grace/2026-02-02.yaml');
    const diagnostics = await diagnosticsWhen(uri, hasCode('feedback/delay'), 'the feedback delay in the second folder');
    assert.ok(diagnostics.every((d) => d.source === '1:1 Coach'));
  });

  it('follows an unsaved editor, and the file on disk again when the edit is undone', async () => {
    const uri = notesUri('alpha', 'ada/2026-01-05.yaml');
    await diagnosticsWhen(uri, hasCode('escalation/skipped-stage'), 'the skipped-stage warning');
    const editor = await vscode.window.showTextDocument(uri);
    const line = editor.document.lineAt(13);
    assert.equal(line.text.trim(), 'stance: plan');
    const gone = diagnosticsWhen(uri, lacksCode('escalation/skipped-stage'), 'the warning to go once the stance is supportive');
    await editor.edit((b) => b.replace(line.range, '    stance: supportive'));
    await gone;
    assert.equal(editor.document.isDirty, true, 'nothing was saved');
    const back = diagnosticsWhen(uri, hasCode('escalation/skipped-stage'), 'the warning to come back on undo');
    await vscode.commands.executeCommand('undo');
    await back;
    assert.equal(editor.document.lineAt(13).text.trim(), 'stance: plan');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('keeps its YAML syntax mistakes and keys written twice while Red Hat YAML is not there to report them', async () => {
    assert.equal(vscode.extensions.getExtension('redhat.vscode-yaml'), undefined, 'the test host runs without Red Hat YAML');
    const uri = notesUri('alpha', 'ada/2026-01-19.yaml');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('date: 2026-01-19\nnotes: we agreed: ship it\nprivate: a\nprivate: b\n'));
    await diagnosticsWhen(uri, (ds) => hasCode('format/syntax')(ds) && hasCode('format/duplicate-key')(ds), 'the syntax mistake and the key written twice');
    await vscode.workspace.fs.delete(uri);
    await diagnosticsWhen(uri, (ds) => ds.length === 0, 'the diagnostics of the deleted file to go');
  });

  it('reports a format mistake at the key, and forgets a deleted file', async () => {
    const uri = notesUri('alpha', 'ada/2026-01-12.yaml');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('date: 2026-01-12\nagneda: [Roadmap]\n'));
    const diagnostics = await diagnosticsWhen(uri, hasCode('format/unknown-key'), 'the unknown key');
    const d = diagnostics.find((x) => codeOf(x) === 'format/unknown-key');
    assert.ok(d);
    assert.equal(d.range.start.line, 1);
    assert.match(d.message, /agenda/);
    await vscode.workspace.fs.delete(uri);
    await diagnosticsWhen(uri, (ds) => ds.length === 0, 'the diagnostics of the deleted file to go');
  });
});
