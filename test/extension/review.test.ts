// "Summarize for Review…" driven through its arguments: an untitled Markdown document whose text is
// the core's review summary, and nothing written into the notes folder.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { retargetLineLinks } from '../../src/core/documents/markdown';
import { writeReviewSummary } from '../../src/core/documents/review/reviewSummary';
import type { CoachApi } from '../../src/extension';
import { coach, folder } from './helpers';

async function notesFiles(): Promise<string[]> {
  return (await vscode.workspace.findFiles('**/one-on-ones/**')).map((u) => u.toString()).sort();
}

describe('commands: Summarize for Review', () => {
  let api: CoachApi;
  before(async () => { api = await coach(); });
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  for (const includePrivate of [false, true]) {
    it(`with person and period given (private notes ${includePrivate ? 'in' : 'out'}), opens an untitled Markdown document holding the core's summary`, async () => {
      const before = await notesFiles();
      const period = { from: '2025-12-01', to: '2026-01-31', includePrivate };
      const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('oneOnOneCoach.summarizeForReview', 'ada', period);
      assert.ok(document, 'a document was opened');
      assert.equal(document.isUntitled, true);
      assert.equal(document.languageId, 'markdown');
      assert.equal(vscode.window.activeTextEditor?.document, document, 'it is shown');
      const root = api.notes.roots().find((r) => r.folder.name === 'alpha');
      assert.ok(root);
      const notes = root.index.notes('ada');
      assert.ok(notes);
      const expected = writeReviewSummary({ notes, ctx: api.notes.contextFor(folder('alpha')) }, period);
      assert.equal(document.getText(), retargetLineLinks(expected, (file, line) => vscode.Uri.joinPath(root.uri, file).with({ fragment: `L${line}` }).toString()));
      assert.match(document.getText(), /^# Review summary: Ada Lovelace\n/);
      assert.match(document.getText(), /Behaviour: Wrote the rollback notes before anyone asked/);
      assert.deepEqual(await notesFiles(), before, 'nothing is written into the notes folders');
    });
  }

  it('its links lead to the notes files, at their lines, though the document has no folder', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('oneOnOneCoach.summarizeForReview', 'ada', { from: '2025-12-01', to: '2026-01-31', includePrivate: false });
    assert.ok(document);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri);
    const targets = links.flatMap((l) => (l.target ? [l.target] : []));
    assert.ok(targets.length > 0, 'the summary has links');
    const file = vscode.Uri.joinPath(folder('alpha').uri, 'one-on-ones', 'ada', '2026-01-05.yaml').fsPath;
    const toFile = targets.filter((t) => t.fsPath === file || decodeURIComponent(t.query).includes(file));
    assert.ok(toFile.length > 0, `a link to ada/2026-01-05.yaml: ${targets.map((t) => t.toString()).join(' ')}`);
    assert.ok(links.every((l) => l.target === undefined || l.target.scheme !== 'untitled'), 'no link is relative to the untitled document');
  });

  it('a reversed period opens nothing', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('oneOnOneCoach.summarizeForReview', 'ada', { from: '2026-02-01', to: '2026-01-01' });
    assert.equal(document, undefined);
  });
});
