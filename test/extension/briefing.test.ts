// Prepare 1:1 with…: the briefing webview, opened by command (with a person id, or from the lens on
// person.yaml), one tab per person, and kept current while the person's notes are edited.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { CoachApi } from '../../src/extension';
import type { BriefingPanel } from '../../src/documents/briefingPanels';
import { closeAll, coach, notesUri, waitFor } from './helpers';

const TITLE = 'Prepare: Ada Lovelace';

/** The open tabs showing a webview titled `label`. */
function webviewTabs(label: string): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.label === label);
}

/** Resolves once `count` webview tabs are titled `label` (the tab list follows the panels a moment later). */
async function webviewTabCount(label: string, count: number): Promise<void> {
  if (webviewTabs(label).length === count) return;
  await waitFor(vscode.window.tabGroups.onDidChangeTabs, () => webviewTabs(label).length === count, `${count} tab(s) titled ${label}`);
}

describe('Prepare 1:1 with…', () => {
  let api: CoachApi;
  before(async () => { api = await coach(); });
  afterEach(closeAll);

  it('opens the briefing in a webview tab titled for the person, from a person id', async () => {
    const view = await vscode.commands.executeCommand<BriefingPanel>('oneOnOneCoach.prepareOneOnOne', 'ada');
    assert.ok(view, 'the command returns the panel');
    assert.equal(view.panel.title, TITLE);
    await webviewTabCount(TITLE, 1);
    assert.match(view.markdown, /^# Prepare: 1:1 with Ada Lovelace$/m);
    assert.match(view.markdown, /## Open topics\n\n### Tests for the export module/);
    assert.match(view.panel.webview.html, /<h1>Prepare: 1:1 with Ada Lovelace<\/h1>/);
    assert.match(view.panel.webview.html, /default-src 'none'/);
    assert.deepEqual(view.panel.webview.options.localResourceRoots, []);
  });

  it('opens it from the lens on person.yaml, and asking again leaves one tab', async () => {
    const person = notesUri('alpha', 'ada/person.yaml');
    await vscode.window.showTextDocument(person);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', person);
    const lens = lenses.find((l) => l.command?.title === 'Prepare next 1:1');
    assert.ok(lens?.command, 'person.yaml has a "Prepare next 1:1" lens');
    assert.equal(lens.range.start.line, 0);
    const first = await vscode.commands.executeCommand<BriefingPanel>(lens.command.command, ...(lens.command.arguments ?? []));
    assert.equal(first?.panel.title, TITLE);
    const again = await vscode.commands.executeCommand<BriefingPanel>('oneOnOneCoach.prepareOneOnOne', { personId: 'ada' });
    assert.equal(again, first, 'the same panel is revealed');
    await webviewTabCount(TITLE, 1);
    await vscode.commands.executeCommand('oneOnOneCoach.prepareOneOnOne', 'ada');
    // A tab opened after asking again: once it is listed, a second briefing tab would be too.
    const later = notesUri('alpha', 'ada/2026-01-05.yaml');
    const listed = () => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === later.toString()));
    const shown = waitFor(vscode.window.tabGroups.onDidChangeTabs, listed, 'the 1:1 file\'s tab');
    await vscode.window.showTextDocument(later, { viewColumn: vscode.ViewColumn.One });
    if (!listed()) await shown; else shown.catch(() => undefined);
    assert.equal(webviewTabs(TITLE).length, 1, 'still one tab');
    const oneOnOne = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', notesUri('alpha', 'ada/2026-01-05.yaml'));
    assert.equal(oneOnOne.filter((l) => l.command?.title === 'Prepare next 1:1').length, 0, 'no such lens on a 1:1 file');
  });

  it('opens a link\'s notes file at its line, and ignores a target outside the notes or not a line', async () => {
    const view = await vscode.commands.executeCommand<BriefingPanel>('oneOnOneCoach.prepareOneOnOne', 'ada');
    assert.ok(view);
    const editor = await view.openLink({ type: 'open', target: 'ada/2026-01-05.yaml#L12' });
    assert.equal(editor?.document.uri.toString(), notesUri('alpha', 'ada/2026-01-05.yaml').toString());
    assert.equal(editor?.selection.active.line, 11);
    for (const bad of [
      { type: 'open', target: '../one-on-ones/ada/person.yaml#L1' }, { type: 'open', target: 'ada/../../../team.code-workspace#L1' },
      { type: 'open', target: 'ada/notes.txt#L1' }, { type: 'open', target: 'ada/2026-01-05.yaml' }, { type: 'open', target: 'https://example.com/#L1' },
      { type: 'run', target: 'ada/2026-01-05.yaml#L1' }, 'ada/2026-01-05.yaml#L1',
    ]) {
      assert.equal(await view.openLink(bad), undefined, JSON.stringify(bad));
    }
  });

  it('follows an unsaved edit of the person\'s notes, and is gone with its tab', async () => {
    const view = await vscode.commands.executeCommand<BriefingPanel>('oneOnOneCoach.prepareOneOnOne', 'ada');
    assert.ok(view);
    assert.doesNotMatch(view.markdown, /Plan the spring release/);
    const editor = await vscode.window.showTextDocument(notesUri('alpha', 'ada/2026-01-05.yaml'));
    const line = editor.document.lineAt(2);
    assert.equal(line.text, '  - Release retro');
    const updated = waitFor(api.notes.onDidChange, () => view.markdown.includes('Plan the spring release'), 'the briefing to show the unsaved agenda item');
    await editor.edit((e) => e.insert(line.range.end, '\n  - Plan the spring release'));
    await updated;
    assert.equal(editor.document.isDirty, true, 'nothing was saved');
    assert.match(view.markdown, /- Plan the spring release · \[2026-01-05, line 4\]\(ada\/2026-01-05\.yaml#L4\)/);
    view.panel.dispose();
    await webviewTabCount(TITLE, 0);
    const fresh = await vscode.commands.executeCommand<BriefingPanel>('oneOnOneCoach.prepareOneOnOne', 'ada');
    assert.notEqual(fresh, view, 'a closed panel is not reused');
  });
});
