import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { attentionCount } from '../../src/core/workspace/attention';
import type { CoachApi } from '../../src/extension';
import { coach, notesUri } from './helpers';
import { children, item, sidebarOf, until } from './treeHelpers';

describe('status bar', () => {
  let api: CoachApi;
  before(async () => { api = await coach(); });
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('shows the attention count while a notes file is active, and hides otherwise', async () => {
    const { statusBar, attention } = sidebarOf(api);
    await vscode.window.showTextDocument(notesUri('alpha', 'ada/2026-01-05.yaml'));
    const count = attentionCount([...api.notes.allFindings()].map((f) => f.finding));
    assert.ok(count > 0, 'the fixture has findings that need attention');
    const groups = await Promise.all((await children(attention)).map(async (n) => (await item(attention, n)).description));
    assert.equal(groups.reduce((n, d) => n + Number(/^\d+/.exec(String(d))?.[0]), 0), count, 'the groups of Needs Attention hold every one');
    await until(statusBar.onDidUpdate, () => (statusBar.shown && statusBar.text === `$(bell) ${count}` ? true : undefined), 'the item on a notes file');
    assert.equal(statusBar.tooltip, `1:1 Coach: ${count} need attention`);
    assert.deepEqual(statusBar.tooltipCommands, ['oneOnOneCoach.showAttention', 'oneOnOneCoach.showTeamOverview'], 'its tooltip links to Needs Attention and to the team at a glance');

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
