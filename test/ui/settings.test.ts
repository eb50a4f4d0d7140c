// The settings as a manager meets them in the Settings UI: under Extensions, 1:1 Coach holds Notes and
// Checks, each setting labelled by its own name; Default Cadence is a text box that says what it takes;
// Severity is a table whose Item list offers the check ids. The manifest's words are read from
// package.nls.json, where the manifest takes them from.
import { strict as assert } from 'node:assert';
import { allRules } from '../../src/core/checks/registry';
import { manifestWords } from '../unit/localizedManifest';
import { useWorkbench } from './workbench';

/** A word of the manifest, by its package.nls.json key. */
function word(key: string): string {
  const text = manifestWords[key];
  assert.ok(text, `package.nls.json has ${key}`);
  return text;
}

describe('the settings in the Settings UI (what a manager sees)', () => {
  const workbench = useWorkbench(undefined);

  it('1:1 Coach lists Notes and Checks, with labels free of the key prefix; Default Cadence is a text box that says what it takes', async () => {
    const { page, runCommand, screenshot } = workbench();
    await runCommand('Preferences: Open Settings (UI)');
    const toc = page.locator('.settings-editor .settings-toc-container .monaco-list-row');
    await toc.filter({ hasText: 'Extensions' }).first().click();
    await toc.filter({ hasText: word('displayName') }).first().click();
    await toc.filter({ hasText: word('configuration.checks.title') }).first().waitFor({ state: 'visible' });
    const titles = page.locator('.settings-editor .settings-tree-container .setting-item-title');
    await titles.filter({ hasText: 'Notes Root' }).first().waitFor({ state: 'visible' });
    const shown = await titles.allInnerTexts();
    assert.deepEqual(shown.slice(0, 4).map((t) => t.trim()), ['Notes Root', 'Cache: Enabled', 'Default Cadence', 'Cadence Grace Days']);
    assert.ok(!shown.some((t) => /One On One Coach/i.test(t)), shown.join(' | '));
    await page.locator('.settings-editor .settings-tree-container h3, .settings-editor .settings-tree-container .settings-group-title-label', { hasText: word('configuration.checks.title') }).first().waitFor({ state: 'visible' });
    await screenshot('settings-under-coach');

    const cadence = page.locator('.settings-editor .setting-item-contents', { has: page.locator('.setting-item-label', { hasText: 'Default Cadence' }) }).first();
    const box = cadence.locator('input');
    await box.fill('fortnightly');
    const message = cadence.locator('.setting-item-validation-message');
    await message.filter({ hasText: word('setting.defaultCadence.patternErrorMessage') }).waitFor({ state: 'visible' });
    await screenshot('settings-default-cadence-refused');
    await box.fill('10');
    await message.filter({ hasText: word('setting.defaultCadence.patternErrorMessage') }).waitFor({ state: 'hidden' });
  });

  it('Severity is edited in a table whose Item list offers every check id', async () => {
    const { page, screenshot } = workbench();
    await page.locator('.settings-editor .search-container').first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('oneOnOneCoach.severity');
    // The list is drawn again as the search narrows: click once it has settled on the one setting.
    await page.locator('.settings-editor').getByText('1 Setting Found').waitFor({ state: 'visible' });
    const severity = page.locator('.settings-editor .setting-item-contents', { has: page.locator('.setting-item-label', { hasText: 'Severity' }) }).first();
    const ids = severity.locator('.setting-list-object-input-key select option');
    // Add Item opens a row whose Item list offers the ids. A click that lands while the Settings UI is still
    // redrawing the setting opens nothing (a person clicks again), so click until the row is there.
    for (let attempt = 1; (await ids.count()) === 0; attempt++) {
      await severity.getByText('Add Item').click();
      try {
        await ids.first().waitFor({ state: 'attached', timeout: 5_000 });
      } catch (e) {
        if (attempt === 5) throw e;
      }
    }
    assert.deepEqual(await ids.evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value)), allRules.map((r) => r.id).sort());
    const levels = severity.locator('.setting-list-object-input-value select option');
    assert.deepEqual(await levels.evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value)), ['error', 'warning', 'info', 'hint', 'off']);
    await screenshot('settings-severity-ids');
  });
});
