// A typo typed into a notes file, in an editor that is not saved: the YAML mistake shows at its line,
// and the coaching findings of the file stay, with one note that they come from its last good version.
// Undoing the typo takes the mistake and the note away.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempNotesFolder } from './tempNotes';
import { useWorkbench } from './workbench';

const FILE = 'one-on-ones/ada/2026-01-05.yaml';
const fixture = (file: string) => readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'workspace', 'alpha', 'one-on-ones', 'ada', file), 'utf8');

describe('a YAML typo in an unsaved notes file', () => {
  const folder = tempNotesFolder('last-good', {
    'ada/person.yaml': fixture('person.yaml'),
    'ada/2026-01-05.yaml': fixture('2026-01-05.yaml'),
  });
  const workbench = useWorkbench(folder);

  it('shows the mistake and keeps the coaching findings with one note; undo takes both away', async function () {
    this.timeout(180_000);
    const { page, openFile, runCommand, screenshot } = workbench();
    await openFile(FILE, 13);
    await runCommand('View: Focus Problems');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.filter({ hasText: 'escalation/skipped-stage' }).first().waitFor({ state: 'visible', timeout: 120_000 });
    // Back in the editor, on "    title: Tests for the export module": delete the colon after "title".
    await page.locator('.monaco-editor .view-lines').first().click();
    await runCommand('Go to Line/Column...');
    await page.keyboard.type('13:10');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Delete');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'visible' });
    const syntax = rows.filter({ hasText: 'A colon is missing after "title"' });
    await syntax.first().waitFor({ state: 'visible', timeout: 60_000 });
    await rows.filter({ hasText: 'last version that read cleanly' }).first().waitFor({ state: 'visible', timeout: 60_000 });
    const texts = await rows.allInnerTexts();
    assert.ok(texts.some((t) => t.includes('escalation/skipped-stage')), `the coaching finding stays: ${texts.join(' | ')}`);
    assert.equal(texts.filter((t) => t.includes('last version that read cleanly')).length, 1, 'one note');
    assert.match(texts.find((t) => t.includes('A colon is missing')) ?? '', /\[Ln 13, Col/);
    await screenshot('last-good-typo');
    assert.equal(readFileSync(join(folder, FILE), 'utf8'), fixture('2026-01-05.yaml'), 'nothing was saved');

    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Z');
    await syntax.first().waitFor({ state: 'detached', timeout: 60_000 });
    await rows.filter({ hasText: 'last version that read cleanly' }).first().waitFor({ state: 'detached', timeout: 60_000 });
    assert.ok((await rows.allInnerTexts()).some((t) => t.includes('escalation/skipped-stage')), 'the coaching finding is still there');
    await screenshot('last-good-undone');
  });
});
