// Every dependency with an install script has a decision in package.json's allowScripts, so npm ci
// prints no "install scripts not yet covered by allowScripts" warning (the README's Install scripts).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'mocha';

// out/test/unit/ → project root
const root = join(__dirname, '..', '..', '..');
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(root, name), 'utf8'));
const manifest = readJson('package.json') as { allowScripts?: Record<string, boolean> };
const lock = readJson('package-lock.json') as { packages: Record<string, { version?: string; hasInstallScript?: boolean }> };

/** The installed packages with an install script that the policy says nothing about, as name@version. */
function undecided(policy: Record<string, boolean>): string[] {
  return Object.entries(lock.packages).flatMap(([path, entry]) => {
    if (!entry.hasInstallScript) return [];
    const name = path.replace(/^.*node_modules\//, '');
    return name in policy || `${name}@${entry.version}` in policy ? [] : [`${name}@${entry.version}`];
  });
}

describe('install scripts', () => {
  it('every dependency with an install script has a decision in allowScripts', () => {
    assert.deepEqual(undecided(manifest.allowScripts ?? {}), []);
  });

  it('the check names a dependency whose install script has no decision', () => {
    assert.ok(undecided({}).some((p) => p.startsWith('esbuild@')), undecided({}).join(', '));
  });

  it('no install script runs: the build and vsce package need none of them', () => {
    assert.deepEqual(Object.entries(manifest.allowScripts ?? {}).filter(([, allowed]) => allowed), []);
  });
});
