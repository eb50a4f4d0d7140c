// The manifest's words come from package.nls.json, so that a package.nls.<locale>.json translates them:
// every "%key%" in package.json has its English words there, and every key there is used.
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { localize, manifestText, manifestWords, NLS_PLACEHOLDER, placeholders } from './localizedManifest';

const manifest = JSON.parse(manifestText) as Record<string, unknown>;
const used = placeholders(manifest);

/** The manifest's strings a manager reads, by where they are: each must be a %key%. */
const WORDS = /\/(displayName|description|markdownDescription|patternErrorMessage|title|name|contextualTitle|category|contents|label|altText)$/;

describe('manifest: words from package.nls.json', () => {
  it('every %key% in package.json resolves in package.nls.json', () => {
    assert.ok(used.length > 50, `${used.length} keys`);
    const missing = used.filter((u) => !(u.key in manifestWords));
    assert.deepEqual(missing, []);
  });

  it('every key of package.nls.json is used in package.json, and is one VS Code can read', () => {
    const keys = new Set(used.map((u) => u.key));
    assert.deepEqual(Object.keys(manifestWords).filter((k) => !keys.has(k)), []);
    for (const key of Object.keys(manifestWords)) assert.match(`%${key}%`, NLS_PLACEHOLDER, key);
  });

  it('no word a manager reads is left in package.json itself', () => {
    const strings = (value: unknown, path = ''): [string, string][] =>
      typeof value === 'string' ? [[path, value]] : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => strings(v, `${path}/${k}`)) : [];
    const contributed = strings({ displayName: manifest['displayName'], description: manifest['description'], capabilities: manifest['capabilities'], contributes: manifest['contributes'] });
    // A problem matcher's name and a view's id are ids, not words.
    const plain = contributed.filter(([path, text]) => WORDS.test(path) && !/problemMatchers\/\d+\/name$/.test(path) && !NLS_PLACEHOLDER.test(text));
    assert.deepEqual(plain, []);
    const lists = contributed.filter(([path, text]) => /\/(enumDescriptions|markdownEnumDescriptions)\/\d+$/.test(path) && !NLS_PLACEHOLDER.test(text));
    assert.deepEqual(lists, []);
  });

  it('a key missing from package.nls.json is found', () => {
    const broken = { contributes: { commands: [{ command: 'x', title: '%command.noSuchCommand%' }] } };
    assert.deepEqual(placeholders(broken).filter((u) => !(u.key in manifestWords)), [{ path: '/contributes/commands/0/title', key: 'command.noSuchCommand' }]);
    assert.equal(localize(broken).contributes.commands[0]?.title, '%command.noSuchCommand%');
  });
});
