// Snippets and conversation templates inside a real editor.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { loadNotesFile } from '../../src/core/reading/loader';
import { coach, EXTENSION_ID, notesUri } from './helpers';

// Each test writes its own 1:1 (a closed document can linger in memory with its old text).
const DATES = ['2026-01-19', '2026-01-26', '2026-02-09', '2026-02-23'];
let file = '';
const TOPIC = (date: string) => `date: ${date}\ntopics:\n  - id: test-coverage\n    stance: socratic   # mine\n    questions: What got in the way?\n`;

/** Opens a new 1:1 of ada's; `content` gets its date. */
async function openNotes(content: (date: string) => string): Promise<vscode.TextEditor> {
  const date = DATES.shift() as string;
  file = `ada/${date}.yaml`;
  const uri = notesUri('alpha', file);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(content(date)));
  return vscode.window.showTextDocument(uri);
}

function findingsOf(editor: vscode.TextEditor): string[] {
  return loadNotesFile(file, editor.document.getText()).findings.map((f) => `${f.code} ${f.message}`);
}

describe('templates in the editor', () => {
  before(coach);
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor').then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (file) await vscode.workspace.fs.delete(notesUri('alpha', file)).then(undefined, () => undefined);
    file = '';
  });

  it('contributes the snippets file, each snippet with a prefix and a body', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const [contributed] = ext.packageJSON.contributes.snippets as { language: string; path: string }[];
    assert.equal(contributed?.language, 'yaml');
    const raw = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, contributed?.path ?? ''));
    const snippets = JSON.parse(new TextDecoder().decode(raw)) as Record<string, { prefix: string; body: string[] }>;
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    for (const p of ['1on1-new', 'fb-positive', 'fb-corrective', 'topic-supportive', 'topic-socratic', 'topic-plan', 'opening-professional']) assert.ok(prefixes.includes(p), p);
    for (const s of Object.values(snippets)) assert.ok(s.body.length > 0, s.prefix);
  });

  it('inserts a contributed snippet by name in a YAML document', async () => {
    const editor = await openNotes((date) => `date: ${date}\nfeedback:\n  `);
    editor.selection = new vscode.Selection(2, 2, 2, 2);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { name: '1:1 positive feedback' });
    assert.match(editor.document.getText(), /\n {2}- kind: positive\n {4}observed: \d{4}-\d{2}-\d{2}\n {4}situation: /);
    assert.deepEqual(findingsOf(editor).filter((f) => !f.includes('observed')), []);
  });

  it('adds the missing keys of a stance to the topic entry at a line, and undoes in one step', async () => {
    const editor = await openNotes(TOPIC);
    const before = editor.document.getText();
    const ok = await vscode.commands.executeCommand('oneOnOneCoach.insertTemplateAt', editor.document.uri, 3, 'socratic');
    assert.equal(ok, true);
    const after = editor.document.getText();
    assert.ok(after.startsWith(before), after);
    assert.equal(after.match(/questions:/g)?.length, 1);
    for (const key of ['barriers', 'rootCause', 'theirView', 'support', 'explanation', 'encouragement', 'empowerment']) assert.match(after, new RegExp(`\\n {4}${key}:`), key);
    assert.deepEqual(findingsOf(editor), []);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });

  it('inserts a stance template into the topic entry under the cursor, and feedback as a new entry', async () => {
    const editor = await openNotes(TOPIC);
    editor.selection = new vscode.Selection(4, 0, 4, 0);
    assert.equal(await vscode.commands.executeCommand('oneOnOneCoach.insertTemplate', 'plan'), true);
    assert.match(editor.document.getText(), /questions: What got in the way\?\n {4}goals:\n {6}- <one specific goal/);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.equal(await vscode.commands.executeCommand('oneOnOneCoach.insertTemplate', 'feedback-corrective'), true);
    const text = editor.document.getText();
    assert.match(text, /\nfeedback:\n {2}- kind: corrective\n/);
    // The dates default to today; only they may disagree with this 1:1's date.
    assert.deepEqual(findingsOf(editor).filter((f) => !/observed|reviewDate/.test(f)), []);
  });

  it('opens the check documentation at a rule', async () => {
    await vscode.commands.executeCommand('oneOnOneCoach.showCheckDocs', 'feedback/stale');
    await vscode.commands.executeCommand('oneOnOneCoach.showCheckDocs');
  });

  it('creating the notes folder does nothing where it exists', async () => {
    assert.equal(await vscode.commands.executeCommand('oneOnOneCoach.createNotesFolder', 'alpha'), undefined);
  });
});
