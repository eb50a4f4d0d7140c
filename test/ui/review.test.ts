// Summarize for Review… as a manager runs it before review season: from the palette, the person found
// by typing, the last six months accepted with Enter, private notes left out; the summary opens as an
// untitled Markdown document and nothing is written into the notes folder.
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sampleCopy, useWorkbench } from './workbench';

/** The notes files under a folder (the extension's own cache folder left out: it is written as the notes load). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && !d.parentPath.includes('.one-on-one-coach'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

describe('Summarize for Review (what a manager does)', () => {
  const sample = sampleCopy();
  const workbench = useWorkbench(sample);

  it('picks Ben by typing, takes the last six months, leaves private notes out, and shows the summary', async () => {
    const { page, runCommand, screenshot } = workbench();
    const before = filesUnder(sample.folder);
    await runCommand('1:1 Coach: Summarize for Review…');

    const widget = page.locator('.quick-input-widget');
    const focused = widget.locator('.quick-input-list .monaco-list-row.focused');
    const title = widget.locator('.quick-input-title');
    await title.filter({ hasText: 'Summarize for Review' }).waitFor({ state: 'visible' });
    await page.keyboard.type('ben');
    await focused.filter({ hasText: 'Ben Hughes' }).waitFor({ state: 'visible' });
    await screenshot('review-person');
    await page.keyboard.press('Enter');

    await focused.filter({ hasText: 'Last 6 months' }).waitFor({ state: 'visible' });
    assert.match(await focused.innerText(), /^Last 6 months \(from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\)/, 'the default period, with its days');
    const rows = await widget.locator('.quick-input-list .monaco-list-row').allInnerTexts();
    assert.deepEqual(rows.map((r) => r.replace(/ \(from .*|\s*choose.*/s, '')), ['Last 6 months', 'Last 12 months', 'This year', 'Custom period…']);
    await screenshot('review-period');
    await page.keyboard.press('Enter');

    await focused.filter({ hasText: 'Leave private notes out' }).waitFor({ state: 'visible' });
    await screenshot('review-private');
    await page.keyboard.press('Enter');

    const tab = page.locator('.tabs-container .tab.active');
    await tab.filter({ hasText: /Untitled/ }).waitFor({ state: 'visible' });
    const lines = page.locator('.monaco-editor .view-lines').first();
    await lines.filter({ hasText: 'Review summary: Ben Hughes' }).waitFor({ state: 'visible' });
    // The editor wraps long lines: read the text with its white space as single spaces.
    const shown = (await lines.innerText()).replace(/\s+/g, ' ');
    assert.match(shown, /Private notes are left out\./);
    assert.match(shown, /## Fairness checks/, shown);
    assert.match(shown, /No surprises: look again\./);
    await screenshot('review');
    assert.deepEqual(filesUnder(sample.folder), before, 'nothing is written into the notes folder');

    // Read as a manager would: VS Code's own Markdown preview, beside the document.
    await runCommand('Markdown: Open Preview to the Side');
    const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await preview.locator('h1', { hasText: 'Review summary: Ben Hughes' }).waitFor({ state: 'visible' });
    assert.match(await preview.locator('h2').first().innerText(), /Fairness checks/);
    await screenshot('review-preview');
  });
});
