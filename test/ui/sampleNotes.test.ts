// Open Sample Notes in a window with no folder: the manager gets their own writable copy of the sample
// team, dated to read as of today, with the same findings the command line gives the sample on its day.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkNotesRoot } from '../../src/core/workspace/checkFolder';
import { DEFAULT_SETTINGS } from '../../src/core/checks/settings';
import { todayIso } from '../../src/core/dates';
import { copyFolderName, SAMPLE_DAY, sampleShiftDays, shiftDates } from '../../src/core/sample/sampleCopy';
import { projectRoot, useWorkbench } from './workbench';

/**
 * How many findings the command line gives the sample on its day that the Problems view counts:
 * errors, warnings and infos (VS Code shows hints in the editor only, never in Problems).
 */
function sampleProblemCount(): number {
  const { findings } = checkNotesRoot(join(projectRoot, 'examples', 'notes', 'one-on-ones'), { today: SAMPLE_DAY, settings: DEFAULT_SETTINGS });
  return findings.filter((f) => f.severity !== 'hint').length;
}

describe('Open Sample Notes (what a manager sees)', () => {
  const workbench = useWorkbench(); // a window with no folder open
  const today = todayIso();
  const person = 'one-on-ones/chen-wei/person.yaml';
  let copy = '';

  it('opens a copy of the sample in this window; a file of it can be edited and saved', async function () {
    this.timeout(180_000); // the window loads twice
    const { page, activityBarItem, runCommand, openFile, screenshot, runDir } = workbench();
    // The extension's icon shows once its commands are known to the palette.
    await activityBarItem('1:1 Coach').waitFor({ state: 'visible', timeout: 120_000 });
    await runCommand('1:1 Coach: Open Sample Notes');
    // The window opens the copy in place of the empty workspace.
    await page.waitForURL(/[?&]folder=/, { timeout: 60_000 });
    copy = decodeURIComponent(new URL(page.url()).searchParams.get('folder') ?? '');
    assert.equal(copy, join(runDir, 'ud', 'User', 'globalStorage', 'one-on-one-coach.one-on-one-coach', 'samples', copyFolderName(today)));
    await page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: 60_000 });

    // Chen's person file, with a note of the manager's own at the end, saved with Ctrl+S.
    await openFile(person);
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('# Asked about his mentor: they meet on Thursdays.');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'visible' });
    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.active:not(.dirty)', { hasText: 'person.yaml' }).waitFor({ state: 'visible' });
    await screenshot('sample-copy-saved');
    const toasts = await page.locator('.notifications-toasts').allInnerTexts();
    assert.ok(!toasts.some((t) => /read-?only|failed to save|cannot|unable/i.test(t)), `notifications: ${toasts.join(' | ')}`);
    assert.match(readFileSync(join(copy, person), 'utf8'), /\n# Asked about his mentor: they meet on Thursdays\.$/);
  });

  it('counts in Problems what the command line finds in the sample on its day', async () => {
    const { page, activityBarItem, runCommand, screenshot } = workbench();
    const expected = sampleProblemCount();
    // The count badge sits over the icon and takes the pointer; the click reaches the icon through it.
    await activityBarItem('1:1 Coach').click({ force: true });
    const attention = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'Needs Attention' }) }).locator('.monaco-list-row');
    await attention.first().waitFor({ state: 'visible', timeout: 60_000 });
    await runCommand('View: Focus Problems');
    // The planted skipped stage, under the copy's name for Ben's 1:1 of 17 November: its date moved to today's terms.
    const planted = shiftDates('2026-11-17.yaml', sampleShiftDays(today));
    await page.locator('.markers-panel .monaco-list-row', { hasText: planted }).first().waitFor({ state: 'visible', timeout: 60_000 });
    const badge = page.locator('.part.panel .action-item', { hasText: 'Problems' }).locator('.badge-content');
    await badge.filter({ hasText: new RegExp(`^${expected}$`) }).waitFor({ state: 'visible', timeout: 30_000 }).catch(() => undefined);
    await screenshot('sample-copy-problems');
    assert.equal(Number(await badge.innerText()), expected, 'the Problems count');
    assert.deepEqual(workbench().activationFailures(), []);
  });

  it('offers the changed copy again, beside a fresh one, and writes over nothing', async () => {
    const { page, runCommand, screenshot } = workbench();
    await runCommand('1:1 Coach: Open Sample Notes');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.first().waitFor({ state: 'visible' });
    await screenshot('sample-copy-offered');
    const labels = await rows.allInnerTexts();
    assert.match(labels[0] ?? '', /Open my changed copy/);
    assert.match(labels[1] ?? '', /Start a fresh copy/);
    await page.keyboard.press('Escape');
    assert.match(readFileSync(join(copy, person), 'utf8'), /# Asked about his mentor/);
  });
});
