// Plain words where the manager reads: a lens that has nothing to add says so and goes to the entry,
// a written plan reads where it stands, tooltips show code as code, and Add Person takes any name,
// any number of days and the day you started.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { addDays, todayIso } from '../../src/core/dates';
import { loadNotesFile } from '../../src/core/reading/loader';
import type { CoachApi } from '../../src/extension';
import type { AttentionNode } from '../../src/sidebar/attentionView';
import type { PeopleNode } from '../../src/sidebar/peopleItems';
import { coach, notesUri } from './helpers';
import { childLabelled, children, item, labelOf, sidebarOf, until } from './treeHelpers';
import { removeNotes, writeNotes } from './writeNotes';

type FindingNode = Extract<AttentionNode, { kind: 'finding' }>;

const today = todayIso();
const ago = (n: number) => addDays(today, -n);

/** Sam: a topic under a plan whose review date passed; a first conversation with every supportive key written, most still empty. */
const files = {
  'pw-sam/person.yaml': 'name: Sam Ortiz\ncadence: weekly\n',
  [`pw-sam/${ago(20)}.yaml`]: `date: ${ago(20)}\ntopics:\n  - id: deploys\n    stance: supportive\n    expectation: Deploys go out with a rollback note.\n    support: [Pairing with Kim]\n`,
  [`pw-sam/${ago(13)}.yaml`]: `date: ${ago(13)}\ntopics:\n  - id: deploys\n    stance: socratic\n    questions: [What makes the note hard to write?]\n    theirView: It is written after the fact.\n`,
  [`pw-sam/${ago(6)}.yaml`]: [
    `date: ${ago(6)}`,
    'topics:',
    '  - id: deploys',
    '    stance: plan',
    '    goals: [A rollback note on every deploy for a month]',
    '    measures: [The deploy log]',
    '    support: [A note template in the deploy tool]',
    '    timeline: one month',
    `    reviewDate: ${ago(1)}`,
    '  - id: estimates   # the template, inserted and filled in only in part',
    '    stance: supportive',
    '    expectation: An estimate within a day of the ask.',
    '    gap:',
    '    support:',
    '    explanation:',
    '    encouragement:',
    '    empowerment:',
    '    status: open',
    '',
  ].join('\n'),
};
const planFile = notesUri('alpha', `pw-sam/${ago(6)}.yaml`);

describe('plain words', () => {
  let api: CoachApi;
  const created: vscode.Uri[] = [];

  before(async () => {
    api = await coach();
    await writeNotes(api, 'alpha', files);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await removeNotes(api, 'alpha', files);
  });

  it('a template lens with nothing to add changes nothing and puts the cursor on the entry', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const document = await vscode.workspace.openTextDocument(planFile);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', planFile);
    const insert = lenses.find((l) => l.range.start.line === 9 && l.command?.command === 'oneOnOneCoach.insertTemplateAt');
    assert.equal(insert?.command?.title, 'Insert Supportive template', 'offered: the stage is not written yet');
    const before = document.getText();
    assert.equal(await vscode.commands.executeCommand(insert.command.command, ...(insert.command.arguments ?? [])), false);
    assert.equal(document.getText(), before, 'nothing was inserted');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), planFile.toString(), 'the file is shown');
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [9, 2], 'the cursor is on the entry');
  });

  it('a topic under a written plan reads where the plan stands in the People view', async () => {
    const { people } = sidebarOf(api);
    const description = await until(people.onDidChangeTreeData!, async () => {
      const root = await childLabelled(people, undefined, 'alpha');
      const sam = root && (await childLabelled(people, root.node, 'Sam Ortiz'));
      const topics = sam && (await childLabelled(people, sam.node as PeopleNode, 'Open topics'));
      if (!topics) return undefined;
      const rows = await Promise.all((await children(people, topics.node)).map((n) => item(people, n)));
      return rows.find((r) => labelOf(r) === 'deploys')?.description;
    }, 'the deploys topic of Sam');
    assert.equal(description, 'plan · review overdue');
  });

  it('Needs Attention tooltips show code as code, never a backtick', async () => {
    const { attention } = sidebarOf(api);
    /** Every finding row, under its person's group (and a file's row, for format findings). */
    const findingRows = async (): Promise<FindingNode[]> => {
      const rows: FindingNode[] = [];
      const walk = async (nodes: readonly AttentionNode[]): Promise<void> => {
        for (const n of nodes) {
          if (n.kind === 'finding') rows.push(n);
          else await walk(await children(attention, n));
        }
      };
      await walk(await children(attention));
      return rows;
    };
    const rows = await until(attention.onDidChangeTreeData!, async () => {
      const all = await findingRows();
      return all.some((n) => n.finding.code === 'escalation/missed-review') ? all : undefined;
    }, 'the missed review in Needs Attention');
    for (const row of rows) {
      const tooltip = (await item(attention, row)).tooltip;
      assert.ok(tooltip instanceof vscode.MarkdownString);
      assert.ok(!tooltip.value.includes('\\`'), `no escaped backtick: ${tooltip.value}`);
    }
    const missed = rows.find((n) => n.finding.code === 'escalation/missed-review') as FindingNode;
    const value = ((await item(attention, missed)).tooltip as vscode.MarkdownString).value;
    assert.match(value, /`review: \{ outcome: \.\.\. \}`/, 'the guidance keeps its code span');
  });

  it('Add Person makes an id from a name in any script and writes the cadence in days and the start day', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('oneOnOneCoach.addPerson', { name: '陈伟', cadence: 400, since: ago(30), folder: 'alpha' });
    assert.ok(uri);
    created.push(vscode.Uri.joinPath(uri, '..'));
    assert.equal(uri.toString(), notesUri('alpha', '陈伟/person.yaml').toString());
    const loaded = loadNotesFile('陈伟/person.yaml', (await vscode.workspace.openTextDocument(uri)).getText());
    assert.deepEqual(loaded.findings, []);
    assert.ok(loaded.kind === 'person');
    assert.deepEqual([loaded.data?.name, loaded.data?.cadence, loaded.data?.since], ['陈伟', 400, ago(30)]);
  });
});
