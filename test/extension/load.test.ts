// The load in a real VS Code: on a folder of some hundreds of notes files it gives the extension host its
// turn again and again instead of holding it for the whole load, shows how far it has come in the side
// bar's views, finds what a load run straight through finds, and loses no change made while it runs.
import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { ensureNotesRepo } from '../../bench/generateNotes';
import { notesCachePath } from '../../src/core/reading/loadCache';
import { loadCheckedNotes } from '../../src/core/workspace/loadCheckedNotes';
import type { CoachApi } from '../../src/extension';
import type { LoadProgress } from '../../src/notes/notesService';
import { coach, folder, notesUri, waitFor } from './helpers';

const notesFolder = () => join(folder('beta').uri.fsPath, 'one-on-ones');

/** Every finding of a root, by file, as plain data. */
function plain(grouped: ReadonlyMap<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(Object.fromEntries(grouped)));
}

describe('the load, in slices', () => {
  let api: CoachApi;
  let people: string[] = [];

  before(async () => {
    api = await coach();
    // About a thousand generated notes files beside the fixture's own: enough for many slices of the load on a fast machine.
    const generated = mkdtempSync(join(tmpdir(), 'generated-notes-'));
    ensureNotesRepo(generated, { seed: 11, people: 20, weeks: 50 });
    people = readdirSync(generated).filter((name) => !name.startsWith('.'));
    for (const person of people) cpSync(join(generated, person), join(notesFolder(), person), { recursive: true });
    rmSync(generated, { recursive: true, force: true });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const person of people) rmSync(join(notesFolder(), person), { recursive: true, force: true });
    await api.notes.reload();
    await api.notes.settled();
  });

  /** A load from nothing: the cache goes first, so every file is read and every person checked. */
  const coldReload = async () => {
    rmSync(notesCachePath(notesFolder()), { force: true });
    await api.notes.reload();
    await api.notes.settled();
  };

  const beta = () => {
    const root = api.notes.roots().find((r) => r.folder.name === 'beta');
    assert.ok(root);
    return root;
  };

  /** What a cold load showed: how often a timer got its turn, and each progress with the views' messages then. */
  let cold: { timerTurns: number; seen: { progress: LoadProgress; messages: (string | undefined)[] }[] } | undefined;

  const coldLoad = async () => {
    if (cold) return cold;
    const views = [api.sidebar?.peopleView, api.sidebar?.attentionView];
    const seen: { progress: LoadProgress; messages: (string | undefined)[] }[] = [];
    const watching = api.notes.onDidProgressLoad((progress) => {
      if (progress) seen.push({ progress, messages: views.map((v) => v?.message) });
    });
    let timerTurns = 0;
    // A timer that asks for the host every millisecond gets it only when the load gives it.
    const timer = setInterval(() => { timerTurns += 1; }, 1);
    try {
      await coldReload();
    } finally {
      clearInterval(timer);
      watching.dispose();
    }
    assert.deepEqual(views.map((v) => v?.message), [undefined, undefined], 'the views say nothing once the load is over');
    return (cold = { timerTurns, seen });
  };

  it('gives the host its turn many times on hundreds of files, and finds what a load straight through finds', async () => {
    const { timerTurns } = await coldLoad();
    const root = beta();
    const files = root.index.files().length;
    assert.ok(files > 900, `${files} files`);
    const report = root.loadReport;
    assert.ok(report && report.yields >= 10, `the load gave the host its turn ${report?.yields} times`);
    assert.equal(report.checks?.reused, 0, 'a cold load checks everyone');
    assert.ok(timerTurns >= 10, `a timer ran ${timerTurns} times during the load`);
    const straight = await loadCheckedNotes(notesFolder(), api.notes.contextFor(root.folder));
    assert.deepEqual(plain(root.notes.grouped()), plain(straight.notes.grouped()));
  });

  it('says in the People and Needs Attention views how many files are read, then how many people are checked', async () => {
    const { seen } = await coldLoad();
    const reading = seen.find((s) => s.progress.stage === 'reading' && s.progress.done > 0 && s.progress.total > 150);
    assert.ok(reading, `progress while reading: ${JSON.stringify(seen.map((s) => s.progress))}`);
    const { done, total } = reading.progress;
    const text = `Reading your notes: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} files`;
    assert.deepEqual(reading.messages, [text, text]);
    assert.ok(seen.some((s) => s.progress.stage === 'checking' && /^Checking your notes: \d+ of \d+ people$/.test(s.messages[0] ?? '')), 'then the people checked');
  });

  it('starts warm with every finding taken from the cache, the same as a cold load', async () => {
    await coldLoad();
    const coldFindings = plain(beta().notes.grouped());
    await api.notes.reload();
    await api.notes.settled();
    const report = beta().loadReport;
    assert.ok(report?.checks && report.stats, 'a local folder reports its cache and checks');
    assert.equal(report.stats.cache, 'warm');
    assert.equal(report.checks.reused, report.checks.people, 'nobody is checked again');
    assert.deepEqual(plain(beta().notes.grouped()), coldFindings);
  });

  it('keeps the changes made while it runs, on disk and in an unsaved editor, for after it', async () => {
    const person = people[0] as string;
    const edited = notesUri('beta', 'grace/2026-02-02.yaml');
    const added = `${person}/2030-01-07.yaml`;
    const doc = await vscode.workspace.openTextDocument(edited);
    await vscode.window.showTextDocument(doc);
    rmSync(notesCachePath(notesFolder()), { force: true });
    const midway = waitFor(api.notes.onDidProgressLoad, (p) => p !== undefined && p.stage === 'reading' && p.done > 50, 'the load midway');
    const reloaded = api.notes.reload();
    await midway;
    // While the load runs (after the folders were walked): a new file on disk, and an edit not saved.
    writeFileSync(join(notesFolder(), added), 'date: 2030-01-07\nnotes: Written while the notes were loading.\n');
    const changedDuringLoad = api.notes.loadProgress !== undefined;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(edited, new vscode.Position(doc.lineCount, 0), 'agnda: typed while the notes were loading\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await reloaded;
    await api.notes.settled();
    try {
      assert.ok(changedDuringLoad, 'the file was written while the load ran');
      const root = beta();
      const file = root.index.loaded(added);
      assert.equal(file?.kind === 'oneOnOne' ? file.data?.notes : undefined, 'Written while the notes were loading.');
      assert.ok(root.notes.findingsFor('grace/2026-02-02.yaml').some((f) => f.code === 'format/unknown-key'), 'the unsaved edit is read');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      if (existsSync(join(notesFolder(), added))) rmSync(join(notesFolder(), added));
    }
  });
});
