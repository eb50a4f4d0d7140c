import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { CoachApi } from '../../src/extension';
import { coach, notesUri } from './helpers';
import { children, sidebarOf, until } from './treeHelpers';

describe('status bar', () => {
  let api: CoachApi;
  before(async () => { api = await coach(); });
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('shows the attention count while a notes file is active, and hides otherwise', async () => {
    const { statusBar, attention } = sidebarOf(api);
    await vscode.window.showTextDocument(notesUri('alpha', 'ada/2026-01-05.yaml'));
    const count = (await children(attention)).length;
    assert.ok(count > 0, 'the fixture has findings that need attention');
    await until(statusBar.onDidUpdate, () => (statusBar.shown && statusBar.text === `$(bell) ${count}` ? true : undefined), 'the item on a notes file');
    assert.equal(statusBar.tooltip, `1:1 Coach: ${count} need attention`);

    const other = await vscode.workspace.openTextDocument({ language: 'plaintext' }) // empty: closing it asks nothing;
    await vscode.window.showTextDocument(other);
    await until(statusBar.onDidUpdate, () => (statusBar.shown ? undefined : true), 'the item to hide on another file');
  });

  it('its command focuses the Needs Attention view', async () => {
    const { attentionView } = sidebarOf(api);
    await vscode.commands.executeCommand('oneOnOneCoach.showAttention');
    await until(attentionView.onDidChangeVisibility, () => (attentionView.visible ? true : undefined), 'Needs Attention to show');
  });
});
