// A slip in a topic id, as a manager meets it: the warning asks "did you mean", Ctrl+. on the id
// offers the rename, and once it is picked the warning leaves Problems (the file left unsaved). Meanwhile
// the lens already counts the conversation with the topic it most likely belongs to.
import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import { addDays, todayIso } from '../../src/core/dates';
import { tempNotesFolder } from './tempNotes';
import { useWorkbench } from './workbench';

const today = todayIso();
const earlier = addDays(today, -14);
const slipDay = addDays(today, -7);
const slipFile = `one-on-ones/noor/${slipDay}.yaml`;

const folder = tempNotesFolder('topic-id-slip', {
  'noor/person.yaml': 'name: Noor Haddad\nrole: Software engineer\ncadence: weekly\n',
  [`noor/${earlier}.yaml`]: [
    `date: ${earlier}`,
    'topics:',
    '  - id: release-notes',
    '    title: Release notes on time',
    '    stance: supportive',
    '    expectation: Notes for every release, in the channel by the day it ships.',
    '    support: [A template for the notes]',
    '    explanation: Support answers customers from the notes.',
    '',
  ].join('\n'),
  [`noor/${slipDay}.yaml`]: [
    `date: ${slipDay}`,
    'topics:',
    '  - id: relase-notes',
    '    stance: socratic',
    '    questions: [What gets in the way of the notes on release day?]',
    '    theirView: The release date moves after the notes are due.',
    '    encouragement: The last two releases had clear notes.',
    '',
  ].join('\n'),
});

describe('a topic id slip (what a manager sees)', () => {
  const workbench = useWorkbench(folder);
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('Ctrl+. on the id offers "Change the topic id to release-notes"; picked, the warning leaves Problems', async () => {
    const { page, openFile, runCommand, screenshot } = workbench();
    await runCommand('View: Focus Problems');
    const rows = page.locator('.markers-panel .monaco-list-row');
    const slipRow = rows.filter({ hasText: 'Did you mean release-notes?' });
    await slipRow.first().waitFor({ state: 'visible', timeout: 60_000 });
    const texts = await rows.allInnerTexts();
    // The stage checks wait for the id: no "Socratic conversation at the 1st" about the slip.
    assert.ok(!texts.some((t) => t.includes('skipped-stage')), texts.join(' | '));

    await openFile(slipFile, 3);
    await page.keyboard.press('End');
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 60_000 });
    // The lens counts it with release-notes already, as the stage checks do: the 2nd conversation.
    const lens = page.locator('.monaco-editor .codelens-decoration', { hasText: 'Conversation 2 of 3 · expected: Socratic' });
    await lens.waitFor({ state: 'visible', timeout: 30_000 });
    const menu = page.locator('.action-widget').first();
    // Asked before the fixes are computed, VS Code says there are none: as a person would, ask again.
    for (let attempt = 1; ; attempt += 1) {
      await page.keyboard.press('Control+.');
      try {
        await menu.locator('.monaco-list-row', { hasText: 'Change the topic id to release-notes' }).waitFor({ state: 'visible', timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        await page.keyboard.press('Escape');
      }
    }
    await screenshot('topic-id-slip-quick-fix');
    await menu.locator('.monaco-list-row', { hasText: 'Change the topic id to release-notes' }).click();

    await page.locator('.monaco-editor .view-lines', { hasText: '- id: release-notes' }).waitFor({ state: 'visible' });
    await slipRow.first().waitFor({ state: 'detached', timeout: 30_000 });
    // Unsaved: the tab shows the dot of a changed file, and nothing was written to disk.
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'visible' });
    await lens.waitFor({ state: 'visible' });
    await screenshot('topic-id-slip-renamed');
  });
});
