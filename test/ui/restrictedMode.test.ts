// Restricted Mode as a manager meets it: a notes repository VS Code does not trust (say, one just
// cloned). The side bar still shows the team and what needs attention; nothing that writes is offered,
// in the views or in the Command Palette; and no cache is written into the folder.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sampleCopy, sampleTeamRows, sideBarPane, useWorkbench } from './workbench';

describe('Restricted Mode (a notes folder VS Code does not trust)', () => {
  const copy = sampleCopy();
  const workbench = useWorkbench(copy, { untrusted: true });

  it('the People view shows the team; no command that writes is offered, and no cache is written', async () => {
    const { page, activityBarItem, screenshot, runCommand } = workbench();
    await page.locator('.part.banner', { hasText: 'Restricted Mode' }).waitFor({ state: 'visible' });
    await activityBarItem('1:1 Coach').click();
    const pane = (name: string) => sideBarPane(page, name);
    const people = await sampleTeamRows(page);
    await pane('Needs Attention').locator('.monaco-list-row').first().waitFor({ state: 'visible' });

    // The view's own buttons: Refresh (it only reads) is there, New 1:1 and Add Person are not.
    await pane('People').locator('.pane-header').hover();
    const titleActions = pane('People').locator('.pane-header .actions .action-label');
    await titleActions.filter({ has: page.locator('xpath=self::*[@aria-label="Refresh"]') }).first().waitFor({ state: 'visible' });
    const titles = await titleActions.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    assert.ok(!titles.some((t) => /New 1:1|Add Person/.test(t)), `view buttons: ${titles.join(', ')}`);
    // A person's row offers no New 1:1 button either (in a trusted folder it shows on hover).
    const ben = people.filter({ hasText: 'Ben Hughes' });
    await ben.hover();
    const rowActions = await ben.locator('.actions .action-label').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    assert.ok(!rowActions.some((t) => /New 1:1|Log Feedback|Time Away/.test(t)), `row buttons: ${rowActions.join(', ')}`);
    await screenshot('restricted-mode-people');
    // The briefing only reads: it is offered.
    assert.ok(rowActions.some((t) => t.startsWith('Prepare 1:1 with')), `row buttons: ${rowActions.join(', ')}`);

    // The Command Palette lists what reads, and nothing that writes.
    await runCommand('1:1 Coach: Show Needs Attention');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'hidden' });
    // The view takes the focus a moment after the command ran, which closes a palette opened in between:
    // as a person would, open it again.
    for (let attempt = 1; ; attempt += 1) {
      await page.keyboard.press('F1');
      try {
        await input.fill('>1:1 Coach: ', { timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.filter({ hasText: 'Show Check Documentation' }).waitFor({ state: 'visible' });
    const offered = await rows.allInnerTexts();
    assert.ok(offered.some((t) => t.includes('Refresh')), offered.join(' | '));
    for (const writes of ['New 1:1 with', 'Log Feedback Now', 'Add Person', 'Create Notes Folder', 'Mark Time Away', 'Open Sample Notes']) {
      assert.ok(!offered.some((t) => t.includes(writes)), `${writes} is not offered: ${offered.join(' | ')}`);
    }
    await screenshot('restricted-mode-palette');
    await page.keyboard.press('Escape');

    assert.equal(existsSync(join(copy.folder, 'one-on-ones', '.one-on-one-coach')), false, 'no cache in an untrusted folder');
    assert.deepEqual(workbench().activationFailures(), []);
  });
});
