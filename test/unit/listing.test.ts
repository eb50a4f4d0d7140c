// The package as the Marketplace and Open VSX would list it, checked with the real vsce:
// - the icon is a 128×128 PNG that package.json names;
// - `vsce ls` lists what the extension uses at run time and nothing else (no command line, sources,
//   tests, source maps or caches);
// - the project's public address is all that stands between the package and a listing: a copy of the
//   project given a test address (never committed) packages with no flag and no warning;
// - the command line still ships through npm.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';

// out/test/unit/ → project root
const root = join(__dirname, '..', '..', '..');
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;

interface Run { status: number | null; stdout: string; output: string }
function run(cmd: string, args: string[], cwd: string): Run {
  // No standard input: where vsce would ask "Do you want to continue?", it reads no answer and stops.
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, output: `${r.stdout}${r.stderr}` };
}
const runVsce = (args: string[], cwd: string): Run => run(process.execPath, [vsce, ...args], cwd);

/** The files of a folder of the project, relative to the project root, without dot-folders and dot-files. */
function filesIn(dir: string, keep: (name: string) => boolean = () => true): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.')) return [];
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return filesIn(path, keep);
    return keep(e.name) ? [path] : [];
  });
}

/** Every string in the manifest that names a file of the package (icon, bundle, views, snippets, walkthrough, schemas). */
function filesNamedBy(value: unknown): string[] {
  if (typeof value === 'string') {
    const path = value.replace(/^\.\//, '');
    return /^(dist|media|schemas|snippets|docs|examples)\/[^\s*]+\.\w+$/.test(path) ? [path] : [];
  }
  if (Array.isArray(value)) return value.flatMap(filesNamedBy);
  if (value && typeof value === 'object') return Object.values(value).flatMap(filesNamedBy);
  return [];
}

/** The size a PNG declares in its header (IHDR). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is a PNG`);
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the package as listed', function () {
  this.timeout(60_000);

  it('has a 128×128 PNG icon, named by package.json and drawn from media/icon.svg', () => {
    assert.equal(manifest.icon, 'media/icon.png');
    assert.deepEqual(pngSize(join(root, 'media', 'icon.png')), { width: 128, height: 128 });
    assert.ok(existsSync(join(root, 'media', 'icon.svg')), 'the drawing the PNG is rendered from (scripts/render-icon.mjs)');
  });

  it('is listed under the categories that fit, not "Other", and has a changelog', () => {
    assert.deepEqual(manifest.categories, ['Linters', 'Snippets', 'Visualization']);
    assert.match(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), /^## \[Unreleased\]$/m);
  });

  describe('vsce ls', () => {
    let listed: string[] = [];
    before(() => {
      // The tier's build (scripts/test-all.mjs) wrote dist/ and media/pictures.js before the tests run.
      assert.ok(existsSync(join(root, 'dist', 'extension.js')), 'dist/ is built');
      const r = runVsce(['ls'], root);
      assert.equal(r.status, 0, r.output);
      listed = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean).sort();
    });

    it('lists exactly what the extension uses at run time', () => {
      const expected = [
        'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md',
        ...readdirSync(root).filter((f) => /^package\.nls(\.[\w-]+)?\.json$/.test(f)),
        // The extension's messages: English, and each translation added (vscode.l10n reads them).
        ...filesIn('l10n', (f) => /^bundle\.l10n(\.[\w-]+)?\.json$/.test(f)),
        // The bundle and every file it loads on first use; the command line ships through npm instead.
        ...filesIn('dist', (f) => f.endsWith('.js') && f !== 'cli.js'),
        'media/coach.svg', 'media/pictures.js', 'media/pictures.css',
        ...filesIn('media', (f) => f.endsWith('.png')).filter((f) => !f.startsWith('media/walkthrough/')),
        ...filesIn('media/walkthrough'),
        ...filesIn('schemas', (f) => f.endsWith('.json')),
        ...filesIn('snippets'),
        'docs/checks.md',
        ...filesIn('examples/notes'),
      ].sort();
      assert.deepEqual(listed, expected);
    });

    it('holds every file package.json names', () => {
      const named = [...new Set(filesNamedBy(manifest))];
      assert.ok(named.includes('media/icon.png') && named.includes('dist/extension.js') && named.some((f) => f.startsWith('media/walkthrough/')), named.join(', '));
      assert.deepEqual(named.filter((f) => f !== 'dist/cli.js' && !listed.includes(f)), []);
    });

    it('holds no command line, source, test, source map, cache or drawing', () => {
      const unwanted = /^dist\/cli\.js$|^(src|test|out|scripts|bench|node_modules)\/|\.(ts|map|vsix)$|(^|\/)\.|^media\/icon\.svg$/;
      assert.deepEqual(listed.filter((f) => unwanted.test(f)), []);
      assert.ok(listed.length > 20, listed.join(', '));
    });
  });

  describe('vsce package with the project\'s public address', () => {
    let copy = '';
    before(() => {
      copy = mkdtempSync(join(tmpdir(), 'one-on-one-listing-'));
      const skip = new Set(['node_modules', '.git', 'out', '.cache', 'test-results']);
      cpSync(root, copy, { recursive: true, filter: (src) => !(src !== root && skip.has(src.slice(root.length + 1))) && !src.endsWith('.vsix') });
    });
    after(() => rmSync(copy, { recursive: true, force: true }));

    /** Packages the copy with no flag, its package.json given the fields `address` adds. */
    function packageWith(address: Record<string, unknown>): Run {
      writeFileSync(join(copy, 'package.json'), JSON.stringify({ ...manifest, ...address }, null, 2) + '\n');
      return runVsce(['package', '-o', 'listing-test.vsix'], copy);
    }
    const complaints = (r: Run) => r.output.split('\n').filter((l) => /WARNING|ERROR|\[y\/N\]/.test(l));

    it('fails without the address, and says the repository is missing', () => {
      const r = packageWith({});
      assert.notEqual(r.status, 0, r.output);
      assert.match(r.output, /repository/i);
    });

    it('passes with no flag and no warning once repository, bugs and homepage are set (a GitHub address)', () => {
      // A test value only: GitHub allows no dot in an owner's name, so this repository can never exist.
      const at = 'https://github.com/example.invalid/one-on-one-coach';
      const r = packageWith({ repository: { type: 'git', url: `${at}.git` }, bugs: { url: `${at}/issues` }, homepage: `${at}#readme` });
      assert.equal(r.status, 0, r.output);
      assert.deepEqual(complaints(r), []);
      assert.match(r.output, /DONE\s+Packaged: listing-test\.vsix/);
    });

    it('passes with no flag and no warning on another host, given where the README\'s links and images live', () => {
      const at = 'https://example.invalid/one-on-one-coach';
      const r = packageWith({
        repository: { type: 'git', url: `${at}.git` }, bugs: { url: `${at}/issues` }, homepage: at,
        vsce: { ...(manifest.vsce as object), baseContentUrl: `${at}/blob/main`, baseImagesUrl: `${at}/raw/main` },
      });
      assert.equal(r.status, 0, r.output);
      assert.deepEqual(complaints(r), []);
    });
  });

  it('npm pack holds the command line and nothing of the extension', () => {
    assert.ok(existsSync(join(root, 'dist', 'cli.js')), 'dist/cli.js is built');
    const r = run('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], root);
    assert.equal(r.status, 0, r.output);
    const packed = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path).sort();
    assert.deepEqual(packed, ['LICENSE', 'README.md', 'dist/cli.js', 'package.json']);
  });
});
