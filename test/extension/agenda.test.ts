// The shareable agenda in the editor: copied to the clipboard, or opened as an untitled Markdown
// document, with the same text the core writes (and the command line prints).
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { writeShareableAgenda } from '../../src/core/documents/agenda/shareableAgenda';
import type { CoachApi } from '../../src/extension';
import { coach } from './helpers';

/** The agenda the core writes for ada, as of now. */
function coreAgenda(api: CoachApi): string {
  const root = api.notes.roots().find((r) => r.folder.name === 'alpha');
  assert.ok(root, 'the alpha notes root');
  const notes = root.index.notes('ada');
  assert.ok(notes, 'ada\'s notes');
  return writeShareableAgenda({ notes, ctx: api.notes.contextFor(root.folder) });
}

describe('shareable agenda', () => {
  let api: CoachApi;
  before(async () => { api = await coach(); });
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('Open Shareable Agenda opens an untitled Markdown document with the core\'s text, written nowhere', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('oneOnOneCoach.openShareableAgenda', 'ada');
    assert.ok(document, 'a document');
    assert.equal(document.isUntitled, true);
    assert.equal(document.uri.scheme, 'untitled');
    assert.equal(document.languageId, 'markdown');
    assert.equal(document.getText(), coreAgenda(api));
    assert.match(document.getText(), /^# Our next 1:1\n\nHi Ada, /);
    assert.match(document.getText(), /### Tests for the export module/);
    assert.equal(vscode.window.activeTextEditor?.document, document, 'it is shown');
  });

  it('Copy Shareable Agenda puts the core\'s text on the clipboard, from the People view\'s person row too', async () => {
    await vscode.env.clipboard.writeText('');
    const copied = await vscode.commands.executeCommand<string>('oneOnOneCoach.copyShareableAgenda', 'ada');
    assert.equal(copied, coreAgenda(api));
    assert.equal(await vscode.env.clipboard.readText(), coreAgenda(api));

    await vscode.env.clipboard.writeText('');
    const root = api.notes.roots().find((r) => r.folder.name === 'beta');
    const fromRow = await vscode.commands.executeCommand<string>('oneOnOneCoach.copyShareableAgenda', { personId: 'grace', root });
    assert.match(fromRow ?? '', /^# Our next 1:1\n\nHi Grace, /);
    assert.equal(await vscode.env.clipboard.readText(), fromRow);
  });

  it('an unknown person copies nothing', async () => {
    await vscode.env.clipboard.writeText('before');
    assert.equal(await vscode.commands.executeCommand('oneOnOneCoach.copyShareableAgenda', 'nobody'), undefined);
    assert.equal(await vscode.env.clipboard.readText(), 'before');
  });
});
