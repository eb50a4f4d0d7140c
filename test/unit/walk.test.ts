import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import { walkNotesRoot } from '../../src/core/reading/walk';

function write(root: string, relativePath: string, text = 'x: 1\n'): void {
  const path = join(root, relativePath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

describe('walkNotesRoot', () => {
  let base: string;
  let root: string;

  before(() => {
    base = mkdtempSync(join(tmpdir(), 'coach-walk-'));
    root = join(base, 'one-on-ones');
    for (const file of [
      'ada/person.yaml', 'ada/2026-03-04.yaml', 'ada/README.md', 'ada/.draft.yaml', 'ada/drafts/2026-01-01.yaml',
      'Zoë Martin/person.yaml', 'team lead/feedback.yml', '.git/config.yaml', 'notes.yaml',
    ]) {
      write(root, file);
    }
    write(base, 'elsewhere/bob/person.yaml');
    symlinkSync(join(base, 'elsewhere', 'bob'), join(root, 'bob'), 'dir');
    write(root, '.archive/carol/person.yaml');
    symlinkSync(join(root, '.archive', 'carol'), join(root, 'carol'), 'dir');
    symlinkSync(root, join(root, 'loop'), 'dir');
    symlinkSync(base, join(root, 'up'), 'dir');
    symlinkSync(join(root, 'ada'), join(root, 'ada-again'), 'dir');
    symlinkSync(join(root, 'ada'), join(root, 'ada', 'self'), 'dir');
    symlinkSync(join(base, 'missing'), join(root, 'ghost'), 'dir');
    symlinkSync(join(root, '.archive', 'carol', 'person.yaml'), join(root, 'ada', 'feedback.yaml'), 'file');
    symlinkSync(join(base, 'elsewhere', 'bob', 'person.yaml'), join(root, 'ada', '2026-01-01.yaml'), 'file');
  });

  after(() => rmSync(base, { recursive: true, force: true }));

  it('lists <person>/<file>.yaml, sorted, skipping dot-names, other files and deeper folders', () => {
    assert.deepEqual(walkNotesRoot(root).files, [
      'Zoë Martin/person.yaml',
      'ada/2026-03-04.yaml',
      'ada/feedback.yaml',
      'ada/person.yaml',
      'carol/person.yaml',
      'team lead/feedback.yml',
    ]);
  });

  it('follows links that stay inside the notes folder; a link that leads outside is a warning on the link', () => {
    const { findings } = walkNotesRoot(root);
    const outside = findings.filter((f) => f.code === 'layout/link-outside').map((f) => [f.file, f.severity]);
    assert.deepEqual(outside, [['ada/2026-01-01.yaml', 'warning'], ['bob', 'warning']]);
  });

  it('a dangling link at the top of the notes folder is a warning that names it', () => {
    const { findings } = walkNotesRoot(root);
    assert.deepEqual(findings.filter((f) => f.code === 'layout/broken-link').map((f) => f.file), ['ghost']);
  });

  it('follows links, but a link back to the root or above is a hint, not a hang', () => {
    const { findings } = walkNotesRoot(root);
    const loops = findings.filter((f) => f.code === 'layout/symlink-loop').map((f) => [f.file, f.severity]);
    assert.deepEqual(loops, [['loop', 'hint'], ['up', 'hint']]);
  });

  it('a second link to a folder already read is read once', () => {
    const { findings } = walkNotesRoot(root);
    const duplicate = findings.filter((f) => f.code === 'layout/symlink-duplicate');
    assert.deepEqual(duplicate.map((f) => f.file), ['ada-again']);
    assert.match(duplicate[0]?.message ?? '', /read once, as `ada`/);
  });

  it('a folder that cannot be read is a warning, never an exception', () => {
    const walk = walkNotesRoot(join(base, 'no-such-folder'));
    assert.deepEqual(walk.files, []);
    assert.deepEqual(walk.findings.map((f) => [f.code, f.severity]), [['layout/unreadable', 'warning']]);
  });
});
