// Copy Shareable Agenda for… as a manager runs it on the sample team: from the palette by typing, the
// person picked by typing part of the name, then pasted into a new editor, as into a message to them.
import { strict as assert } from 'node:assert';
import { sampleCopy, sampleTeamRows, useWorkbench } from './workbench';

describe('Shareable agenda (what a manager does)', () => {
  const workbench = useWorkbench(sampleCopy());

  it('copies the agenda for the person picked by typing; pasted, it reads as a message to them, nothing private in it', async function () {
    this.timeout(120_000);
    const { page, activityBarItem, runCommand, screenshot } = workbench();
    // The page may use the clipboard, as a person's browser lets VS Code do once asked.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await activityBarItem('1:1 Coach').waitFor({ state: 'visible', timeout: 120_000 });

    await runCommand('1:1 Coach: Copy Shareable Agenda');
    const widget = page.locator('.quick-input-widget');
    await widget.locator('.quick-input-list .monaco-list-row', { hasText: 'Ben Hughes' }).waitFor({ state: 'visible', timeout: 60_000 });
    await page.keyboard.type('ben');
    const focused = widget.locator('.quick-input-list .monaco-list-row.focused');
    await focused.filter({ hasText: 'Ben Hughes' }).waitFor({ state: 'visible' });
    assert.equal(await widget.locator('.quick-input-list .monaco-list-row').count(), 1, 'typing filters the people to Ben');
    await page.keyboard.press('Enter');

    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Ben Hughes' });
    await toast.waitFor({ state: 'visible' });
    assert.match(await toast.innerText(), /^1:1 Coach: agenda for Ben Hughes copied; nothing private in it\.$/m);
    await screenshot('agenda-copied');

    // A new editor, the agenda pasted in, lines wrapped so that the whole of each shows.
    await page.keyboard.press('Control+N');
    await page.locator('.tabs-container .tab.active', { hasText: 'Untitled' }).waitFor({ state: 'visible' });
    await page.keyboard.press('Control+V');
    const lines = page.locator('.monaco-editor .view-lines').first();
    await page.locator('.tabs-container .tab.active', { hasText: 'Our next 1:1' }).waitFor({ state: 'visible' });
    await page.keyboard.press('Alt+Z');
    await page.keyboard.press('Control+Home');
    await lines.filter({ hasText: 'Hi Ben' }).waitFor({ state: 'visible' });
    await toast.locator('.codicon-notifications-clear').click().catch(() => undefined);
    await screenshot('agenda');

    const shown = (await lines.innerText()).replace(/\u00a0/g, ' ');
    assert.match(shown, /# Our next 1:1/);
    assert.match(shown, /## To talk about/);
    assert.match(shown, /## Open actions/);
    // Ben's private note (a plan went too far, too fast) stays with the manager.
    assert.doesNotMatch(shown, /I went straight to a plan|Not sure that was fair/);
  });

  it('opens the agenda from the icon on a person in People: a new, unsaved Markdown document', async function () {
    this.timeout(120_000);
    const { page, activityBarItem, screenshot } = workbench();
    await activityBarItem('1:1 Coach').click({ force: true });
    const dana = (await sampleTeamRows(page)).filter({ hasText: 'Dana Kowalski' });
    await dana.hover();
    const icon = dana.locator('.actions .action-label[aria-label^="Open Shareable Agenda"]');
    await icon.waitFor({ state: 'visible' });
    await screenshot('agenda-people-icon');
    await icon.click();

    await page.locator('.tabs-container .tab.active', { hasText: 'Our next 1:1' }).waitFor({ state: 'visible' });
    await page.locator('.part.statusbar .statusbar-item', { hasText: 'Markdown' }).waitFor({ state: 'visible' });
    const lines = page.locator('.monaco-editor .view-lines').first();
    await lines.filter({ hasText: 'Hi Dana' }).waitFor({ state: 'visible' });
    // Lines stay wrapped (Alt+Z above), and the row's tooltip goes once the pointer leaves it.
    await lines.hover();
    await page.locator('.monaco-hover, .workbench-hover-container').first().waitFor({ state: 'hidden' }).catch(() => undefined);
    await screenshot('agenda-open-from-people');
    assert.match(await page.locator('.tabs-container .tab.active').innerText(), /Untitled/);
    assert.deepEqual(workbench().activationFailures(), []);
  });
});

describe('Shareable agenda in Restricted Mode (a notes folder VS Code does not trust)', () => {
  const workbench = useWorkbench(sampleCopy(), { untrusted: true });

  it('Open Shareable Agenda for… is offered and works: it only reads the notes and writes nothing', async function () {
    this.timeout(120_000);
    const { page, activityBarItem, runCommand, screenshot } = workbench();
    await page.locator('.part.banner', { hasText: 'Restricted Mode' }).waitFor({ state: 'visible' });
    await activityBarItem('1:1 Coach').waitFor({ state: 'visible', timeout: 120_000 });
    await runCommand('1:1 Coach: Open Shareable Agenda');
    const widget = page.locator('.quick-input-widget');
    await widget.locator('.quick-input-list .monaco-list-row', { hasText: 'Chen Wei' }).waitFor({ state: 'visible', timeout: 60_000 });
    await page.keyboard.type('chen');
    await widget.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Chen Wei' }).waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines').first().filter({ hasText: 'Hi Chen' }).waitFor({ state: 'visible' });
    await page.locator('.part.statusbar .statusbar-item', { hasText: 'Markdown' }).waitFor({ state: 'visible' });
    await screenshot('agenda-restricted-mode');
    assert.deepEqual(workbench().activationFailures(), []);
  });
});
