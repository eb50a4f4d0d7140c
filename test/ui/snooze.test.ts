// Snoozing a finding from the quick-fix menu, as a manager does it: Ctrl+., "Snooze until…", a week,
// a reason; the warning leaves Problems and the entry is in person.yaml. On a copy of the sample team,
// since the snooze is written into the notes.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot, useWorkbench } from './workbench';

const copy = mkdtempSync(join(tmpdir(), 'one-on-one-snooze-ui-'));
cpSync(join(projectRoot, 'examples', 'notes'), copy, { recursive: true });

const feedbackFile = 'one-on-ones/ben-hughes/feedback.yaml';
const personFile = join(copy, 'one-on-ones', 'ben-hughes', 'person.yaml');

/** The planted stale item: Ben's corrective feedback with no follow-up; its 1-based line and given date. */
function staleItem(): { line: number; given: string } {
  const text = readFileSync(join(copy, feedbackFile), 'utf8');
  const items = (parse(text) as { feedback: { kind: string; given: string; followUp?: unknown }[] }).feedback;
  const item = items.find((f) => f.kind === 'corrective' && !f.followUp);
  assert.ok(item, 'the sample has a stale corrective item for Ben');
  const lines = text.split('\n');
  const at = lines.findIndex((l, i) => l.includes('kind: corrective') && lines[i + 2]?.includes(`given: ${item.given}`));
  return { line: at + 1, given: String(item.given) };
}

describe('snoozing a finding (what a manager sees)', () => {
  const workbench = useWorkbench(copy);
  after(() => rmSync(copy, { recursive: true, force: true }));

  it('Ctrl+. on stale feedback offers "Snooze until…"; a week and a reason later the warning is gone and person.yaml says why', async () => {
    const { page, activityBarItem, openFile, runCommand, screenshot } = workbench();
    await activityBarItem('1:1 Coach').click();
    await page.locator('.part.sidebar .pane-header', { hasText: 'People' }).waitFor({ state: 'visible' });
    const { line, given } = staleItem();
    await runCommand('View: Focus Problems');
    // Problems lists more than fits on screen (how many depends on the day); a manager types into its filter.
    const filter = page.locator('.part.panel .viewpane-filter input').first();
    await filter.waitFor({ state: 'visible' });
    await filter.fill('never followed up');
    const rows = page.locator('.markers-panel .monaco-list-row');
    const staleRow = rows.filter({ hasText: `(${given}) and never followed up` });
    await staleRow.first().waitFor({ state: 'visible', timeout: 30_000 });

    await openFile(feedbackFile, line);
    await page.keyboard.press('End');
    // The light bulb says the quick fixes for this line are ready.
    await page.locator('.monaco-editor .lightBulbWidget').first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget').first();
    await menu.waitFor({ state: 'visible' });
    const snooze = menu.locator('.monaco-list-row', { hasText: 'Snooze until…' });
    await snooze.waitFor({ state: 'visible' });
    await screenshot('snooze-quick-fix');
    await snooze.click();

    const picks = page.locator('.quick-input-list .monaco-list-row');
    await picks.filter({ hasText: 'For a week' }).waitFor({ state: 'visible' });
    const choices = await picks.allInnerTexts();
    assert.equal(choices.length, 3, choices.join(' | '));
    assert.match(choices[0] as string, /^For a week\s*back on \d{4}-\d{2}-\d{2}$/);
    assert.match(choices[1] as string, /^For two weeks\s*back on \d{4}-\d{2}-\d{2}$/);
    assert.match(choices[2] as string, /^Until a date…/);
    await screenshot('snooze-how-long');
    await page.keyboard.press('Enter');

    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-widget', { hasText: 'Why can it wait?' }).waitFor({ state: 'visible' });
    await input.fill('We agreed to look again after the release');
    await page.keyboard.press('Enter');

    await staleRow.first().waitFor({ state: 'detached', timeout: 30_000 });
    await openFile('one-on-ones/ben-hughes/person.yaml');
    await page.locator('.monaco-editor .view-lines', { hasText: 'check: feedback/stale' }).waitFor({ state: 'visible' });
    await screenshot('snooze-written');
    const written = readFileSync(personFile, 'utf8');
    assert.match(written, new RegExp(`snooze:\\n  - check: feedback/stale\\n    until: \\d{4}-\\d{2}-\\d{2}\\n    about: feedback.yaml ${given}\\n    reason: We agreed to look again after the release\\n$`), written);
  });
});
