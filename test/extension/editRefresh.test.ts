// An edit waits only on what it changed: Problems gets only the files whose findings differ, Needs
// Attention refreshes only the groups that changed (by their node, never the whole tree), or only the
// rows that changed when the group's rows stay in place, and the People view only what changed under
// the person whose notes changed. Counted through the diagnostics events and the trees' own change
// events (the sidebar API); and a copy of each tree kept as the workbench keeps it, reading again only
// what the events name, always shows what a fresh read of the tree shows.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { attentionCount } from '../../src/core/workspace/attention';
import type { CoachApi } from '../../src/extension';
import type { AttentionNode } from '../../src/sidebar/attentionView';
import type { PeopleNode } from '../../src/sidebar/peopleItems';
import { coach, hasCode, lacksCode, diagnosticsWhen, notesUri, waitFor } from './helpers';
import { children, item, labelOf, sidebarOf } from './treeHelpers';
import { notesForSuite } from './writeNotes';

/** A 1:1 whose positive feedback was given weeks after it was observed: a feedback/delay warning on each. */
const lateFeedback = (date: string) => [
  `date: ${date}`,
  'feedback:',
  '  - kind: positive',
  '    observed: 2025-12-01',
  '    situation: Planning',
  '    behaviour: Broke the epic into small slices',
  '    impact: The team shipped in two weeks',
  '',
].join('\n');

const DAYS = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26'];
const files = {
  'zoe/person.yaml': 'name: Zoe Park\nrole: Engineer\ncadence: weekly\nsince: 2025-06-02\n',
  ...Object.fromEntries(DAYS.map((d) => [`zoe/${d}.yaml`, lateFeedback(d)])),
};

/** Undoes every unsaved edit (nothing is saved); resolves once the notes have taken the files on disk again. */
async function revertAll(api: CoachApi): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await api.notes.settled();
}

type Fired<T> = (T | T[] | undefined | null | void)[];

describe('an edit refreshes only what changed', () => {
  let api: CoachApi;
  const fired = { uris: [] as string[], attention: [] as Fired<AttentionNode>, people: [] as Fired<PeopleNode> };
  const subscriptions: vscode.Disposable[] = [];
  // Before the files go (notesForSuite's own hook, registered next): the edits are undone, nothing is saved.
  after(async () => {
    for (const s of subscriptions.splice(0)) s.dispose();
    await revertAll(api);
  });
  notesForSuite('alpha', files);

  before(async () => {
    api = await coach();
    const { people, attention } = sidebarOf(api);
    // The views know their nodes once they have been read, as when they are on screen.
    for (const node of await children(people)) await children(people, node);
    for (const group of await children(attention)) await children(attention, group);
    for (const day of DAYS) await diagnosticsWhen(notesUri('alpha', `zoe/${day}.yaml`), hasCode('feedback/delay'), `the late feedback of ${day}`);
    await sidebarOf(api).settled();
    subscriptions.push(
      vscode.languages.onDidChangeDiagnostics((e) => fired.uris.push(...e.uris.map((u) => u.toString()))),
      (attention.onDidChangeTreeData as vscode.Event<AttentionNode | AttentionNode[] | undefined>)((e) => fired.attention.push(e)),
      (people.onDidChangeTreeData as vscode.Event<PeopleNode | PeopleNode[] | undefined>)((e) => fired.people.push(e)),
    );
  });
  beforeEach(() => { fired.uris = []; fired.attention = []; fired.people = []; });

  /** Edits a notes file in an unsaved editor; resolves once the notes and both views have taken it in. */
  async function edit(day: string, change: (text: string) => string): Promise<vscode.Uri> {
    const uri = notesUri('alpha', `zoe/${day}.yaml`);
    const editor = await vscode.window.showTextDocument(uri);
    const read = waitFor(api.notes.onDidChange, (c) => c.files.has(`zoe/${day}.yaml`), `the edit of ${day} to be read`);
    const all = new vscode.Range(0, 0, editor.document.lineCount, 0);
    await editor.edit((b) => b.replace(all, change(editor.document.getText())));
    await read;
    await sidebarOf(api).settled();
    return uri;
  }

  /**
   * Resolves on the diagnostics event that names a day's file: events come a moment after what they
   * announce, and one still on its way would be counted in the next test.
   */
  function publishedEvent(day: string): Promise<unknown> {
    const uri = notesUri('alpha', `zoe/${day}.yaml`).toString();
    return waitFor(vscode.languages.onDidChangeDiagnostics, (e) => e.uris.some((u) => u.toString() === uri), `the diagnostics event of ${day}`);
  }

  /** What Problems shows for each of Zoe's 1:1s, by Uri. */
  function problemsOfZoe(): Map<string, string> {
    return new Map(DAYS.map((d) => {
      const uri = notesUri('alpha', `zoe/${d}.yaml`);
      return [uri.toString(), JSON.stringify(vscode.languages.getDiagnostics(uri).map((x) => [x.message, x.range, x.severity]))];
    }));
  }

  /** What the People view refreshed: only ever Zoe's row or entries under her, by element. */
  function zoeInPeople(): string[] {
    return fired.people.flatMap((e) => {
      assert.ok(Array.isArray(e), 'by element, not the whole tree');
      return e.map((n) => {
        const id = n.kind === 'person' ? `person ${n.personId}` : n.kind === 'entry' ? `entry ${n.item.id?.split('#').slice(1).join('#')}` : n.kind;
        assert.match(id, /^(person zoe|entry zoe#.+)$/, "Zoe's row or an entry under her");
        return id;
      });
    });
  }

  it('an edit that changes nothing the views show publishes nothing and refreshes nothing', async () => {
    await edit('2026-01-19', (text) => `${text}# talked about the offsite too\n`);
    assert.deepEqual(fired.attention, [], 'Needs Attention was not refreshed');
    assert.deepEqual(zoeInPeople(), [], 'the People view was not refreshed');
    // Diagnostics events come in bursts: the next file published shows that nothing came before it.
    const published = publishedEvent('2026-01-12');
    const uri = await edit('2026-01-12', (text) => text.replace('observed: 2025-12-01', 'observed: 2026-01-12'));
    await published;
    assert.ok(lacksCode('feedback/delay')(vscode.languages.getDiagnostics(uri)), 'the late feedback of 2026-01-12 is gone');
    assert.deepEqual([...new Set(fired.uris)], [uri.toString()], 'Problems published only the file whose findings changed');
  });

  it("an edit that changes one file's findings publishes that file and refreshes that person's group alone", async () => {
    const published = publishedEvent('2026-01-26');
    const shownBefore = problemsOfZoe();
    const uri = await edit('2026-01-26', (text) => text.replace('observed: 2025-12-01', 'observed: 2026-01-26'));
    await published;
    assert.ok(lacksCode('feedback/delay')(vscode.languages.getDiagnostics(uri)), 'the late feedback of 2026-01-26 is gone');
    // An event for an earlier edit may still come in now (under load): it must not carry anything new.
    const changedFiles = [...new Set(fired.uris)].filter((u) => u === uri.toString() || problemsOfZoe().get(u) !== shownBefore.get(u));
    assert.deepEqual(changedFiles, [uri.toString()], 'Problems changed only the file whose findings changed');
    assert.equal(fired.attention.length, 1, 'one refresh of Needs Attention');
    const [groups] = fired.attention;
    assert.ok(Array.isArray(groups), 'by element, not the whole tree');
    assert.deepEqual(groups.map((n) => n.kind === 'group' && n.group.personId), ['zoe'], "Zoe's group alone");
    const left = attentionCount(api.notes.locate(uri)?.root.notes.findingsOfPerson('zoe') ?? []);
    assert.ok(groups.every((n) => n.kind === 'group' && n.group.count === left), 'the group counts what is left');
    assert.deepEqual(zoeInPeople(), [], "Zoe's row shows the same (her worst finding is still a warning): nothing to refresh in People");
  });

  it("an edit that moves a finding but leaves the group's rows in place refreshes that row alone", async () => {
    const day = '2026-01-19';
    const before = api.notes.locate(notesUri('alpha', `zoe/${day}.yaml`))?.root.notes.findingsFor(`zoe/${day}.yaml`).find((f) => f.code === 'feedback/delay');
    assert.ok(before, `the late feedback of ${day} is still there`);
    // A comment on top moves every range of the file one line down.
    await edit(day, (text) => `# moved down a line\n${text}`);
    assert.equal(fired.attention.length, 1, 'one refresh of Needs Attention');
    const [rows] = fired.attention;
    assert.ok(Array.isArray(rows), 'by element, not the whole tree');
    assert.deepEqual(rows.map((n) => n.kind === 'finding' && [n.finding.file, n.finding.code, n.finding.range.start.line]), [[`zoe/${day}.yaml`, 'feedback/delay', before.range.start.line + 1]], 'the one row whose finding moved, and nothing else');
    const { attention } = sidebarOf(api);
    const tooltip = (await attention.resolveTreeItem?.(new vscode.TreeItem(''), rows[0] as AttentionNode, new vscode.CancellationTokenSource().token))?.tooltip;
    assert.ok(tooltip instanceof vscode.MarkdownString && tooltip.value.includes(`:${before.range.start.line + 2}`), 'its tooltip names the new line');
    assert.ok(zoeInPeople().every((id) => id.startsWith('entry ')), 'People: entries under Zoe at most, never her row');
  });
});

/**
 * A tree as the workbench holds it: every node read once, then, on each change event, the nodes it
 * names read again (with what is under them when they are expanded), or everything on an event
 * without nodes. What it shows then is what the view would show.
 */
class TreeCopy<T> {
  private readonly looks = new Map<T, { look: string; children?: T[] }>();
  private top: T[] = [];
  private queue: Promise<void> = Promise.resolve();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly provider: vscode.TreeDataProvider<T>) {
    this.subscription = provider.onDidChangeTreeData!((e) => {
      this.queue = this.queue.then(() => (e === undefined || e === null ? this.readAll() : this.readAgain(Array.isArray(e) ? e : [e as T])));
    });
  }

  /** Resolves once every event so far has been read. */
  settled(): Promise<void> {
    return this.queue;
  }

  async readAll(): Promise<void> {
    this.looks.clear();
    this.top = await children(this.provider);
    for (const node of this.top) await this.read(node);
  }

  private async readAgain(nodes: readonly T[]): Promise<void> {
    // A node the view does not hold is not shown: the workbench leaves it alone.
    for (const node of nodes) if (this.looks.has(node)) await this.read(node);
  }

  private async read(node: T): Promise<void> {
    const it = await item(this.provider, node);
    // As if every row were expanded: what is under a row is read whenever the row is.
    const expanded = it.collapsibleState !== vscode.TreeItemCollapsibleState.None;
    const under = expanded ? await children(this.provider, node) : undefined;
    this.looks.set(node, { look: lookOf(it), ...(under ? { children: under } : {}) });
    for (const child of under ?? []) await this.read(child);
  }

  /** Every row shown, indented by depth. */
  lines(): string[] {
    const out: string[] = [];
    const walk = (nodes: readonly T[], depth: number) => {
      for (const node of nodes) {
        const known = this.looks.get(node);
        out.push(`${'  '.repeat(depth)}${known?.look ?? '(never read)'}`);
        if (known?.children) walk(known.children, depth + 1);
      }
    };
    walk(this.top, 0);
    return out;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

/** What a tree item shows and does, in words a failing assertion can show. */
function lookOf(it: vscode.TreeItem): string {
  const tooltip = typeof it.tooltip === 'string' ? it.tooltip : it.tooltip?.value;
  return JSON.stringify([it.id, labelOf(it), it.description, it.iconPath, tooltip, it.command?.arguments, it.contextValue, it.collapsibleState]);
}

describe('the views after a series of edits show what a fresh read shows', () => {
  let api: CoachApi;
  const copies: TreeCopy<unknown>[] = [];
  const kit = {
    'kit/person.yaml': 'name: Kit Lane\nrole: Engineer\ncadence: weekly\nsince: 2025-06-02\n',
    ...Object.fromEntries(DAYS.map((d) => [`kit/${d}.yaml`, `${lateFeedback(d)}actions:\n  - text: Draft the rota\n    owner: me\n    due: ${d}\n`])),
  };
  after(async () => {
    for (const c of copies.splice(0)) c.dispose();
    await vscode.commands.executeCommand('oneOnOneCoach.people.focus');
    await revertAll(api);
  });
  notesForSuite('alpha', kit);

  before(async () => {
    api = await coach();
    // The copies are the only readers of the trees: the side bar, were it open, would read them too.
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await sidebarOf(api).settled();
    const { people, attention } = sidebarOf(api);
    for (const provider of [people, attention] as vscode.TreeDataProvider<unknown>[]) {
      const copy = new TreeCopy(provider);
      await copy.readAll();
      copies.push(copy);
    }
  });

  /** Every edit a manager might type, one after the other in one unsaved editor per file (seeded, so a failure repeats). */
  const EDITS: ((text: string) => string)[] = [
    (t) => `# a line on top\n${t}`,
    (t) => t.replace('Draft the rota', 'Draft the support rota'),
    (t) => t.replace(/due: (\d{4})-/, (_m, y: string) => `due: ${Number(y) + 2}-`),
    (t) => t.replace('observed: 2025-12-01', 'observed: 2025-12-20'),
    (t) => `${t}  - text: Book the offsite room\n    owner: them\n    due: 2026-01-20\n`,
    (t) => t.replace(/\n# a line on top/, ''),
    (t) => t.replace('kind: positive', 'kind: corrective'),
    (t) => t.replace('    owner: me\n', '    owner: me\n    done: true\n'),
  ];

  it("typing into an action's text refreshes its entry in People and its finding's row in Needs Attention, nothing else", async () => {
    const { people, attention } = sidebarOf(api);
    const fired = { people: [] as Fired<PeopleNode>, attention: [] as Fired<AttentionNode> };
    const listening = [
      (people.onDidChangeTreeData as vscode.Event<PeopleNode | PeopleNode[] | undefined>)((e) => fired.people.push(e)),
      (attention.onDidChangeTreeData as vscode.Event<AttentionNode | AttentionNode[] | undefined>)((e) => fired.attention.push(e)),
    ];
    try {
      const day = DAYS[0] as string;
      const editor = await vscode.window.showTextDocument(notesUri('alpha', `kit/${day}.yaml`));
      const line = editor.document.getText().split('\n').findIndex((l) => l.includes('Draft the rota'));
      const read = waitFor(api.notes.onDidChange, (c) => c.files.has(`kit/${day}.yaml`), 'the edit to be read');
      await editor.edit((b) => b.insert(editor.document.lineAt(line).range.end, ' for support'));
      await read;
      await sidebarOf(api).settled();
      const named = (e: Fired<PeopleNode | AttentionNode>[number]) => {
        assert.ok(Array.isArray(e), 'by element, not the whole tree');
        return e.map((n) => n.kind === 'entry' ? `entry ${n.item.label}` : n.kind === 'finding' ? `row ${n.finding.code} ${n.finding.file}` : n.kind);
      };
      assert.deepEqual(fired.people.flatMap(named), ['entry Draft the rota for support'], 'People: the action alone');
      assert.deepEqual(fired.attention.flatMap(named), [`row actions/overdue kit/${day}.yaml`], 'Needs Attention: the row of its overdue finding alone');
    } finally {
      for (const l of listening) l.dispose();
    }
    for (const copy of copies) await copy.readAll();
  });

  it('edits of every kind, in a seeded order, leave both views showing what a fresh read shows', async () => {
    let seed = 20261202;
    const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let i = 0; i < 12; i++) {
      const day = DAYS[next(DAYS.length)] as string;
      const change = EDITS[next(EDITS.length)] as (text: string) => string;
      const uri = notesUri('alpha', `kit/${day}.yaml`);
      const editor = await vscode.window.showTextDocument(uri);
      const text = editor.document.getText();
      const changed = change(text);
      if (changed === text) continue;
      const read = waitFor(api.notes.onDidChange, (c) => c.files.has(`kit/${day}.yaml`), `edit ${i} of ${day} to be read`);
      await editor.edit((b) => b.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), changed));
      await read;
      await sidebarOf(api).settled();
      for (const [copy, name] of [[copies[0], 'People'], [copies[1], 'Needs Attention']] as const) {
        await copy?.settled();
        const kept = copy?.lines();
        // Read afresh, the copy holds the nodes the views now hand out, for the next edit.
        await copy?.readAll();
        assert.deepEqual(kept, copy?.lines(), `${name} after edit ${i} (${day})`);
      }
    }
  });
});
