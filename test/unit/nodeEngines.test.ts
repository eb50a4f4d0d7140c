import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

// out/test/unit/ → project root
const root = join(__dirname, '..', '..', '..');
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(root, name), 'utf8'));
const manifest = readJson('package.json') as { engines: { node: string } };
const lock = readJson('package-lock.json') as { packages: Record<string, { engines?: { node?: string } | string[] }> };
const declared = manifest.engines.node;

/** The packages whose declared Node range does not hold every Node the project declares: npm warns EBADENGINE for them. */
function narrowerThanDeclared(range: string): string[] {
  return Object.entries(lock.packages).flatMap(([path, entry]) => {
    const wanted = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
    return path !== '' && wanted && !semver.subset(range, wanted) ? [`${path.replace(/^.*node_modules\//, '')} wants ${wanted}`] : [];
  });
}

describe('one Node for the project and its tools', () => {
  it('the Node running these tests is one the project declares', () => {
    assert.ok(semver.satisfies(process.version, declared), `Node ${process.version} is outside engines.node ${declared}`);
  });

  it('the lock file records the same engines as package.json', () => {
    const lockRoot = lock.packages[''] as { engines?: { node?: string } };
    assert.equal(lockRoot.engines?.node, declared);
  });

  it('every installed package accepts every Node the project declares, so npm ci prints no engine warning', () => {
    assert.ok(Object.keys(lock.packages).length > 100, 'the lock file lists the installed packages');
    assert.deepEqual(narrowerThanDeclared(declared), []);
  });

  it('the check names a package that wants a newer Node than the project declares', () => {
    assert.ok(narrowerThanDeclared('>=18').some((line) => line.startsWith('@vscode/vsce wants')));
  });
});
