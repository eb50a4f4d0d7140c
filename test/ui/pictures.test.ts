// The team at a glance, a person's history and your coaching habits, as a manager uses them: from the
// People view's title, a name in the picture, the palette; in a light theme, then a dark one; a mark that
// opens its line; the panel back after a reload; and no request outside the page's own files.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page, Request } from 'playwright-core';
import { parse } from 'yaml';
import { sampleCopy, sampleTeamRows, sideBarPane, useWorkbench, type SampleCopy } from './workbench';

/** Every feedback item written in the sample copy's YAML. */
function feedbackInSample(sample: SampleCopy): number {
  const root = join(sample.folder, 'one-on-ones');
  let count = 0;
  for (const person of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.'))) {
    for (const name of readdirSync(join(root, person.name))) {
      if (!name.endsWith('.yaml') || name === 'person.yaml') continue;
      const data = parse(readFileSync(join(root, person.name, name), 'utf8')) as { feedback?: unknown[] } | null;
      count += data?.feedback?.length ?? 0;
    }
  }
  return count;
}

/** The page inside the pictures' panel. */
function picturesPage(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

async function shownView(page: Page, view: string, timeout = 30_000): Promise<void> {
  await picturesPage(page).locator(`main#pictures[data-view="${view}"]`).waitFor({ state: 'attached', timeout });
}

describe('Team at a Glance (what a manager sees)', () => {
  const sample = sampleCopy();
  const workbench = useWorkbench(sample);
  const requests: Request[] = [];

  it('opens from the People view: a row per person, a mark per feedback item, and a mark opens its line', async function () {
    this.timeout(240_000);
    const { page, activityBarItem, screenshot } = workbench();
    page.context().on('request', (r) => requests.push(r));
    await activityBarItem('1:1 Coach').click();
    await sampleTeamRows(page);
    const people = sideBarPane(page, 'People');
    await people.locator('.pane-header').hover();
    await people.locator('.pane-header .action-label[aria-label="Team at a Glance"]').click();
    await page.locator('.tabs-container .tab.active', { hasText: 'Team at a Glance' }).waitFor({ state: 'visible', timeout: 30_000 });
    await shownView(page, 'overview');
    const pictures = picturesPage(page);
    const rows = pictures.locator('[data-person-row]');
    await rows.first().waitFor({ state: 'visible' });
    assert.equal(await rows.count(), 4, 'one row per person of the sample team');
    const marks = pictures.locator('.feedback-mark');
    assert.equal(await marks.count(), feedbackInSample(sample), 'one mark per feedback item of the sample');
    assert.ok(await pictures.locator('.feedback-mark[data-state="waiting"]').count() >= 1, 'feedback not given yet shows, hollow');
    assert.ok(await pictures.locator('.week-cell[data-state="missed"]').count() >= 1, 'a missed week shows');
    await screenshot('pictures-overview-light');

    // Amara's feedback not given yet: a click opens the line it was written on, beside the panel.
    const mark = pictures.locator('[data-person-row="amara-okafor"] .feedback-mark[data-state="waiting"]').first();
    const file = await mark.getAttribute('data-file');
    const line = Number(await mark.getAttribute('data-line'));
    assert.ok(file && line > 0, 'the mark names its file and line');
    await mark.click();
    const name = file.split('/').pop() as string;
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col 1` }).waitFor({ state: 'visible', timeout: 15_000 });
    const text = readFileSync(join(sample.folder, 'one-on-ones', file), 'utf8').split(/\r?\n/)[line - 1] ?? '';
    assert.match(text, /kind:|observed:|given:|- /, `line ${line} of ${file} holds the feedback item: ${text}`);
    assert.equal(await page.locator('.tabs-container .tab', { hasText: 'Team at a Glance' }).count(), 1, 'the panel stays open beside it');
    await screenshot('pictures-mark-opens-line');
  });

  it('opens a person\'s history from their name, and picks a range', async function () {
    this.timeout(120_000);
    const { page, screenshot } = workbench();
    await page.locator('.tabs-container .tab', { hasText: 'Team at a Glance' }).click();
    await shownView(page, 'overview');
    const pictures = picturesPage(page);
    await pictures.locator('[data-person-row="ben-hughes"] button', { hasText: 'Ben Hughes' }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: 'History: Ben Hughes' }).waitFor({ state: 'visible', timeout: 30_000 });
    await shownView(page, 'timeline');
    await pictures.locator('[data-range="1y"]').click();
    await pictures.locator('[data-range="1y"][aria-pressed="true"]').waitFor({ state: 'visible' });
    await screenshot('pictures-history-light');
  });

  it('shows your coaching habits from the palette, a signal per habit', async function () {
    this.timeout(120_000);
    const { page, runCommand, screenshot } = workbench();
    await runCommand('1:1 Coach: Your Coaching Habits');
    await page.locator('.tabs-container .tab.active', { hasText: 'Your Coaching Habits' }).waitFor({ state: 'visible', timeout: 30_000 });
    await shownView(page, 'habits');
    assert.equal(await picturesPage(page).locator('[data-habit]').count(), 7);
    await screenshot('pictures-habits-light');
  });

  it('draws the same in a dark theme', async function () {
    this.timeout(180_000);
    const { page, runCommand, screenshot } = workbench();
    await page.locator('.monaco-workbench.vs').waitFor({ state: 'attached' });
    // Preferences: Color Theme, as a person picks it: the palette, the row of that very command, the theme typed.
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>Preferences: Color Theme');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: /Preferences: Color Theme(?!s)/ }).first().click();
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dark Modern' }).first().waitFor({ state: 'visible' });
    await page.keyboard.type('Dark Modern');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Dark Modern' }).waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await page.locator('.monaco-workbench.vs-dark').waitFor({ state: 'attached', timeout: 30_000 });
    await shownView(page, 'habits');
    await screenshot('pictures-habits-dark');
    await runCommand('1:1 Coach: Team at a Glance');
    await page.locator('.tabs-container .tab.active', { hasText: 'Team at a Glance' }).waitFor({ state: 'visible', timeout: 30_000 });
    await shownView(page, 'overview');
    const pictures = picturesPage(page);
    assert.equal(await pictures.locator('[data-person-row]').count(), 4);
    assert.equal(await pictures.locator('.feedback-mark').count(), feedbackInSample(sample));
    await screenshot('pictures-overview-dark');
    await pictures.locator('[data-person-row="dana-kowalski"] button', { hasText: 'Dana Kowalski' }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: 'History: Dana Kowalski' }).waitFor({ state: 'visible', timeout: 30_000 });
    await shownView(page, 'timeline');
    await screenshot('pictures-history-dark');
  });

  it('comes back after a reload, showing what it showed', async function () {
    this.timeout(180_000);
    const { page, runCommand } = workbench();
    await page.locator('.tabs-container .tab.active', { hasText: 'History: Dana Kowalski' }).waitFor({ state: 'visible' });
    // Reload as a person does (Developer: Reload Window): VS Code shuts the window down in order and keeps
    // each panel's state (a browser reload can cut that short).
    const loaded = page.waitForEvent('load');
    await runCommand('Developer: Reload Window');
    await loaded;
    await page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: 60_000 });
    await page.locator('.tabs-container .tab', { hasText: 'History: Dana Kowalski' }).click({ timeout: 60_000 });
    // After a reload the extension starts again, and loads the notes, before the panel has its picture.
    await shownView(page, 'timeline', 120_000);
    await picturesPage(page).locator('[data-range="1y"][aria-pressed="true"]').waitFor({ state: 'visible', timeout: 30_000 });
  });

  it('makes no request outside its own files', () => {
    console.log(`      ${requests.length} requests; the panel's: ${[...new Set(requests.filter((r) => /vscode-cdn|webview|vscode-resource/.test(r.url())).map((r) => r.url().replace(/\?.*/, '').replace(/^(https?:\/\/[^/]+).*(\/[^/]+)$/, '$1…$2')))].join(' ')}`);
    const fromPictures = requests.filter((r) => /vscode-cdn\.net|\/webview\/|vscode-resource/.test(r.url()) || /vscode-cdn\.net/.test(r.frame()?.url() ?? ''));
    assert.ok(fromPictures.length > 0, 'the panel\'s requests were seen');
    const allowed = (url: string) => /\/out\/vs\/workbench\/contrib\/webview\/browser\/pre\//.test(url) || /\/media\/pictures\.(js|css)(\?|$)/.test(url) || /vscode-remote-resource\?path=[^&]*%2Fmedia%2Fpictures\.(js|css)/.test(url);
    const other = fromPictures.map((r) => r.url()).filter((u) => !allowed(u));
    assert.deepEqual(other, [], 'every request of the panel is for its page or its media files');
    assert.deepEqual(requests.map((r) => r.url()).filter((u) => !u.startsWith('http://127.0.0.1') && !u.startsWith('https://') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  });
});
