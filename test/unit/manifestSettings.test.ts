// The settings as package.json contributes them: the severity setting knows every check id (made from the
// rule data by scripts/gen-manifest-settings.mjs, with each id's words in package.nls.json), and the settings
// sit under 1:1 Coach in categories whose ids start with the settings' own prefix, so the Settings UI labels
// them without "One On One Coach".
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { allRules } from '../../src/core/checks/registry';
import { SEVERITY_SETTINGS } from '../../src/core/checks/settingsFromRecord';
import { SEVERITY_SETTING_KEY, severityProperties, severityWords, severityWordsKey, withSeverityProperties, withSeverityWords } from '../../src/core/report/manifestSettings';
import { localizedManifest, manifestText as text, manifestWords, nlsText } from './localizedManifest';
import { configurationCategories, settingSchemas } from './manifestSettingSchemas';

const manifest = JSON.parse(text);
type SeveritySchema = { properties: Record<string, { enum: string[]; description: string }>; additionalProperties: unknown };
const severity = settingSchemas(manifest)[SEVERITY_SETTING_KEY] as SeveritySchema;
/** The severity setting with its English words in place. */
const severityShown = settingSchemas(localizedManifest)[SEVERITY_SETTING_KEY] as SeveritySchema;

/** The manifest with the severity setting's keys and additionalProperties left out: what is written by hand. */
function withoutSeverityKeys(m: unknown): unknown {
  const copy = structuredClone(m) as { contributes: { configuration: unknown } };
  for (const c of configurationCategories(copy as never)) {
    const s = (c.properties as Record<string, Record<string, unknown>>)[SEVERITY_SETTING_KEY];
    if (s) { delete s['properties']; delete s['additionalProperties']; }
  }
  return copy;
}

describe('manifest: the severity setting', () => {
  it('is current with the rule data (else run: npm run build)', () => {
    assert.deepEqual(severity.properties, severityProperties(allRules));
    assert.equal(withSeverityProperties(text, allRules), text);
    assert.equal(withSeverityWords(nlsText, allRules), nlsText);
  });

  it('takes every check id and no other key, each set to a severity or off', () => {
    assert.deepEqual(Object.keys(severity.properties).sort(), allRules.map((r) => r.id).sort());
    assert.equal(severity.additionalProperties, false);
    for (const [id, schema] of Object.entries(severity.properties)) assert.deepEqual(schema.enum, [...SEVERITY_SETTINGS], id);
  });

  it("describes each id with its check's title and default severity, through package.nls.json", () => {
    const stale = allRules.find((r) => r.id === 'feedback/stale');
    assert.ok(stale);
    assert.equal(severity.properties['feedback/stale']?.description, '%setting.severity.feedback.stale.description%');
    assert.equal(severityShown.properties['feedback/stale']?.description, `${stale.title} (by default: warning)`);
    for (const rule of allRules) assert.ok(severityShown.properties[rule.id]?.description.startsWith(rule.title), rule.id);
  });

  it("a check added to the rules adds its words to package.nls.json, sorted with the others' and nothing else moved", () => {
    const added = { id: 'aaa/new-check', title: 'A new check', defaultSeverity: 'info' as const };
    const words = JSON.parse(withSeverityWords(nlsText, [...allRules, added])) as Record<string, string>;
    assert.equal(words[severityWordsKey(added.id)], 'A new check (by default: info)');
    const generated = Object.keys(words).filter((k) => k in severityWords([...allRules, added]));
    assert.deepEqual(generated, Object.keys(severityWords([...allRules, added])));
    assert.equal(generated[0], 'setting.severity.aaa.new-check.description');
    // The keys made by hand keep their words and their order.
    const byHand = (w: Record<string, string>) => Object.entries(w).filter(([k]) => !/^setting\.severity\..+\.description$/.test(k));
    assert.deepEqual(byHand(words), byHand(manifestWords));
    // A check taken away takes its words with it.
    const [gone, ...rest] = allRules;
    assert.ok(gone);
    const fewer = JSON.parse(withSeverityWords(nlsText, rest)) as Record<string, string>;
    assert.ok(!(severityWordsKey(gone.id) in fewer) && severityWordsKey(gone.id) in manifestWords);
  });

  it('a check added to the rules changes the generated part only, so the committed file no longer passes', () => {
    const added = { id: 'aaa/new-check', title: 'A new check', defaultSeverity: 'info' as const };
    const regenerated = withSeverityProperties(text, [...allRules, added]);
    assert.notEqual(regenerated, text);
    const parsed = JSON.parse(regenerated);
    assert.deepEqual(settingSchemas(parsed)[SEVERITY_SETTING_KEY]?.['properties'], severityProperties([...allRules, added]));
    assert.deepEqual(withoutSeverityKeys(parsed), withoutSeverityKeys(manifest));
    // Written back in package.json's own layout, with the new id in its sorted place.
    assert.equal(regenerated, `${JSON.stringify(parsed, null, 2)}\n`);
    assert.ok(Object.keys(settingSchemas(parsed)[SEVERITY_SETTING_KEY]?.['properties'] as object)[0] === 'aaa/new-check');
  });

  it('also finds the setting in a manifest with one configuration category', () => {
    const single = { contributes: { configuration: { title: 'x', properties: { [SEVERITY_SETTING_KEY]: { type: 'object' } } } } };
    const out = JSON.parse(withSeverityProperties(JSON.stringify(single, null, 2), allRules.slice(0, 2)));
    assert.deepEqual(Object.keys(out.contributes.configuration.properties[SEVERITY_SETTING_KEY].properties), allRules.slice(0, 2).map((r) => r.id).sort());
    assert.throws(() => withSeverityProperties('{ "contributes": {} }', allRules), /no oneOnOneCoach\.severity setting/);
  });
});

describe('manifest: settings under 1:1 Coach', () => {
  const categories = configurationCategories(localizedManifest);

  it('the Settings UI lists them under the extension, 1:1 Coach, in categories with titles and an order', () => {
    assert.equal(localizedManifest.displayName, '1:1 Coach');
    assert.ok(categories.length > 1, 'categories, so that none is shown under the extension id');
    for (const c of categories) {
      // VS Code drops the part of a setting's key that the category id starts with from its label.
      assert.match(c.id ?? '', /^oneOnOneCoach\.[a-z]+$/, c.title);
      assert.ok(c.title && c.title !== localizedManifest.displayName, `${c.id}: a title of its own`);
      assert.equal(typeof c.order, 'number', c.title);
    }
    assert.deepEqual(categories.map((c) => c.order), [...categories.map((c) => c.order)].sort());
  });

  it('every setting has a place in its category (order) and a markdown description', () => {
    for (const c of categories) {
      const orders = Object.values(c.properties).map((s) => s['order']);
      assert.deepEqual(orders, orders.map((_, i) => i + 1), c.title);
      for (const [key, s] of Object.entries(c.properties)) {
        assert.ok(key.startsWith('oneOnOneCoach.'), key);
        assert.ok(typeof s['markdownDescription'] === 'string', key);
      }
    }
  });

  it('every setting has one type the Settings UI edits (no union of types)', () => {
    for (const [key, s] of Object.entries(settingSchemas(manifest))) {
      assert.equal(typeof s['type'], 'string', key);
      assert.ok(['string', 'integer', 'number', 'boolean', 'object'].includes(s['type'] as string), key);
      if (s['type'] === 'object') assert.notEqual(s['additionalProperties'], undefined, `${key}: the Settings UI needs additionalProperties to edit an object`);
    }
  });
});
