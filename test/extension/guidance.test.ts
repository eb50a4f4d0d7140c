import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { addDays, todayIso } from '../../src/core/dates';
import type { CoachApi } from '../../src/extension';
import { coach, notesUri } from './helpers';
import { removeNotes, writeNotes } from './writeNotes';

const today = todayIso();
const ago = (n: number) => addDays(today, -n);
const INSERT_TEMPLATE_AT = 'oneOnOneCoach.insertTemplateAt';

/** A weekly person with two conversations on one topic, feedback in a 1:1 and in feedback.yaml. */
const files = {
  'gd-lin/person.yaml': 'name: Lin Park\ncadence: weekly\n',
  [`gd-lin/${ago(8)}.yaml`]: [
    `date: ${ago(8)}`,
    'topics:',
    '  - id: review-depth',
    '    stance: supportive',
    '    expectation: Every migration gets a second reader before merge.',
    '    support: [Pairing with Sam on the next two]',
  ].join('\n'),
  [`gd-lin/${ago(1)}.yaml`]: [
    `date: ${ago(1)}`,
    'feedback:',
    '  - kind: positive',
    `    observed: ${ago(10)}`,
    '    behaviour: Wrote the rollback notes before anyone asked.',
    'topics:',
    '  - id: review-depth',
    '    stance: socratic   # second time',
    '    questions: [What gets in the way of a second reader?]',
  ].join('\n'),
  'gd-lin/feedback.yaml': [
    'feedback:',
    '  - kind: corrective',
    `    observed: ${ago(16)}`,
    `    given: ${ago(16)}`,
    '    behaviour: Merged the billing change with one approval.',
  ].join('\n'),
};

const uri = (file: string) => notesUri('alpha', `gd-lin/${file}`);

async function hoverAt(target: vscode.Uri, line: number, character: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', target, new vscode.Position(line, character));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n---\n');
}

/** The lenses of a document (the command needs it open). */
async function lensesOf(target: vscode.Uri): Promise<vscode.CodeLens[]> {
  await vscode.workspace.openTextDocument(target);
  return vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', target);
}

describe('Guidance: hovers and lenses', () => {
  let api: CoachApi;
  before(async () => {
    api = await coach();
    await writeNotes(api, 'alpha', files);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeNotes(api, 'alpha', files);
  });

  it('explains a stance: where the conversation stands, what the stage is for, what comes next', async () => {
    const text = await hoverAt(uri(`${ago(1)}.yaml`), 7, 14);
    assert.match(text, /\*\*2nd conversation on review-depth\*\*: the model expects a \*\*Socratic\*\* conversation now\./);
    assert.match(text, /open questions/);
    assert.match(text, /If it is still open next time, the 3rd conversation brings a written plan/);
    assert.match(text, /\[escalation\/empty-stage\]\(file:.*checks\.md/, 'theirView is missing: the rule is linked');
  });

  it('shows on a topic id what was agreed last time: the expectation and the support', async () => {
    const text = await hoverAt(uri(`${ago(1)}.yaml`), 6, 10);
    assert.ok(text.startsWith(`**Agreed last time on review-depth**: the 1st conversation, ${ago(8)}, supportive.`), text);
    assert.match(text, /Expectation: Every migration gets a second reader before merge\./);
    assert.match(text, /Support: Pairing with Sam on the next two/);
    assert.match(text, /Commitments: no action items in that 1:1\./);
  });

  it('explains feedback dates: the delay, and the age without follow-up', async () => {
    const inOneOnOne = await hoverAt(uri(`${ago(1)}.yaml`), 3, 15);
    assert.match(inOneOnOne, /\*\*Positive feedback\*\* · observed .* · given/);
    assert.match(inOneOnOne, /Given 9 days after observed: late\./);
    const logged = await hoverAt(uri('feedback.yaml'), 3, 6);
    assert.match(logged, /Not followed up since it was given, 16 days ago: stale\./);
    assert.match(logged, /\[feedback\/stale\]/);
  });

  it('explains a cadence: its meaning, the days since the last 1:1, the next one due', async () => {
    const text = await hoverAt(uri('person.yaml'), 1, 11);
    assert.match(text, /\*\*Weekly 1:1s\*\* with Lin Park: one every 7 days, overdue after 10 days\./);
    assert.ok(text.includes(`Last 1:1: ${ago(1)}, 1 day ago. Next due ${addDays(today, 6)} (in 6 days)`), text);
  });

  it('puts the place in the model above each conversation, with a lens that inserts the expected template', async () => {
    const target = uri(`${ago(1)}.yaml`);
    const onTopic = (await lensesOf(target)).filter((l) => l.range.start.line === 6);
    assert.deepEqual(onTopic.map((l) => l.command?.title), ['Conversation 2 of 3 · expected: Socratic', 'Insert Socratic template']);
    const insert = onTopic[1]?.command;
    assert.equal(insert?.command, INSERT_TEMPLATE_AT);
    const [argUri, line, stance] = insert?.arguments ?? [];
    assert.equal(String(argUri), target.toString());
    assert.deepEqual([line, stance], [6, 'socratic']);

    // The contract with the templates feature: the lens's arguments add the stage's missing keys.
    const editor = await vscode.window.showTextDocument(target);
    assert.equal(await vscode.commands.executeCommand(insert?.command ?? '', ...(insert?.arguments ?? [])), true);
    assert.match(editor.document.getText(), /^ {4}theirView:/m);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    const first = await lensesOf(uri(`${ago(8)}.yaml`));
    assert.deepEqual(first.map((l) => l.command?.title), ['Conversation 1 of 3 · expected: Supportive'], 'a complete stage offers no template');
  });

  it('puts the timing above each feedback item and follows an unsaved edit', async () => {
    const inOneOnOne = await lensesOf(uri(`${ago(1)}.yaml`));
    assert.equal(inOneOnOne.find((l) => l.range.start.line === 2)?.command?.title, 'positive · given 9 days after observed');
    const target = uri('feedback.yaml');
    assert.deepEqual((await lensesOf(target)).map((l) => [l.range.start.line, l.command?.title]), [[1, 'corrective · 16 days without follow-up']]);

    // Asked right after an unsaved edit, the lenses wait for the notes to catch up with the editor.
    const editor = await vscode.window.showTextDocument(target);
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), `\n    followUp: { state: improving, date: ${ago(2)} }\n`));
    assert.deepEqual((await lensesOf(target)).map((l) => l.command?.title), ['corrective · improving, last followed up 2 days ago']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
