// Hostile input, the notes folder as a boundary: links that lead outside it (to a secret, to a folder,
// to a device), links that lead nowhere or round in a circle, entries named like notes files that are
// not files (a folder, a named pipe, a socket), a person folder without person.yaml, impossible dates
// in file names, and notes folder settings that leave the folder. Each case: the expected findings,
// no throw, and nothing of what lies outside in any message, in the CLI's output or in the cache.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import { checkNotesRoot, resolveNotesRoot } from '../../../src/core/workspace/checkFolder';
import { CheckedNotes } from '../../../src/core/workspace/checkedNotes';
import { DEFAULT_SETTINGS } from '../../../src/core/checks/settings';
import type { Finding } from '../../../src/core/findings';
import { loadWithCache } from '../../../src/core/reading/loadCache';
import { notesFileBoundary, notesRootProblem, staysInside } from '../../../src/core/reading/notesBoundary';
import { NotesIndex } from '../../../src/core/people/notesIndex';
import { walkNotesRoot } from '../../../src/core/reading/walk';
import { cli, write } from './hostileIo';

const SECRET = 'SECRET-7f3a9c-token';
const CTX = { today: '2026-11-27', settings: DEFAULT_SETTINGS };

/** Every text a finding shows: its message, its related messages, its fixes' titles and texts. */
function shownText(findings: readonly Finding[]): string {
  return findings.map((f) => [f.message, f.file, ...(f.related ?? []).map((r) => `${r.file} ${r.message}`),
    ...(f.fixes ?? []).map((x) => `${x.title} ${x.edits.map((e) => e.text).join(' ')}`)].join('\n')).join('\n');
}

const codesAndFiles = (findings: readonly Finding[], codes: readonly string[]) =>
  findings.filter((f) => codes.includes(f.code)).map((f) => [f.code, f.file]).sort((a, b) => String(a).localeCompare(String(b)));

describe('hostile input: links out of the notes folder', () => {
  let base: string;
  let workspace: string;
  let root: string;
  let outside: string;

  before(() => {
    base = mkdtempSync(join(tmpdir(), 'coach-hostile-links-'));
    workspace = join(base, 'repo');
    root = join(workspace, 'one-on-ones');
    outside = join(base, 'outside-secrets');
    // What lies outside: YAML that, if it were read, would be quoted back (an unknown key, a bad value).
    write(join(outside, 'token.yaml'), `${SECRET}: 1\ndate: ${SECRET}\n`);
    write(join(outside, 'bob', 'person.yaml'), `name: Bob\n${SECRET}: yes\n`);
    write(join(outside, 'bob', '2026-11-20.yaml'), `date: 2026-11-20\nnotes: ${SECRET}\nagenda: {${SECRET}: 1}\n`);
    write(join(root, 'ada', 'person.yaml'), 'name: Ada\n');
    write(join(root, 'ada', '2026-11-20.yaml'), 'date: 2026-11-20\nnotes: Talked.\n');
    write(join(root, '.archive', 'old.yaml'), 'feedback: []\n');
    symlinkSync(join(outside, 'token.yaml'), join(root, 'ada', '2026-11-21.yaml'), 'file');
    symlinkSync(join(outside, 'bob'), join(root, 'bob'), 'dir');
    symlinkSync('/dev/null', join(root, 'ada', 'feedback.yml'), 'file');
    // A link that stays inside the notes folder is still read.
    symlinkSync(join(root, '.archive', 'old.yaml'), join(root, 'ada', 'feedback.yaml'), 'file');
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  it('the walk reads no file and no folder outside through a link, and names each such link in a warning', () => {
    const walk = walkNotesRoot(root);
    assert.deepEqual(walk.files, ['ada/2026-11-20.yaml', 'ada/feedback.yaml', 'ada/person.yaml']);
    assert.deepEqual(codesAndFiles(walk.findings, ['layout/link-outside']), [
      ['layout/link-outside', 'ada/2026-11-21.yaml'], ['layout/link-outside', 'ada/feedback.yml'], ['layout/link-outside', 'bob'],
    ]);
    assert.ok(walk.findings.every((f) => f.severity === 'warning'));
  });

  it('no finding says what a link points at: not the secret, not the path outside', () => {
    const { findings } = checkNotesRoot(root, CTX);
    const shown = shownText(findings);
    assert.ok(!shown.includes(SECRET), shown);
    assert.ok(!shown.includes(outside), shown);
    assert.ok(!shown.includes('/dev/null'), shown);
    assert.match(findings.find((f) => f.file === 'bob')?.message ?? '', /^bob is a link to a folder outside the notes folder/);
  });

  it('the command line prints the links, never the secret, in text and in JSON', () => {
    for (const format of ['text', 'json']) {
      const r = cli(['check', '--format', format, '--fail-on', 'warning'], workspace);
      assert.equal(r.code, 1, r.err);
      assert.match(r.out, /ada\/2026-11-21\.yaml/);
      assert.ok(!`${r.out}${r.err}`.includes(SECRET), `${r.out}${r.err}`);
      assert.ok(!`${r.out}${r.err}`.includes(outside));
    }
  });

  it('the warm-start cache holds nothing read through a link outside', () => {
    const cachePath = join(base, 'cache', 'notes.json');
    const { index } = loadWithCache(root, cachePath);
    assert.deepEqual(index.files(), ['ada/2026-11-20.yaml', 'ada/feedback.yaml', 'ada/person.yaml']);
    assert.ok(!shownText(index.findings()).includes(SECRET));
    assert.ok(existsSync(cachePath));
    assert.ok(!readFileSync(cachePath, 'utf8').includes(SECRET));
  });

  it('a single file is judged the same way (the editor asks this before it reads)', () => {
    assert.equal(notesFileBoundary(root, 'ada/2026-11-20.yaml'), undefined);
    assert.equal(notesFileBoundary(root, 'ada/feedback.yaml'), undefined);
    assert.deepEqual([notesFileBoundary(root, 'ada/2026-11-21.yaml')?.code, notesFileBoundary(root, 'ada/2026-11-21.yaml')?.file], ['layout/link-outside', 'ada/2026-11-21.yaml']);
    assert.deepEqual([notesFileBoundary(root, 'bob/person.yaml')?.code, notesFileBoundary(root, 'bob/person.yaml')?.file], ['layout/link-outside', 'bob']);
    assert.equal(notesFileBoundary(root, 'ada/2026-01-01.yaml'), undefined, 'a file that is gone is for the reader to report');
  });

  it('the editor\'s notes take a link found after loading, and drop its warning once it is gone', () => {
    const notes = new CheckedNotes(NotesIndex.fromLoaded([]));
    const finding = notesFileBoundary(root, 'ada/2026-11-21.yaml');
    assert.ok(finding);
    notes.replaceRootFindings('ada/2026-11-21.yaml', [finding]);
    assert.deepEqual(notes.findingsFor('ada/2026-11-21.yaml').map((f) => f.code), ['layout/link-outside']);
    notes.replaceRootFindings('ada/2026-11-21.yaml', []);
    assert.deepEqual(notes.findingsFor('ada/2026-11-21.yaml'), []);
  });

  it('a target to write is inside only when no link on the way leads out', () => {
    assert.equal(staysInside(workspace, join(root, 'ada', 'new.yaml')), true);
    assert.equal(staysInside(workspace, join(root, 'cara', 'person.yaml')), true, 'a folder still to be made');
    assert.equal(staysInside(workspace, join(root, 'bob', 'person.yaml')), false);
    assert.equal(staysInside(workspace, join(root, 'bob', 'new', 'person.yaml')), false);
    assert.equal(staysInside(workspace, join(workspace, '..', 'elsewhere.yaml')), false);
  });
});

describe('hostile input: entries that are skipped get a finding that names them', () => {
  let base: string;
  let root: string;
  let socket: Server;

  before(async () => {
    base = mkdtempSync(join(tmpdir(), 'coach-hostile-entries-'));
    root = join(base, 'one-on-ones');
    write(join(root, 'ada', 'person.yaml'), 'name: Ada\n');
    write(join(root, 'ada', '2026-11-20.yaml'), 'date: 2026-11-20\nnotes: Talked.\n');
    mkdirSync(join(root, 'ada', '2026-03-04.yaml'));
    const fifo = spawnSync('mkfifo', [join(root, 'ada', '2026-03-11.yaml')]);
    assert.equal(fifo.status, 0, 'mkfifo made a named pipe');
    socket = createServer();
    await new Promise<void>((resolve) => socket.listen(join(root, 'ada', '2026-03-18.yaml'), resolve));
    symlinkSync(join(root, 'ada', 'missing.yaml'), join(root, 'ada', 'feedback.yaml'), 'file');
    symlinkSync(join(root, 'ada', '2026-01-02.yaml'), join(root, 'ada', '2026-01-01.yaml'), 'file');
    symlinkSync(join(root, 'ada', '2026-01-01.yaml'), join(root, 'ada', '2026-01-02.yaml'), 'file');
    symlinkSync(join(root, 'nowhere'), join(root, 'ghost'), 'dir');
    symlinkSync(join(root, 'circle-b'), join(root, 'circle-a'), 'dir');
    symlinkSync(join(root, 'circle-a'), join(root, 'circle-b'), 'dir');
    write(join(root, 'no-person', '2026-11-13.yaml'), 'date: 2026-11-13\nnotes: Talked.\n');
    write(join(root, 'no-person', '2026-11-06.yaml'), 'date: 2026-11-06\nnotes: Talked.\n');
  });
  after(async () => {
    await new Promise<void>((resolve) => socket.close(() => resolve()));
    rmSync(base, { recursive: true, force: true });
  });

  it('a folder, a named pipe and a socket named like a 1:1, dangling and circular links: each one warning, on its own name', () => {
    const walk = walkNotesRoot(root);
    assert.deepEqual(walk.files, ['ada/2026-11-20.yaml', 'ada/person.yaml', 'no-person/2026-11-06.yaml', 'no-person/2026-11-13.yaml']);
    assert.deepEqual(codesAndFiles(walk.findings, ['layout/not-a-file', 'layout/broken-link']), [
      ['layout/broken-link', 'ada/2026-01-01.yaml'], ['layout/broken-link', 'ada/2026-01-02.yaml'], ['layout/broken-link', 'ada/feedback.yaml'],
      ['layout/broken-link', 'circle-a'], ['layout/broken-link', 'circle-b'], ['layout/broken-link', 'ghost'],
      ['layout/not-a-file', 'ada/2026-03-04.yaml'], ['layout/not-a-file', 'ada/2026-03-11.yaml'], ['layout/not-a-file', 'ada/2026-03-18.yaml'],
    ]);
    const says = (file: string) => walk.findings.find((f) => f.file === file)?.message ?? '';
    assert.match(says('ada/2026-03-04.yaml'), /^ada\/2026-03-04\.yaml is named like a notes file but is a folder/);
    assert.match(says('ada/2026-03-11.yaml'), /but is a named pipe/);
    assert.match(says('ada/2026-03-18.yaml'), /but is a socket/);
    assert.match(says('ada/2026-01-01.yaml'), /leads round in a circle/);
    assert.match(says('ada/feedback.yaml'), /to something that does not exist/);
  });

  it('a person folder with 1:1s but no person.yaml: one info finding on its first file, naming the folder', () => {
    const { findings } = checkNotesRoot(root, CTX);
    const missing = findings.filter((f) => f.code === 'layout/no-person-file');
    assert.deepEqual(missing.map((f) => [f.file, f.severity]), [['no-person/2026-11-06.yaml', 'info']]);
    assert.match(missing[0]?.message ?? '', /The folder no-person has notes but no person\.yaml/);
  });

  it('the command line and the warm start get through it all without opening the pipe, and never throw', () => {
    const r = cli(['check', '--format', 'json', '--fail-on', 'warning'], base);
    assert.equal(r.code, 1, r.err);
    const files = (JSON.parse(r.out) as { file: string; rule: string }[]).filter((f) => f.rule === 'layout/not-a-file').map((f) => f.file);
    assert.deepEqual(files, ['one-on-ones/ada/2026-03-04.yaml', 'one-on-ones/ada/2026-03-11.yaml', 'one-on-ones/ada/2026-03-18.yaml']);
    const { index } = loadWithCache(root, join(base, 'cache.json'));
    assert.equal(index.findings().filter((f) => f.code === 'layout/not-a-file').length, 3);
  });
});

describe('hostile input: a 1:1 named by a day that does not exist', () => {
  let base: string;
  before(() => {
    base = mkdtempSync(join(tmpdir(), 'coach-hostile-dates-'));
    const root = join(base, 'one-on-ones', 'ada');
    write(join(root, 'person.yaml'), 'name: Ada\n');
    write(join(root, '2026-10-01.yaml'), 'date: 2026-10-01\nnotes: Talked.\n');
    for (const [name, date] of [['2026-02-30', '2026-03-02'], ['2026-13-01b', '2026-03-03'], ['2025-04-31', '2025-04-31'], ['0000-00-00', '2026-03-04']]) {
      write(join(root, `${name}.yaml`), `date: ${date}\nnotes: Talked.\nfeedback:\n  - kind: corrective\n    observed: 2026-02-01\n    behaviour: Late again.\n    topic: lateness\n`);
    }
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  it('says what is wrong with each name; no check fails, and the person\'s real findings stay', () => {
    const { findings } = checkNotesRoot(join(base, 'one-on-ones'), CTX);
    assert.deepEqual(findings.filter((f) => f.code === 'internal/check-failed'), []);
    assert.deepEqual(findings.filter((f) => f.code === 'format/file-name').map((f) => f.file).sort(), [
      'ada/0000-00-00.yaml', 'ada/2025-04-31.yaml', 'ada/2026-02-30.yaml', 'ada/2026-13-01b.yaml',
    ]);
    assert.deepEqual(findings.filter((f) => f.code === 'cadence/overdue').map((f) => f.file), ['ada/person.yaml']);
  });
});

describe('hostile input: a notes folder setting that leaves the folder', () => {
  let base: string;
  let workspace: string;
  before(() => {
    base = mkdtempSync(join(tmpdir(), 'coach-hostile-root-'));
    workspace = join(base, 'repo');
    write(join(workspace, 'one-on-ones', 'ada', 'person.yaml'), 'name: Ada\n');
    write(join(base, 'elsewhere', 'ada', 'person.yaml'), `name: ${SECRET}\n`);
    symlinkSync(join(base, 'elsewhere'), join(workspace, 'linked-notes'), 'dir');
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  it('.., an absolute path outside and a link that leads out are refused, with what to do instead', () => {
    for (const [setting, says] of [
      ['../elsewhere', /holds "\.\.", which leads out of the folder; name a folder inside it/],
      ['one-on-ones/../../elsewhere', /holds "\.\."/],
      [join(base, 'elsewhere'), /is outside the folder/],
      ['linked-notes', /is a link that leads outside the folder/],
    ] as const) {
      assert.match(notesRootProblem(workspace, setting) ?? '', says, setting);
      const r = cli(['check', '--notes-root', setting], workspace);
      assert.equal(r.code, 2, setting);
      assert.match(r.err, says);
      assert.equal(r.out, '');
      assert.ok(!r.err.includes(SECRET));
    }
  });

  it('the same in .vscode/settings.json: exit 2, never the notes from outside', () => {
    write(join(workspace, '.vscode', 'settings.json'), '{ "oneOnOneCoach.notesRoot": "../elsewhere" }');
    try {
      const r = cli(['check'], workspace);
      assert.equal(r.code, 2);
      assert.match(r.err, /holds "\.\."/);
      assert.ok(!`${r.out}${r.err}`.includes(SECRET));
    } finally {
      rmSync(join(workspace, '.vscode'), { recursive: true, force: true });
    }
  });

  it('a path inside the folder, absolute or not, is fine', () => {
    assert.equal(notesRootProblem(workspace, 'one-on-ones'), undefined);
    assert.equal(notesRootProblem(workspace, join(workspace, 'one-on-ones')), undefined);
    assert.deepEqual(resolveNotesRoot(workspace, join(workspace, 'one-on-ones')), { ok: true, root: join(workspace, 'one-on-ones') });
  });

  it('a settings file that is a link to a file outside is not read', () => {
    write(join(base, 'elsewhere-settings.json'), `{ "oneOnOneCoach.notesRoot": "${SECRET}" }`);
    mkdirSync(join(workspace, '.vscode'), { recursive: true });
    symlinkSync(join(base, 'elsewhere-settings.json'), join(workspace, '.vscode', 'settings.json'), 'file');
    try {
      const r = cli(['check'], workspace);
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, /settings\.json is a link that leads outside the folder; it was not read/);
      assert.ok(!r.err.includes(SECRET));
    } finally {
      rmSync(join(workspace, '.vscode'), { recursive: true, force: true });
    }
  });
});
