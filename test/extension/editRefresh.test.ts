// An edit waits only on what it changed: Problems gets only the files whose findings differ, Needs
// Attention refreshes only the groups that changed (by their node, never the whole tree), and the People
// view only the person whose notes changed. Counted through the diagnostics events and the trees' own
// change events (the sidebar API).
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { attentionCount } from '../../src/core/workspace/attention';
import type { CoachApi } from '../../src/extension';
import type { AttentionNode } from '../../src/sidebar/attentionView';
import type { PeopleNode } from '../../src/sidebar/peopleItems';
import { coach, hasCode, lacksCode, diagnosticsWhen, notesUri, waitFor } from './helpers';
import { children, sidebarOf } from './treeHelpers';
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

type Fired<T> = (T | T[] | undefined | null | void)[];

describe('an edit refreshes only what changed', () => {
  let api: CoachApi;
  const fired = { uris: [] as string[], attention: [] as Fired<AttentionNode>, people: [] as Fired<PeopleNode> };
  const subscriptions: vscode.Disposable[] = [];
  // Before the files go (notesForSuite's own hook, registered next): the edits are undone, nothing is saved.
  after(async () => {
    for (const s of subscriptions.splice(0)) s.dispose();
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await api.notes.settled();
  });
  notesForSuite('alpha', files);

  before(async () => {
    api = await coach();
    const { people, attention } = sidebarOf(api);
    // The views know their nodes once they have been read, as when they are on screen.
    for (const node of await children(people)) await children(people, node);
    await children(attention);
    for (const day of DAYS) await diagnosticsWhen(notesUri('alpha', `zoe/${day}.yaml`), hasCode('feedback/delay'), `the late feedback of ${day}`);
    await sidebarOf(api).settled();
    subscriptions.push(
      vscode.languages.onDidChangeDiagnostics((e) => fired.uris.push(...e.uris.map((u) => u.toString()))),
      (attention.onDidChangeTreeData as vscode.Event<AttentionNode | AttentionNode[] | undefined>)((e) => fired.attention.push(e)),
      (people.onDidChangeTreeData as vscode.Event<PeopleNode | PeopleNode[] | undefined>)((e) => fired.people.push(e)),
    );
  });
  beforeEach(() => { fired.uris = []; fired.attention = []; fired.people = []; });

  /**
   * Edits a notes file in an unsaved editor; resolves once the notes and both views have taken it in and,
   * with `published`, once the diagnostics event of the file's new findings has come (VS Code delivers
   * those events debounced, so a test that only read the new diagnostics could see the event in the next).
   */
  async function edit(day: string, change: (text: string) => string, published?: (d: readonly vscode.Diagnostic[]) => boolean): Promise<vscode.Uri> {
    const uri = notesUri('alpha', `zoe/${day}.yaml`);
    const editor = await vscode.window.showTextDocument(uri);
    const read = waitFor(api.notes.onDidChange, (c) => c.files.has(`zoe/${day}.yaml`), `the edit of ${day} to be read`);
    const event = published && waitFor(vscode.languages.onDidChangeDiagnostics, (e) => e.uris.some((u) => u.toString() === uri.toString()) && published(vscode.languages.getDiagnostics(uri)), `the new findings of ${day} to be published`);
    const all = new vscode.Range(0, 0, editor.document.lineCount, 0);
    await editor.edit((b) => b.replace(all, change(editor.document.getText())));
    await read;
    await event;
    await sidebarOf(api).settled();
    return uri;
  }

  /** The People view was refreshed, and only ever at Zoe's row (the file watcher may read her files again too). */
  function assertZoeAloneInPeople(): void {
    assert.ok(fired.people.length > 0, 'the People view was refreshed');
    for (const e of fired.people) {
      assert.ok(Array.isArray(e), 'by element, not the whole tree');
      assert.deepEqual(e.map((n) => n.kind === 'person' && n.personId), ['zoe'], 'Zoe alone');
    }
  }

  it('an edit that changes no finding publishes nothing and refreshes no group, only its person', async () => {
    await edit('2026-01-19', (text) => `${text}# talked about the offsite too\n`);
    assert.deepEqual(fired.attention, [], 'Needs Attention was not refreshed');
    assertZoeAloneInPeople();
    // Diagnostics events come in bursts: the next file published shows that nothing came before it.
    const uri = await edit('2026-01-12', (text) => text.replace('observed: 2025-12-01', 'observed: 2026-01-12'), lacksCode('feedback/delay'));
    assert.deepEqual([...new Set(fired.uris)], [uri.toString()], 'Problems published only the file whose findings changed');
  });

  it("an edit that changes one file's findings publishes that file and refreshes that person's group alone", async () => {
    const uri = await edit('2026-01-26', (text) => text.replace('observed: 2025-12-01', 'observed: 2026-01-26'), lacksCode('feedback/delay'));
    assert.deepEqual([...new Set(fired.uris)], [uri.toString()], 'Problems published only the file whose findings changed');
    assert.equal(fired.attention.length, 1, 'one refresh of Needs Attention');
    const [groups] = fired.attention;
    assert.ok(Array.isArray(groups), 'by element, not the whole tree');
    assert.deepEqual(groups.map((n) => n.kind === 'group' && n.group.personId), ['zoe'], "Zoe's group alone");
    const left = attentionCount(api.notes.locate(uri)?.root.notes.findingsOfPerson('zoe') ?? []);
    assert.ok(groups.every((n) => n.kind === 'group' && n.group.count === left), 'the group counts what is left');
    assertZoeAloneInPeople();
  });
});
