// The commands that create and append to notes files, driven through their arguments.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { todayIso } from '../../src/core/dates';
import { loadNotesFile } from '../../src/core/reading/loader';
import type { CoachApi } from '../../src/extension';
import { coach, folder, notesUri } from './helpers';

const created: vscode.Uri[] = [];

async function text(uri: vscode.Uri): Promise<string> {
  return (await vscode.workspace.openTextDocument(uri)).getText();
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}

/** Reverts and closes the editors of every file a test created, then deletes the files. */
async function cleanUp(): Promise<void> {
  const ours = new Set(created.map((u) => u.toString()));
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || ![...ours].some((u) => document.uri.toString().startsWith(u))) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
}

describe('commands: new 1:1', () => {
  let api: CoachApi;
  before(async () => { api = await coach(); });
  afterEach(cleanUp);

  it('creates today\'s file for ada with the open topic carried over, opens it again the second time, and writes a b file only when asked', async function () {
    this.timeout(60_000);
    const today = todayIso();
    const first = await vscode.commands.executeCommand<vscode.Uri>('oneOnOneCoach.newOneOnOne', 'ada', { date: today });
    assert.ok(first);
    created.push(first);
    assert.equal(first.toString(), notesUri('alpha', `ada/${today}.yaml`).toString());
    const firstText = await text(first);
    assert.match(firstText, new RegExp(`^date: ${today}$`, 'm'));
    assert.match(firstText, /- id: test-coverage {3}# Tests for the export module\n {4}stance: plan/);
    assert.deepEqual(loadNotesFile(`ada/${today}.yaml`, firstText).findings, []);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), first.toString(), 'the new file is open');
    assert.equal(editor?.document.getText(editor.selection), '<their topics first, then yours>', 'the first thing to write is selected');
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.equal(tab?.isPreview, false, 'a normal tab, not a preview');

    const again = await vscode.commands.executeCommand<vscode.Uri>('oneOnOneCoach.newOneOnOne', 'ada', { date: today });
    assert.equal(again?.toString(), first.toString(), 'the day\'s file is opened, not written again');
    assert.equal(await exists(notesUri('alpha', `ada/${today}b.yaml`)), false);

    created.push(notesUri('alpha', `ada/${today}b.yaml`));
    const second = await vscode.commands.executeCommand<vscode.Uri>('oneOnOneCoach.newOneOnOne', 'ada', { date: today, another: true });
    assert.ok(second);
    assert.equal(second.toString(), notesUri('alpha', `ada/${today}b.yaml`).toString());
    assert.equal(await text(first), firstText, 'the first file is untouched');
  });

  it('a prepared 1:1 changes no topic\'s count and raises no empty-content finding', async function () {
    this.timeout(60_000);
    const root = api.notes.roots().find((r) => r.folder.name === 'alpha');
    assert.ok(root);
    const threadBefore = root.index.topicThreads('ada').map((t) => [t.topicId, t.conversations.length]);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('oneOnOneCoach.newOneOnOne', 'ada', { date: todayIso() });
    assert.ok(uri);
    created.push(uri);
    await api.notes.settled();
    const file = `ada/${todayIso()}.yaml`;
    assert.deepEqual(root.index.notes('ada')?.unwritten.conversations.map((c) => [c.file, c.topicId]), [[file, 'test-coverage']], 'the new file is read, its entry planned');
    assert.deepEqual(root.index.topicThreads('ada').map((t) => [t.topicId, t.conversations.length]), threadBefore);
    assert.deepEqual(root.notes.findingsFor(file).map((f) => f.code).filter((c) => /empty-stage|three-es|skipped|stuck/.test(c)), []);
  });

  it('takes the People view\'s person node ({ personId, root }) and a date', async () => {
    const root = api.notes.roots().find((r) => r.folder.name === 'beta');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('oneOnOneCoach.newOneOnOne', { personId: 'grace', root }, { date: '2026-02-16' });
    assert.ok(uri);
    created.push(uri);
    assert.equal(uri.toString(), notesUri('beta', 'grace/2026-02-16.yaml').toString());
    assert.deepEqual(loadNotesFile('grace/2026-02-16.yaml', await text(uri)).findings, []);
  });
});

describe('commands: add person', () => {
  before(coach);
  afterEach(cleanUp);

  it('refuses an id that exists and leaves its person.yaml alone', async () => {
    const person = notesUri('alpha', 'ada/person.yaml');
    const before = await text(person);
    const result = await vscode.commands.executeCommand('oneOnOneCoach.addPerson', { name: 'Ada Again', id: 'ada', folder: 'alpha' });
    assert.equal(result, undefined);
    assert.equal(await text(person), before);
  });

  it('creates person.yaml in a new folder named from the name', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('oneOnOneCoach.addPerson', { name: 'Zoë Test', role: 'Tech lead', professional: true, cadence: 'biweekly', folder: 'alpha' });
    assert.ok(uri);
    created.push(vscode.Uri.joinPath(uri, '..'));
    assert.equal(uri.toString(), notesUri('alpha', 'zoe-test/person.yaml').toString());
    const loaded = loadNotesFile('zoe-test/person.yaml', await text(uri));
    assert.deepEqual(loaded.findings, []);
    assert.ok(loaded.kind === 'person');
    assert.deepEqual([loaded.data?.name, loaded.data?.professional, loaded.data?.cadence], ['Zoë Test', true, 'biweekly']);
  });
});

describe('commands: log feedback', () => {
  before(coach);
  afterEach(cleanUp);

  it('appends to feedback.yaml keeping a comment, given today, and can be undone', async () => {
    const uri = notesUri('alpha', 'ada/feedback.yaml');
    const original = '# Feedback between 1:1s\nfeedback:\n  - kind: positive   # the demo\n    observed: 2026-01-02\n    given: 2026-01-02\n    behaviour: Ran the demo\n';
    await vscode.workspace.fs.writeFile(uri, Buffer.from(original));
    created.push(uri);
    const result = await vscode.commands.executeCommand<vscode.Uri>('oneOnOneCoach.logFeedback', 'ada', { kind: 'corrective', behaviour: 'Merged: no review', impact: 'A broken build for an hour', observed: '2026-01-03' });
    assert.equal(result?.toString(), uri.toString());
    const after = await text(uri);
    assert.ok(after.startsWith(original), after);
    const loaded = loadNotesFile('ada/feedback.yaml', after);
    assert.deepEqual(loaded.findings, []);
    assert.ok(loaded.kind === 'feedbackLog');
    assert.deepEqual(loaded.data?.feedback[1], { kind: 'corrective', observed: '2026-01-03', given: todayIso(), behaviour: 'Merged: no review', impact: 'A broken build for an hour' });
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.isDirty, false, 'saved, as the file had no unsaved changes');

    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original);
    await document.save();
  });

  it('keeps unsaved changes in an open editor and does not save them', async () => {
    const uri = notesUri('beta', 'grace/feedback.yaml');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('feedback:\n'));
    created.push(uri);
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# unsaved note\n'));
    await vscode.commands.executeCommand('oneOnOneCoach.logFeedback', 'grace', { kind: 'positive', behaviour: 'Helped a colleague' });
    assert.equal(editor.document.isDirty, true);
    assert.match(editor.document.getText(), /^# unsaved note\nfeedback:\n {2}- kind: positive\n/);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), 'feedback:\n');
  });

  it('creates feedback.yaml when the person has none', async () => {
    const uri = notesUri('alpha', 'ada/feedback.yaml');
    assert.equal(await exists(uri), false);
    created.push(uri);
    await vscode.commands.executeCommand('oneOnOneCoach.logFeedback', { personId: 'ada', root: folder('alpha').name }, { kind: 'positive', behaviour: 'Clear design doc' });
    const loaded = loadNotesFile('ada/feedback.yaml', await text(uri));
    assert.deepEqual(loaded.findings, []);
    assert.ok(loaded.kind === 'feedbackLog');
    assert.equal(loaded.data?.feedback.length, 1);
  });

  it('records the situation, and "not given yet" as given: not-yet', async () => {
    const uri = notesUri('alpha', 'ada/feedback.yaml');
    created.push(uri);
    const result = await vscode.commands.executeCommand<vscode.Uri>('oneOnOneCoach.logFeedback', 'ada', {
      kind: 'positive', situation: 'Friday demo', behaviour: 'Showed the rollback', impact: 'Sales trusted the release', observed: '2026-01-02', given: 'not-yet',
    });
    assert.equal(result?.toString(), uri.toString());
    const written = await text(uri);
    assert.match(written, /^ {4}given: not-yet$/m);
    const loaded = loadNotesFile('ada/feedback.yaml', written);
    assert.deepEqual(loaded.findings, []);
    assert.ok(loaded.kind === 'feedbackLog');
    assert.deepEqual(loaded.data?.feedback[0], { kind: 'positive', observed: '2026-01-02', given: 'not-yet', situation: 'Friday demo', behaviour: 'Showed the rollback', impact: 'Sales trusted the release' });
  });

  it('records a given date, and writes nothing when it comes before the day it was observed', async () => {
    const uri = notesUri('alpha', 'ada/feedback.yaml');
    created.push(uri);
    const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>('oneOnOneCoach.logFeedback', 'ada', { kind: 'corrective', behaviour: 'Skipped the review', observed: '2026-01-05', given: '2026-01-04' });
    assert.equal(refused, undefined);
    assert.equal(await exists(uri), false, 'nothing written');
    await vscode.commands.executeCommand('oneOnOneCoach.logFeedback', 'ada', { kind: 'corrective', behaviour: 'Skipped the review', observed: '2026-01-05', given: '2026-01-06' });
    const loaded = loadNotesFile('ada/feedback.yaml', await text(uri));
    assert.ok(loaded.kind === 'feedbackLog');
    assert.deepEqual([loaded.data?.feedback[0]?.observed, loaded.data?.feedback[0]?.given], ['2026-01-05', '2026-01-06']);
  });
});
