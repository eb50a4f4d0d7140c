// Prepare 1:1 with…, as a manager uses it: hover a person in the People view, click the briefing icon,
// read the briefing beside the editor, and click an item's link to land on that line of the notes.
import { strict as assert } from 'node:assert';
import { sampleCopy, sampleTeamRows, useWorkbench } from './workbench';

describe('Prepare 1:1 with… (what a manager sees)', () => {
  const sample = sampleCopy();
  const workbench = useWorkbench(sample);

  it('opens the briefing from a person\'s inline action in the People view, and a link opens its line', async function () {
    this.timeout(180_000);
    const { page, activityBarItem, screenshot } = workbench();
    await activityBarItem('1:1 Coach').click();
    const people = await sampleTeamRows(page);
    const dana = people.filter({ hasText: 'Dana Kowalski' });
    await dana.hover();
    const icon = dana.locator('.actions .action-label[aria-label^="Prepare 1:1 with"]');
    await icon.waitFor({ state: 'visible' });
    await icon.click();

    await page.locator('.tabs-container .tab.active', { hasText: 'Prepare: Dana Kowalski' }).waitFor({ state: 'visible', timeout: 30_000 });
    const briefing = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await briefing.locator('h1', { hasText: 'Prepare: 1:1 with Dana Kowalski' }).waitFor({ state: 'visible', timeout: 30_000 });
    const parts = await briefing.locator('h2').allInnerTexts();
    assert.deepEqual(parts, ['The meeting', 'What you owe them', 'Open topics', 'Follow-ups', 'Recognition', 'Last time']);
    await screenshot('briefing');

    // The last 1:1's first agenda item links to its line (3) in that 1:1's file.
    const lastOneOnOne = sample.path('one-on-ones/dana-kowalski/2026-11-23.yaml').split('/').pop() as string;
    const item = briefing.locator('li', { hasText: 'Thursday\'s incident, what we learned' });
    const link = item.locator('a');
    assert.match(await link.innerText(), /, line 3$/);
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await page.locator('.tabs-container .tab.active', { hasText: lastOneOnOne }).waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('.statusbar-item', { hasText: 'Ln 3, Col 1' }).waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal(await page.locator('.tabs-container .tab', { hasText: 'Prepare: Dana Kowalski' }).count(), 1, 'the briefing stays open beside it');
    await screenshot('briefing-link');
    assert.deepEqual(workbench().activationFailures(), []);
  });

  it('opens a briefing from the Command Palette by typing a name in the pick, and the same command twice shows the one panel', async function () {
    this.timeout(180_000);
    const { page, runCommand, screenshot } = workbench();
    const widget = page.locator('.quick-input-widget');
    const focused = widget.locator('.quick-input-list .monaco-list-row.focused');
    const benTabs = page.locator('.tabs-container .tab', { hasText: 'Prepare: Ben Hughes' });
    // Start from an empty window, so that Ben's briefing is the one webview on the page.
    await runCommand('View: Close All Editor Groups');
    await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached' });
    for (const round of [1, 2]) {
      await runCommand('1:1 Coach: Prepare 1:1 with…');
      await widget.locator('.quick-input-title').filter({ hasText: 'Prepare 1:1 with' }).waitFor({ state: 'visible' });
      await page.keyboard.type('ben');
      await focused.filter({ hasText: 'Ben Hughes' }).waitFor({ state: 'visible' });
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: 'Prepare: Ben Hughes' }).waitFor({ state: 'visible', timeout: 30_000 });
      const briefing = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      await briefing.locator('h1', { hasText: 'Prepare: 1:1 with Ben Hughes' }).waitFor({ state: 'visible', timeout: 30_000 });
      assert.equal(await benTabs.count(), 1, `round ${round}: one briefing for Ben`);
      await screenshot(`briefing-palette-${round}`);
    }
    assert.deepEqual(workbench().activationFailures(), []);
  });
});
