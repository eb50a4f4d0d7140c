// Ready for translation: l10n/bundle.l10n.json holds every message the sources pass to l10n.t (npm run
// l10n writes it), and a translation made from it and from package.nls.json keeps what must not be
// translated: each message's placeholders and the manifest's command links. The translation here is
// @vscode/l10n-dev's pseudo-language (qps-ploc), made in a temporary folder (it rewrites some code spans,
// as a careless translator might, so those are not compared).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'mocha';
import { manifestWords, projectRoot } from './localizedManifest';

const root = projectRoot();
const bundlePath = join(root, 'l10n', 'bundle.l10n.json');
type Bundle = Record<string, string | { message: string; comment: string[] }>;
const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Runs @vscode/l10n-dev's command line (the same as npm run l10n runs). */
function l10nDev(...args: string[]): void {
  const cli = join(root, 'node_modules', '@vscode', 'l10n-dev', 'dist', 'cli.js');
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
}

function inTempFolder<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'coach-l10n-'));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const messageOf = (entry: Bundle[string]) => (typeof entry === 'string' ? entry : entry.message);
/** What a translation must keep as it is: placeholders ({0}, {name}) and command links. */
const kept = (text: string) => [...text.matchAll(/\{[\w.]+\}|\]\(command:[^)]+\)/g)].map((m) => m[0]).sort();

describe('ready for translation: the message bundle', function () {
  this.timeout(120_000);
  const bundle = readJson<Bundle>(bundlePath);

  it('l10n/bundle.l10n.json holds exactly the messages of the sources (else run: npm run l10n)', () => {
    const exported = inTempFolder((dir) => {
      l10nDev('export', '--outDir', dir, join(root, 'src'));
      return readJson<Bundle>(join(dir, 'bundle.l10n.json'));
    });
    assert.deepEqual(bundle, exported);
    assert.ok(Object.keys(bundle).length > 250, `${Object.keys(bundle).length} messages`);
  });

  it('holds the extension\'s messages and the pictures page\'s words, and numbers each message\'s placeholders from {0}', () => {
    for (const message of ['1:1 Coach: {0} need attention', 'Log Feedback Now ({0}/{1})', 'Your team', 'Show as table', '{day} {month}']) {
      assert.ok(Object.values(bundle).some((e) => messageOf(e) === message), message);
    }
    for (const entry of Object.values(bundle)) {
      const numbered = [...new Set([...messageOf(entry).matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
      assert.deepEqual(numbered, numbered.map((_, i) => i), messageOf(entry));
    }
  });

  it('a pseudo-translation (qps-ploc) changes the words and keeps every placeholder and command link', () => {
    const { messages, manifest } = inTempFolder((dir) => {
      copyFileSync(bundlePath, join(dir, 'bundle.l10n.json'));
      copyFileSync(join(root, 'package.nls.json'), join(dir, 'package.nls.json'));
      l10nDev('generate-pseudo', '--outDir', dir, join(dir, 'bundle.l10n.json'), join(dir, 'package.nls.json'));
      return { messages: readJson<Record<string, string>>(join(dir, 'bundle.l10n.qps-ploc.json')), manifest: readJson<Record<string, string>>(join(dir, 'package.nls.qps-ploc.json')) };
    });
    assert.deepEqual(Object.keys(messages).sort(), Object.keys(bundle).sort());
    for (const [key, entry] of Object.entries(bundle)) {
      const translated = messages[key] ?? '';
      assert.deepEqual(kept(translated), kept(messageOf(entry)), `${messageOf(entry)} → ${translated}`);
      if (/[a-z]{3}/i.test(messageOf(entry).replace(/\{[\w.]+\}/g, ''))) assert.notEqual(translated, messageOf(entry));
    }
    assert.deepEqual(Object.keys(manifest).sort(), Object.keys(manifestWords).sort());
    for (const [key, english] of Object.entries(manifestWords)) {
      assert.deepEqual(kept(manifest[key] ?? ''), kept(english), key);
    }
    assert.ok(kept(manifestWords['viewsWelcome.people.1'] ?? '').includes('](command:oneOnOneCoach.addPerson)'));
  });
});
