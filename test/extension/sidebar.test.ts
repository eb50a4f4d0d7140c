import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { addDays, daysBetween, todayIso } from '../../src/core/dates';
import type { CoachApi } from '../../src/extension';
import type { AttentionNode } from '../../src/sidebar/attentionView';
import type { PeopleNode } from '../../src/sidebar/peopleItems';
import { coach, notesUri } from './helpers';
import { childLabelled, children, click, item, labelOf, sidebarOf, until } from './treeHelpers';

const today = todayIso();
const day = (n: number) => addDays(today, n);

/** A person written at test time, so that every age is relative to today. */
const LIN_1ON1 = `${day(-16)}.yaml`;
const LIN: Record<string, string> = {
  'person.yaml': 'name: Lin Park\nrole: Engineer, Billing\ncadence: weekly\n',
  [LIN_1ON1]: [
    `date: ${day(-16)}`,
    'feedback:',
    '  - kind: corrective',
    `    observed: ${day(-16)}`,
    '    behaviour: Merged a change without a review',
    'topics:',
    '  - id: reviews',
    '    title: Code reviews',
    '    stance: supportive',
    '    expectation: Every change gets one review before it is merged.',
    '    gap: unclear-expectation',
    '    support: Pairing on reviews for two weeks',
    'actions:',
    '  - text: Share the review checklist',
    '    owner: me',
    `    due: ${day(-2)}`,
    '  - text: Read the checklist',
    '    owner: them',
    `    due: ${day(3)}`,
    '',
  ].join('\n'),
  'feedback.yaml': `feedback:\n  - kind: positive\n    observed: ${day(-1)}\n    given: not-yet\n    behaviour: Helped the new hire set up their laptop\n`,
};

/** The rule id an attention item's tooltip names. */
function codeOf(it: vscode.TreeItem): string | undefined {
  return it.tooltip instanceof vscode.MarkdownString ? /`([a-z-]+\/[a-z-]+)`/.exec(it.tooltip.value)?.[1] : undefined;
}

function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `${needle} is in the text`);
  return i;
}

describe('sidebar: People and Needs Attention', () => {
  let api: CoachApi;
  let people: vscode.TreeDataProvider<PeopleNode>;
  let attention: vscode.TreeDataProvider<AttentionNode>;

  /** The person item under a folder's root node once `accept` holds for it. */
  const personWhen = (folderName: string, name: string, accept: (it: vscode.TreeItem) => boolean = () => true) =>
    until(people.onDidChangeTreeData!, async () => {
      const root = await childLabelled(people, undefined, folderName);
      const person = root && (await childLabelled(people, root.node, name));
      return person && accept(person.item) ? person : undefined;
    }, `${name} in the People view`);

  /** The entries of a person's group, as label and description. */
  const group = async (person: PeopleNode, label: string) => {
    const g = await childLabelled(people, person, label);
    assert.ok(g, `${label} is shown`);
    return Promise.all((await children(people, g.node)).map(async (n) => item(people, n)));
  };

  before(async () => {
    api = await coach();
    ({ people, attention } = sidebarOf(api));
    for (const [name, text] of Object.entries(LIN)) await vscode.workspace.fs.writeFile(notesUri('alpha', `lin/${name}`), Buffer.from(text));
  });

  after(async () => {
    for (const name of Object.keys(LIN)) await vscode.workspace.fs.delete(notesUri('alpha', `lin/${name}`));
    await vscode.workspace.fs.delete(notesUri('alpha', 'lin'), { recursive: true });
    await until(people.onDidChangeTreeData!, async () => {
      const root = await childLabelled(people, undefined, 'alpha');
      return root && !(await childLabelled(people, root.node, 'Lin Park')) ? true : undefined;
    }, 'Lin to leave the People view');
  });

  it("opens a person's person.yaml from the person item's menu command", async () => {
    const ada = await personWhen('alpha', 'Ada Lovelace');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('oneOnOneCoach.openPerson', ada.node);
    assert.ok(uri?.path.endsWith('/alpha/one-on-ones/ada/person.yaml'));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('groups people by folder, each with role, last 1:1, severity icon and the person menu', async () => {
    assert.deepEqual((await Promise.all((await children(people)).map(async (n) => labelOf(await item(people, n))))), ['alpha', 'beta']);
    const ada = await personWhen('alpha', 'Ada Lovelace');
    assert.equal(ada.item.description, `last 1:1 ${daysBetween('2026-01-05', today)} days ago · Senior engineer, Analytics`);
    assert.equal(ada.item.contextValue, 'person');
    assert.ok(ada.item.resourceUri?.path.endsWith('/alpha/one-on-ones/ada'));
    assert.ok(ada.item.iconPath instanceof vscode.ThemeIcon && ada.item.iconPath.id === 'warning', 'worst finding: a warning');
    const grace = await personWhen('beta', 'Grace Hopper');
    assert.match(String(grace.item.description), /^last 1:1 \d+ days ago · Staff engineer$/);
    const resolved = (await people.resolveTreeItem?.(ada.item, ada.node, new vscode.CancellationTokenSource().token)) ?? ada.item;
    assert.ok(resolved.tooltip instanceof vscode.MarkdownString);
    const hover = resolved.tooltip.value.replace(/&nbsp;/g, ' ');
    assert.match(hover, /Ada Lovelace/);
    assert.match(hover, /1 open topic/);
  });

  it('shows open topics with the stage expected next, feedback awaiting follow-up, open actions and recent 1:1s', async () => {
    const lin = await personWhen('alpha', 'Lin Park', (it) => it.description === 'last 1:1 16 days ago · Engineer, Billing');
    const groups = (await Promise.all((await children(people, lin.node)).map(async (n) => item(people, n)))).map((it) => [labelOf(it), it.description]);
    assert.deepEqual(groups, [['Open topics', '1'], ['Feedback awaiting follow-up', '2'], ['Open action items', '2'], ['Recent 1:1s', '1']]);
    const describe = (items: vscode.TreeItem[]) => items.map((it) => [labelOf(it), it.description]);
    assert.deepEqual(describe(await group(lin.node, 'Open topics')), [['Code reviews', '2 of 3 · Socratic']]);
    assert.deepEqual(describe(await group(lin.node, 'Feedback awaiting follow-up')), [
      ['Merged a change without a review', 'corrective · given 16 days ago'],
      ['Helped the new hire set up their laptop', 'positive · observed yesterday, not given yet'],
    ]);
    assert.deepEqual(describe(await group(lin.node, 'Recent 1:1s')), [[day(-16), '16 days ago']]);
    assert.deepEqual(describe(await group(lin.node, 'Open action items')), [
      ['Share the review checklist', `you · due ${day(-2)} (2 days ago)`],
      ['Read the checklist', `Lin · due ${day(3)} (in 3 days)`],
    ]);
    const [stale] = await group(lin.node, 'Feedback awaiting follow-up');
    assert.ok(stale?.iconPath instanceof vscode.ThemeIcon && stale.iconPath.id === 'warning', 'stale feedback shows its warning');
  });

  it('opens the file of each item at its line', async () => {
    const lin = await personWhen('alpha', 'Lin Park');
    const text = LIN[LIN_1ON1] as string;
    const cases: [string, number, string][] = [
      ['Open topics', 0, 'id: reviews'],
      ['Feedback awaiting follow-up', 0, 'kind: corrective'],
      ['Open action items', 0, 'text: Share the review checklist'],
      ['Open action items', 1, 'text: Read the checklist'],
    ];
    for (const [label, index, needle] of cases) {
      const entry = (await group(lin.node, label))[index];
      assert.ok(entry);
      const editor = await click(entry);
      assert.ok(editor.document.uri.path.endsWith(`/alpha/one-on-ones/lin/${LIN_1ON1}`), `${label} opens ${LIN_1ON1}`);
      assert.equal(editor.selection.active.line, lineOf(text, needle), `${label} #${index} opens at ${needle}`);
    }
    const ada = await personWhen('alpha', 'Ada Lovelace');
    const [topic] = await group(ada.node, 'Open topics');
    assert.ok(topic);
    assert.equal(topic.description, 'plan · review overdue', 'the plan is written; its review date has passed');
    const editor = await click(topic);
    assert.ok(editor.document.uri.path.endsWith('/alpha/one-on-ones/ada/2026-01-05.yaml'));
    assert.equal(editor.selection.active.line, 11, 'the topic entry, `- id: test-coverage`');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('groups warnings and errors by person, most urgent first, short rows, with the count as the badge', async () => {
    const { attentionView } = sidebarOf(api);
    const groups = await until(attention.onDidChangeTreeData!, async () => {
      const all = await Promise.all((await children(attention)).map(async (node) => ({ node, item: await item(attention, node) })));
      return all.some((g) => labelOf(g.item) === 'Lin Park') ? all : undefined;
    }, 'Lin in Needs Attention');
    const counts = groups.map((g) => Number(/^(\d+) · (alpha|beta)$/.exec(String(g.item.description))?.[1]));
    assert.ok(counts.every((n) => n > 0), `each group shows its count and folder: ${groups.map((g) => g.item.description).join(' | ')}`);
    assert.equal(attentionView.badge?.value, counts.reduce((a, b) => a + b, 0), 'the badge counts every finding');
    const rowsOf = async (name: string) => {
      const group = groups.find((g) => labelOf(g.item) === name);
      assert.ok(group, `${name} has a group`);
      return Promise.all((await children(attention, group.node)).map(async (n) => item(attention, n)));
    };
    const firstIcons = await Promise.all(groups.map(async (g) => ((await children(attention, g.node)).length ? ((await rowsOf(labelOf(g.item)))[0]?.iconPath as vscode.ThemeIcon).id : '')));
    assert.deepEqual(firstIcons, [...firstIcons].sort(), 'people with errors before people with warnings');

    const lin = await rowsOf('Lin Park');
    const at = (label: string) => {
      const i = lin.findIndex((it) => labelOf(it) === label);
      assert.ok(i >= 0, `Lin has a row "${label}": ${lin.map(labelOf).join(' | ')}`);
      return i;
    };
    const stale = at('Stale feedback · 16 days');
    const mine = at('Your action overdue · 2 days');
    const cadence = at('1:1 overdue by 9 days');
    assert.ok(stale < mine, 'stale feedback before an overdue commitment');
    assert.ok(mine < cadence, 'an overdue commitment before an overdue 1:1');
    assert.equal(lin[stale]?.description, LIN_1ON1);
    assert.match((lin[stale]?.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' '), /Corrective feedback given 16 days ago/, 'the whole message in the tooltip');
    assert.equal(lin[cadence]?.description, '', 'a finding about the person as a whole names no file');
    assert.ok(lin.every((it) => it.iconPath instanceof vscode.ThemeIcon && ['error', 'warning'].includes(it.iconPath.id)));

    const skipped = (await rowsOf('Ada Lovelace')).find((it) => codeOf(it) === 'escalation/skipped-stage');
    assert.ok(skipped, 'Ada\'s skipped stage is listed');
    assert.equal(labelOf(skipped), 'Stage skipped');
    assert.equal(skipped.description, '2026-01-05.yaml');
    const editor = await click(skipped);
    assert.ok(editor.document.uri.path.endsWith('/alpha/one-on-ones/ada/2026-01-05.yaml'));
    const { start, end } = editor.selection;
    assert.deepEqual([start.line, start.character, end.line, end.character], [13, 12, 13, 16], 'the value `plan`, as in Problems');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('refreshes a person when one of their files is written or deleted', async () => {
    const uri = notesUri('alpha', `ada/${today}.yaml`);
    await vscode.workspace.fs.writeFile(uri, Buffer.from(`date: ${today}\nagenda: [Roadmap]\nnotes: Roadmap agreed.\n`));
    await personWhen('alpha', 'Ada Lovelace', (it) => it.description === 'last 1:1 today · Senior engineer, Analytics');
    await vscode.workspace.fs.delete(uri);
    await personWhen('alpha', 'Ada Lovelace', (it) => it.description === `last 1:1 ${daysBetween('2026-01-05', today)} days ago · Senior engineer, Analytics`);
  });

  it('shows nothing when no folder has notes, so that the welcome content shows', async () => {
    const config = vscode.workspace.getConfiguration('oneOnOneCoach');
    await config.update('notesRoot', 'no-notes-here', vscode.ConfigurationTarget.Workspace);
    try {
      await until(people.onDidChangeTreeData!, async () => ((await children(people)).length === 0 ? true : undefined), 'an empty People view');
      await until(attention.onDidChangeTreeData!, async () => ((await children(attention)).length === 0 ? true : undefined), 'an empty Needs Attention view');
      assert.equal(sidebarOf(api).attentionView.badge, undefined);
    } finally {
      await config.update('notesRoot', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until(people.onDidChangeTreeData!, async () => ((await children(people)).length === 2 ? true : undefined), 'both folders back');
    await api.notes.settled();
  });
});
