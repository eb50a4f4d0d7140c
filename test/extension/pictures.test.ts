// The pictures' panel in a real VS Code: shown by its commands, a strict page, the data it posts (the
// core's, checked by the protocol), what it does with each message from the page (and with a message it
// must refuse), and how it follows the notes: a change posts new data, a hidden panel waits.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { CoachApi } from '../../src/extension';
import { parseExtensionMessage, type ExtensionMessage } from '../../src/core/pictures/protocol';
import type { PicturesPanel } from '../../src/pictures/picturesPanel';
import { closeAll, coach, notesUri, waitFor } from './helpers';

/** The panel's last message, checked by the protocol as the page checks it. */
function lastOf(view: PicturesPanel): ExtensionMessage {
  const parsed = parseExtensionMessage(view.lastMessage);
  assert.ok(parsed.ok, `the panel's last message passes the protocol${parsed.ok ? '' : `: ${parsed.problem}`}`);
  return parsed.message;
}

describe('The pictures\' panel', () => {
  let api: CoachApi;
  before(async () => { api = await coach(); });
  afterEach(closeAll);

  it('shows the team at a glance of the open notes file\'s folder, on a page that loads only from media/', async () => {
    await vscode.window.showTextDocument(notesUri('alpha', 'ada/person.yaml'));
    const view = await vscode.commands.executeCommand<PicturesPanel>('oneOnOneCoach.showTeamOverview');
    assert.ok(view, 'the command returns the panel');
    assert.equal(view.panel.title, 'Team at a Glance');
    assert.equal(view.notesRoot.folder.name, 'alpha');
    const html = view.panel.webview.html;
    assert.match(html, /content="default-src 'none'; img-src [^;]+; style-src [^;]+; font-src [^;]+; script-src 'nonce-[A-Za-z0-9+/=]{24}';"/);
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval/);
    const nonce = /'nonce-([^']+)'/.exec(html)?.[1];
    assert.match(html, new RegExp(`<script nonce="${nonce?.replace(/[+/=]/g, (c) => `\\${c}`)}" src="[^"]+/media/pictures\\.js">`));
    assert.doesNotMatch(html, /<script(?![^>]*nonce)/, 'every script runs by nonce');
    const addresses = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    assert.equal(addresses.length, 2, 'one stylesheet and one script');
    for (const address of addresses) assert.match(address, /^https:\/\/[^/]+\.vscode-resource\.vscode-cdn\.net\/.+\/media\/pictures\.(js|css)$/, 'only the webview\'s own resources');
    const roots = view.panel.webview.options.localResourceRoots?.map((u) => u.path) ?? [];
    assert.equal(roots.length, 1);
    assert.match(roots[0] as string, /\/media$/);
    const message = lastOf(view);
    assert.equal(message.type, 'overview');
    const people = view.notesRoot.index.people().map((p) => p.id).sort();
    assert.deepEqual(message.type === 'overview' && [...message.data.rows, ...message.data.apart].map((r) => r.personId).sort(), people);
    assert.equal(message.type === 'overview' && message.data.rows.find((r) => r.personId === 'ada')?.weeks.length, 26);
  });

  it('opens the line a mark names beside the panel, and refuses a place outside the notes folder', async () => {
    await vscode.window.showTextDocument(notesUri('alpha', 'ada/person.yaml'));
    const view = await vscode.commands.executeCommand<PicturesPanel>('oneOnOneCoach.showTeamOverview');
    assert.ok(view);
    const opened = waitFor(vscode.window.onDidChangeActiveTextEditor, (e) => e?.document.uri.path.endsWith('ada/2026-01-05.yaml') === true, 'the 1:1 opened');
    const received = await view.receive({ type: 'open-location', at: { file: 'ada/2026-01-05.yaml', line: 7 } });
    assert.equal(received.ok, true);
    const editor = await opened;
    assert.equal(editor?.selection.active.line, 6);
    assert.notEqual(editor?.viewColumn, view.panel.viewColumn, `the notes open beside the panel (editor ${editor?.viewColumn}, panel ${view.panel.viewColumn})`);
    assert.equal(view.panel.visible, true, 'the panel stays in view');
    for (const bad of [
      { type: 'open-location', at: { file: '../../beta/one-on-ones/grace/person.yaml', line: 1 } },
      { type: 'open-location', at: { file: '/etc/hostname', line: 1 } },
      { type: 'run', command: 'workbench.action.closeAllEditors' },
      'sort',
    ]) {
      const before = vscode.window.activeTextEditor?.document.uri.toString();
      const r = await view.receive(bad);
      assert.equal(r.ok, false, JSON.stringify(bad));
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), before);
    }
    // A file the notes do not hold is not opened either, even when its path is well formed.
    const known = await view.receive({ type: 'open-location', at: { file: 'ada/nothing-here.yaml', line: 1 } });
    assert.equal(known.ok, true);
    assert.ok(!vscode.window.activeTextEditor?.document.uri.path.endsWith('nothing-here.yaml'));
  });

  it('goes from the team to a person\'s history, its ranges, the order by name, and the coaching habits', async () => {
    await vscode.window.showTextDocument(notesUri('alpha', 'ada/person.yaml'));
    const view = await vscode.commands.executeCommand<PicturesPanel>('oneOnOneCoach.showTeamOverview');
    assert.ok(view);
    await view.receive({ type: 'open-person', personId: 'ada' });
    assert.equal(view.panel.title, 'History: Ada Lovelace');
    let m = lastOf(view);
    assert.ok(m.type === 'timeline' && m.data.personId === 'ada' && m.data.range === '6m', 'a history opens on six months');
    await view.receive({ type: 'pick-range', personId: 'ada', range: 'all' });
    m = lastOf(view);
    assert.ok(m.type === 'timeline' && m.data.range === 'all');
    assert.deepEqual(m.type === 'timeline' && m.data.oneOnOnes.map((o) => o.date).includes('2026-01-05'), true);
    await view.receive({ type: 'open-person', personId: 'nobody-here' });
    assert.equal(lastOf(view).type, 'timeline', 'someone not in the notes changes nothing');
    await view.receive({ type: 'sort', by: 'name' });
    m = lastOf(view);
    assert.equal(m.type, 'overview');
    assert.equal(view.showing.sort, 'name');
    assert.equal(view.panel.title, 'Team at a Glance');
    await view.receive({ type: 'show-habits' });
    m = lastOf(view);
    assert.ok(m.type === 'habits' && m.data.signals.length === 7);
    assert.equal(view.panel.title, 'Your Coaching Habits');
    const again = await vscode.commands.executeCommand<PicturesPanel>('oneOnOneCoach.showHistory', 'ada');
    assert.equal(again, view, 'one panel: the history shows in it');
    assert.equal(again?.showing.range, 'all', 'the range picked last is kept');
  });

  it('posts new data when the notes change, unsaved edits too, and waits while the panel is hidden', async () => {
    await vscode.window.showTextDocument(notesUri('alpha', 'ada/person.yaml'));
    const view = await vscode.commands.executeCommand<PicturesPanel>('oneOnOneCoach.showHistory', 'ada');
    assert.ok(view);
    await view.receive({ type: 'pick-range', personId: 'ada', range: 'all' });
    const doc = await vscode.workspace.openTextDocument(notesUri('alpha', 'ada/2026-01-05.yaml'));
    const posted = waitFor(view.onDidPost, (m) => m.type === 'timeline' && m.data.actions.some((a) => a.text === 'Book the pairing sessions today'), 'the edited action posted');
    const edit = new vscode.WorkspaceEdit();
    const line = doc.lineAt(21);
    edit.replace(doc.uri, line.range, line.text.replace('Book the pairing sessions', 'Book the pairing sessions today'));
    assert.ok(await vscode.workspace.applyEdit(edit));
    await posted;
    assert.equal(doc.isDirty, true, 'the edit is not saved: the panel follows the editor');

    // Hidden behind a text editor in the same group, it computes nothing; shown again, it catches up.
    await vscode.window.showTextDocument(doc, { viewColumn: view.panel.viewColumn, preview: false });
    assert.equal(view.panel.visible, false);
    let postedWhileHidden = 0;
    const count = view.onDidPost(() => { postedWhileHidden++; });
    const undo = new vscode.WorkspaceEdit();
    undo.replace(doc.uri, doc.lineAt(21).range, line.text);
    assert.ok(await vscode.workspace.applyEdit(undo));
    await api.notes.settled();
    assert.equal(postedWhileHidden, 0, 'nothing is computed for a hidden panel');
    count.dispose();
    const caughtUp = waitFor(view.onDidPost, (m) => m.type === 'timeline' && m.data.actions.some((a) => a.text === 'Book the pairing sessions'), 'the panel caught up');
    view.panel.reveal();
    await caughtUp;
  });
});
