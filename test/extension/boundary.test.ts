// The notes folder is a boundary in the editor too: a link to a file outside is not read (not from
// disk, not from its open editor), a Notes Root setting that leads outside is refused, and nothing is
// written outside the workspace folder.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { CoachApi } from '../../src/extension';
import { createWithText } from '../../src/templates/safeFiles';
import { coach, diagnosticsWhen, folder, hasCode, notesUri } from './helpers';

const SECRET = 'SECRET-1b9e-token';

describe('The notes folder as a boundary', () => {
  let api: CoachApi;
  let outside: string;

  before(async () => {
    api = await coach();
    outside = mkdtempSync(join(tmpdir(), 'coach-outside-'));
    // Would be quoted back in an unknown-key finding if it were ever read.
    writeFileSync(join(outside, 'token.yaml'), `date: 2019-07-07\n${SECRET}: 1\n`);
  });
  after(() => rmSync(outside, { recursive: true, force: true }));

  it('a link to a file outside the notes folder is not read: one warning on the link, nothing of the file', async () => {
    const link = notesUri('alpha', 'ada/2019-07-07.yaml');
    symlinkSync(join(outside, 'token.yaml'), link.fsPath, 'file');
    try {
      await api.notes.reload();
      await api.notes.settled();
      const diagnostics = await diagnosticsWhen(link, hasCode('layout/link-outside'), 'the warning on the link');
      assert.equal(diagnostics.length, 1, diagnostics.map((d) => d.message).join('\n'));
      assert.match(diagnostics[0]?.message ?? '', /^ada\/2019-07-07\.yaml is a link to something outside the notes folder/);
      const where = api.notes.locate(link);
      assert.equal(where?.root.index.loaded(where.file), undefined, 'the index holds nothing of it');

      // Opened and edited in an editor, its text is still not read.
      const editor = await vscode.window.showTextDocument(link);
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# edited\n'));
      await api.notes.settled();
      assert.equal(where?.root.index.loaded(where.file), undefined, 'the editor\'s text is not read either');
      const all = [...api.notes.allFindings()].map(({ finding }) => `${finding.message} ${(finding.related ?? []).map((r) => r.message).join(' ')}`).join('\n');
      assert.ok(!all.includes(SECRET), all);
      assert.ok(!vscode.languages.getDiagnostics().some(([, ds]) => ds.some((d) => d.message.includes(SECRET))), 'no diagnostic quotes the file');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      rmSync(link.fsPath, { force: true });
      await api.notes.reload();
      await api.notes.settled();
    }
  });

  it('a Notes Root setting that leads outside its folder is refused with a warning, and no notes are loaded from there', async () => {
    const alpha = folder('alpha');
    const config = vscode.workspace.getConfiguration('oneOnOneCoach', alpha.uri);
    await config.update('notesRoot', '../beta/one-on-ones', vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      await api.notes.reload();
      await api.notes.settled();
      assert.deepEqual(api.notes.roots().map((r) => r.folder.name), ['beta'], 'alpha loads nothing from beta');
      const [warning] = api.notes.refusedNotesRoots();
      assert.match(warning ?? '', /Notes Root "\.\.\/beta\/one-on-ones" is outside alpha, so no notes are read from there\. Set it to a folder inside alpha/);
    } finally {
      await config.update('notesRoot', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      await api.notes.reload();
      await api.notes.settled();
    }
    assert.deepEqual(api.notes.roots().map((r) => r.folder.name), ['alpha', 'beta']);
    assert.deepEqual(api.notes.refusedNotesRoots(), []);
  });

  it('nothing is written through a link that leads outside the workspace folder', async () => {
    const link = notesUri('alpha', 'away');
    symlinkSync(outside, link.fsPath, 'dir');
    try {
      const created = await createWithText(vscode.Uri.joinPath(link, 'person.yaml'), 'name: Nobody\n');
      assert.equal(created, false);
      assert.equal(existsSync(join(outside, 'person.yaml')), false, 'nothing landed outside');
    } finally {
      rmSync(link.fsPath, { force: true });
    }
  });
});
