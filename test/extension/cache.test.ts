// The warm-start cache in a real VS Code: kept inside each notes folder, readable by its owner only and
// ignored by git; turned off by a setting, which deletes it; and a notes file opened in an editor is read
// again, whatever the cache said about it.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as vscode from 'vscode';
import type { CoachApi } from '../../src/extension';
import { coach, folder, notesUri, waitFor } from './helpers';
import { writeNotes } from './writeNotes';

const cacheFile = (name: string) => vscode.Uri.joinPath(folder(name).uri, 'one-on-ones', '.one-on-one-coach', 'cache.jsonl').fsPath;

describe('warm-start cache', () => {
  let api: CoachApi;
  before(async () => { api = await coach(); });

  it('is kept inside each notes folder, readable by its owner only, with a .gitignore that keeps it out of git', () => {
    for (const name of ['alpha', 'beta']) {
      const path = cacheFile(name);
      assert.ok(existsSync(path), `${name} has its cache in its notes folder`);
      assert.equal(statSync(path).mode & 0o777, 0o600);
      assert.match(readFileSync(vscode.Uri.joinPath(folder(name).uri, 'one-on-ones', '.one-on-one-coach', '.gitignore').fsPath, 'utf8'), /^\*$/m);
    }
  });

  it('is hidden from the Explorer and from search, beside what VS Code hides already', () => {
    const exclude = vscode.workspace.getConfiguration('files').get<Record<string, boolean>>('exclude') ?? {};
    assert.equal(exclude['**/.one-on-one-coach'], true);
    assert.equal(exclude['**/.git'], true, `VS Code's own entries stay: ${JSON.stringify(exclude)}`);
  });

  it('is deleted when the setting turns it off, and written again when it is turned back on', async () => {
    const config = vscode.workspace.getConfiguration('oneOnOneCoach');
    const reloaded = () => waitFor(api.notes.onDidChangeRoots, () => true, 'the notes reloaded');
    let done = reloaded();
    await config.update('cache.enabled', false, vscode.ConfigurationTarget.Workspace);
    await done;
    try {
      assert.equal(existsSync(cacheFile('alpha')), false);
      assert.equal(existsSync(cacheFile('beta')), false);
      assert.ok(api.notes.roots().some((r) => r.index.person('ada')), 'the notes are still read');
    } finally {
      done = reloaded();
      await config.update('cache.enabled', undefined, vscode.ConfigurationTarget.Workspace);
      await done;
    }
    assert.ok(existsSync(cacheFile('alpha')));
  });

  it('does not decide what an opened notes file holds: the file is read again when it opens', async () => {
    const file = 'grace/2026-02-16.yaml';
    await writeNotes(api, 'beta', { [file]: 'date: 2026-02-16\nnotes: Planned the migration together.\n' });
    const uri = notesUri('beta', file);
    try {
      const where = api.notes.locate(uri);
      assert.ok(where);
      // What a stale cache would hold for the file: other text than the file on disk.
      where.root.notes.update(where.file, 'date: 2026-02-16\nnotes: [stale\n', api.notes.contextFor(where.root.folder));
      assert.ok(where.root.index.findings().some((f) => f.file === file), 'the stale text has a finding');
      const reread = waitFor(api.notes.onDidChange, (c) => c.files.has(file), 'the opened file re-read');
      await vscode.workspace.openTextDocument(uri);
      await reread;
      await api.notes.settled();
      const loaded = where.root.index.loaded(file);
      assert.equal(loaded?.kind === 'oneOnOne' ? loaded.data?.notes : undefined, 'Planned the migration together.');
    } finally {
      await vscode.workspace.fs.delete(uri);
      await api.notes.reload();
      await api.notes.settled();
    }
  });
});
