// Plain words on the first run: the walkthrough and the People welcome show no literal backtick and
// cut nothing off; opening Needs Attention completes its walkthrough step; once a notes folder exists
// the welcome stops offering to create one.
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { useWorkbench } from './workbench';

/** A folder without notes, as a manager's repository looks before the first run. */
function emptyWorkspace(): string {
  const folder = mkdtempSync(join(tmpdir(), 'one-on-one-plain-words-'));
  writeFileSync(join(folder, 'README.md'), '# Team notes\n');
  return folder;
}

/** Elements among `items` whose text does not fit their box (an ellipsis, a clamped line): cut off. */
async function cutOff(items: Locator): Promise<string[]> {
  return items.evaluateAll((els) => els
    .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
    .map((el) => el.textContent ?? ''));
}

describe('plain words on the first run', () => {
  const workbench = useWorkbench(emptyWorkspace());

  it('shows the walkthrough without backticks, and opening Needs Attention completes its step', async () => {
    const { page, runCommand, activityBarItem, screenshot } = workbench();
    await runCommand('Welcome: Open Walkthrough');
    await page.locator('.quick-input-widget input').fill('Get started with 1:1 Coach');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with 1:1 Coach' }).first().click();
    const steps = page.locator('.gettingStartedContainer .getting-started-step');
    // Each step's check mark carries data-done-step-id and, once the step is done, the class complete.
    const coachingDone = page.locator('.gettingStartedContainer [data-done-step-id$="coaching"]');
    await steps.first().waitFor({ state: 'visible' });
    await coachingDone.waitFor({ state: 'attached' });
    assert.equal(await coachingDone.evaluate((el) => el.classList.contains('complete')), false, 'not done before the view was opened');
    await screenshot('walkthrough');
    const slide = page.locator('.gettingStartedContainer .gettingStartedSlideDetails');
    const text = (await slide.textContent()) ?? '';
    assert.match(text, /Create your notes folder/);
    assert.ok(!text.includes('`'), `no backtick in the walkthrough: ${text}`);
    assert.deepEqual(await cutOff(page.locator('.gettingStartedContainer').locator('.subtitle, .max-lines-3, .getting-started-step .step-title')), [], 'no title or description is cut off');

    // Opening the 1:1 Coach side bar shows Needs Attention, as its step asks.
    await activityBarItem('1:1 Coach').click();
    await page.locator('.part.sidebar .pane-header', { hasText: 'Needs Attention' }).waitFor({ state: 'visible' });
    await page.locator('.gettingStartedContainer [data-done-step-id$="coaching"].complete').waitFor({ state: 'attached', timeout: 60_000 });
    await screenshot('walkthrough-attention-step-done');
  });

  it('shows the welcome without backticks, and stops offering a notes folder once there is one', async () => {
    const { page, screenshot } = workbench();
    const welcome = page.locator('.part.sidebar .welcome-view-content').first();
    await welcome.locator('.monaco-button', { hasText: 'Create Notes Folder' }).waitFor({ state: 'visible' });
    await screenshot('welcome-no-notes');
    const before = await welcome.innerText();
    assert.match(before, /No 1:1 notes in this workspace yet/);
    assert.ok(!before.includes('`'), `no backtick in the welcome: ${before}`);
    assert.deepEqual(await cutOff(welcome.locator('p')), [], 'no line of the welcome is cut off');

    await welcome.locator('.monaco-button', { hasText: 'Create Notes Folder' }).click();
    const ready = page.locator('.part.sidebar .welcome-view-content', { hasText: 'Your notes folder is ready' });
    await ready.waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot('welcome-notes-folder-exists');
    assert.equal(await page.locator('.part.sidebar .welcome-view-content .monaco-button', { hasText: 'Create Notes Folder' }).count(), 0);
    assert.equal(await ready.locator('.monaco-button', { hasText: 'Add a Person' }).count(), 1);
  });
});
