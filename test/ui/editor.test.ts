// What a manager sees in the editor: Problems, a hover, the quick-fix menu and the template picker,
// each with a screenshot under test-results/.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { sampleCopy, useWorkbench } from './workbench';

describe('in the editor (what a manager sees)', () => {
  // The sample team, its dates moved to today: the same findings, and the same pictures, on any day.
  const sample = sampleCopy();
  const workbench = useWorkbench(sample);
  // The planted skipped stage: `stance: plan` at the first conversation on on-call response.
  const planted = sample.path('one-on-ones/ben-hughes/2026-11-17.yaml');
  /** 1-based line of the first line of the copy's `file` containing `text`. */
  const lineOf = (file: string, text: string) => lineIn(join(sample.folder, file), text);

  it('lists the coaching findings in Problems', async () => {
    const { page, activityBarItem, runCommand, screenshot } = workbench();
    // Open the 1:1 Coach side bar once (Problems fills without it too: see firstFile.test.ts).
    await activityBarItem('1:1 Coach').click();
    await page.locator('.part.sidebar .pane-header', { hasText: 'People' }).waitFor({ state: 'visible' });
    await runCommand('View: Focus Problems');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.filter({ hasText: 'escalation/skipped-stage' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    const texts = await rows.allInnerTexts();
    await screenshot('problems');
    assert.ok(texts.some((t) => t.includes('1:1 Coach')), `rows: ${texts.slice(0, 5).join(' | ')}`);
  });

  it('explains a topic stance on hover', async () => {
    const { page, openFile, runCommand, screenshot } = workbench();
    const line = await lineOf(planted, 'stance: plan');
    await openFile(planted, line);
    await page.keyboard.press('End');
    await runCommand('Show or Focus Hover');
    const hover = page.locator('.monaco-hover').filter({ hasText: /conversation/i }).first();
    await hover.waitFor({ state: 'visible' });
    await screenshot('hover');
    assert.match(await hover.innerText(), /plan|supportive/i);
    await page.keyboard.press('Escape');
  });

  it('offers quick fixes for a finding', async () => {
    const { page, openFile, screenshot } = workbench();
    await openFile(planted, await lineOf(planted, 'stance: plan'));
    await page.keyboard.press('End');
    // The finding is underlined once the checks have run; the quick fixes come with it.
    await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: 60_000 });
    const menu = page.locator('.action-widget').first();
    // Asked before the fixes are computed, VS Code says there are none: as a person would, ask again.
    for (let attempt = 1; ; attempt += 1) {
      await page.keyboard.press('Control+.');
      try {
        await menu.waitFor({ state: 'visible', timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        await page.keyboard.press('Escape');
      }
    }
    await screenshot('quick-fix');
    assert.match(await menu.innerText(), /stance|exception/i);
    await page.keyboard.press('Escape');
  });

  it('offers conversation templates from the command palette, the expected stance first', async () => {
    const { page, openFile, runCommand, screenshot } = workbench();
    await openFile(planted, await lineOf(planted, 'stance: plan'));
    await runCommand('1:1 Coach: Insert Conversation Template…');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.first().waitFor({ state: 'visible' });
    await screenshot('template-picker');
    assert.match(await rows.first().innerText(), /supportive/i, 'a first conversation: the supportive template comes first');
    await page.keyboard.press('Escape');
  });
});

/** 1-based line of the first line of `path` containing `text`. */
async function lineIn(path: string, text: string): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const lines = (await readFile(path, 'utf8')).split('\n');
  const i = lines.findIndex((l) => l.includes(text));
  assert.ok(i >= 0, `${path} contains ${text}`);
  return i + 1;
}
