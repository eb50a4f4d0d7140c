// The snooze quick fix: offered on coaching findings, it appends a `snooze:` entry to person.yaml
// (valid YAML, comments kept, unsaved changes kept, undoable) and the finding goes.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { addDays, todayIso } from '../../src/core/dates';
import { loadNotesFile } from '../../src/core/reading/loader';
import type { CoachApi } from '../../src/extension';
import { codeOf, coach, diagnosticsWhen, hasCode, lacksCode, notesUri } from './helpers';
import { removeNotes, writeNotes, type NotesFiles } from './writeNotes';

const today = todayIso();
const ago = (n: number) => addDays(today, -n);
const until = addDays(today, 6);

const PERSON = 'name: Sam Reyes   # since the reorg\ncadence: weekly\n# snoozes go below\n';
const STALE = `feedback:\n  - kind: corrective   # billing\n    observed: ${ago(20)}\n    given: ${ago(20)}\n    behaviour: Merged the billing change with one approval.\n`;

/** Each test its own person folder: a document a test left open must not stand in for the next one's file. */
function files(person: string | undefined, id = 'qs-sam'): NotesFiles {
  return { [`${id}/feedback.yaml`]: STALE, ...(person === undefined ? {} : { [`${id}/person.yaml`]: person }) };
}

/** The "Snooze until…" action on the diagnostic of `code` in `uri`. */
async function snoozeAction(uri: vscode.Uri, code: string): Promise<vscode.Command> {
  const diagnostic = (await diagnosticsWhen(uri, hasCode(code), code)).find((d) => codeOf(d) === code) as vscode.Diagnostic;
  await vscode.workspace.openTextDocument(uri); // the provider runs on an open document
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const action = actions.find((a) => a.title === 'Snooze until…');
  assert.ok(action?.command, `"Snooze until…" is offered; got ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(action.kind?.value, vscode.CodeActionKind.QuickFix.value);
  return action.command;
}

/** Runs the action's command with the date and reason given, as the prompts would return them. */
function runSnooze(command: vscode.Command, reason: string): Thenable<vscode.Uri | undefined> {
  return vscode.commands.executeCommand<vscode.Uri | undefined>(command.command, ...(command.arguments ?? []), until, reason);
}

describe('Snooze until… (quick fix)', () => {
  let api: CoachApi;
  const autoSave = vscode.workspace.getConfiguration('files');
  let previousAutoSave: unknown;
  before(async () => {
    api = await coach();
    previousAutoSave = autoSave.inspect('autoSave')?.globalValue;
    await autoSave.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });
  after(async () => { await autoSave.update('autoSave', previousAutoSave, vscode.ConfigurationTarget.Global); });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('writes the snooze into person.yaml: valid YAML, comments kept, saved, the finding gone; undo brings it back', async () => {
    const notes = files(PERSON);
    await writeNotes(api, 'alpha', notes);
    try {
      const feedback = notesUri('alpha', 'qs-sam/feedback.yaml');
      const written = await runSnooze(await snoozeAction(feedback, 'feedback/stale'), 'after the release');
      const personUri = notesUri('alpha', 'qs-sam/person.yaml');
      assert.equal(written?.toString(), personUri.toString());
      const document = await vscode.workspace.openTextDocument(personUri);
      const text = document.getText();
      assert.equal(text, `${PERSON}snooze:\n  - check: feedback/stale\n    until: ${until}\n    about: feedback.yaml ${ago(20)}\n    reason: after the release\n`);
      assert.deepEqual(loadNotesFile('qs-sam/person.yaml', text).findings, []);
      assert.equal(document.isDirty, false, 'saved: it had no unsaved change before');
      await diagnosticsWhen(feedback, lacksCode('feedback/stale'), 'feedback/stale to go once snoozed');

      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), PERSON, 'undo restores person.yaml');
      await diagnosticsWhen(feedback, hasCode('feedback/stale'), 'feedback/stale back after undo');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await removeNotes(api, 'alpha', notes);
    }
  });

  it('keeps an unsaved person.yaml editor unsaved, with its changes', async () => {
    const notes = files(PERSON, 'qs-una');
    await writeNotes(api, 'alpha', notes);
    try {
      const personUri = notesUri('alpha', 'qs-una/person.yaml');
      const editor = await vscode.window.showTextDocument(personUri);
      await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'role: Engineer, Billing\n'));
      assert.equal(editor.document.isDirty, true);
      await api.notes.settled();
      const feedback = notesUri('alpha', 'qs-una/feedback.yaml');
      await runSnooze(await snoozeAction(feedback, 'feedback/stale'), '');
      const text = editor.document.getText();
      assert.equal(editor.document.isDirty, true, 'not saved over the unsaved change');
      assert.ok(text.startsWith('name: Sam Reyes   # since the reorg\nrole: Engineer, Billing\n'), text);
      assert.match(text, /snooze:\n {2}- check: feedback\/stale\n {4}until: \d{4}-\d{2}-\d{2}\n {4}about: feedback\.yaml \d{4}-\d{2}-\d{2}\n$/, `no reason line when none is given:\n${text}`);
      await diagnosticsWhen(feedback, lacksCode('feedback/stale'), 'feedback/stale to go, from the unsaved text');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await removeNotes(api, 'alpha', notes);
    }
  });

  it('a finding about the whole person is snoozed without about', async () => {
    const notes: NotesFiles = { 'qs-lee/person.yaml': 'name: Lee\ncadence: weekly\n', [`qs-lee/${ago(30)}.yaml`]: `date: ${ago(30)}\nnotes: Fine.\n` };
    await writeNotes(api, 'alpha', notes);
    try {
      const personUri = notesUri('alpha', 'qs-lee/person.yaml');
      await runSnooze(await snoozeAction(personUri, 'cadence/overdue'), 'team offsite');
      const text = (await vscode.workspace.openTextDocument(personUri)).getText();
      assert.equal(text, `name: Lee\ncadence: weekly\nsnooze:\n  - check: cadence/overdue\n    until: ${until}\n    reason: team offsite\n`);
      await diagnosticsWhen(personUri, lacksCode('cadence/overdue'), 'cadence/overdue to go');
    } finally {
      await removeNotes(api, 'alpha', notes);
    }
  });

  it('without a person.yaml, writes nothing and creates no file', async () => {
    const notes = files(undefined, 'qs-noa');
    await writeNotes(api, 'alpha', notes);
    try {
      const feedback = notesUri('alpha', 'qs-noa/feedback.yaml');
      assert.equal(await runSnooze(await snoozeAction(feedback, 'feedback/stale'), 'x'), undefined);
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(notesUri('alpha', 'qs-noa/person.yaml'))));
      assert.ok(hasCode('feedback/stale')(vscode.languages.getDiagnostics(feedback)));
    } finally {
      await removeNotes(api, 'alpha', notes);
    }
  });
});

describe('Mark Time Away… (person context menu)', () => {
  let api: CoachApi;
  before(async () => { api = await coach(); });

  it('appends the period to person.yaml, and the checks that count days pause', async () => {
    const notes: NotesFiles = { 'qs-kim/person.yaml': 'name: Kim Park\ncadence: weekly   # Mondays\n', [`qs-kim/${ago(30)}.yaml`]: `date: ${ago(30)}\nnotes: Fine.\n` };
    await writeNotes(api, 'alpha', notes);
    try {
      const personUri = notesUri('alpha', 'qs-kim/person.yaml');
      await diagnosticsWhen(personUri, hasCode('cadence/overdue'), 'cadence/overdue before the time away');
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('oneOnOneCoach.markTimeAway', 'qs-kim', { from: ago(25), until: today, reason: 'parental leave' });
      assert.equal(written?.toString(), personUri.toString());
      const text = (await vscode.workspace.openTextDocument(personUri)).getText();
      assert.equal(text, `name: Kim Park\ncadence: weekly   # Mondays\naway:\n  - from: ${ago(25)}\n    until: ${today}\n    reason: parental leave\n`);
      assert.deepEqual(loadNotesFile('qs-kim/person.yaml', text).findings, []);
      await diagnosticsWhen(personUri, lacksCode('cadence/overdue'), 'cadence/overdue to pause while away');
    } finally {
      await removeNotes(api, 'alpha', notes);
    }
  });
});
