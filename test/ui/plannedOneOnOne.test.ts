// A 1:1 that has not happened yet is not a conversation, as a manager sees it: New 1:1 run twice on one
// day, and a conversation template saved untouched, leave the People view as it was. The notes are
// written for this run with dates counted from today, so the test never ages. Auto-save is off.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, todayIso } from '../../src/core/dates';
import { useWorkbench } from './workbench';

const today = todayIso();
const day = (n: number) => addDays(today, n);

const FILES: Record<string, string> = {
  'ada-lovelace/person.yaml': 'name: Ada Lovelace\nrole: Senior engineer, Billing\ncadence: weekly\n',
  [`ada-lovelace/${day(-10)}.yaml`]: [
    `date: ${day(-10)}`,
    'notes: Release retro.',
    'topics:',
    '  - id: review-depth',
    '    title: Depth of code reviews',
    '    stance: supportive',
    '    expectation: Every review names at least one risk or question, not only style.',
    '    support: [Pair on two reviews with Grace]',
    '    explanation: Shallow reviews let bugs through to customers.',
    '',
  ].join('\n'),
  [`ada-lovelace/${day(-3)}.yaml`]: [
    `date: ${day(-3)}`,
    'notes: Sprint planning.',
    'topics:',
    '  - id: review-depth',
    '    stance: socratic',
    '    questions: [What gets in the way of a deeper review?]',
    '    theirView: Reviews come in late on Fridays and I rush them.',
    '    encouragement: Your design reviews are the best on the team.',
    'actions:',
    '  - text: Move the review rota off Fridays',
    '    owner: me',
    `    due: ${day(-1)}`,
    `    done: ${day(-2)}`,
    '',
  ].join('\n'),
  'grace-hopper/person.yaml': 'name: Grace Hopper\nrole: Staff engineer\ncadence: biweekly\n',
  [`grace-hopper/${day(-5)}.yaml`]: `date: ${day(-5)}\nnotes: Compiler roadmap.\n`,
};

/** A workspace holding the notes above, in a fresh temporary folder. */
function workspaceWithNotes(): string {
  const folder = mkdtempSync(join(tmpdir(), 'one-on-one-planned-'));
  for (const [file, text] of Object.entries(FILES)) {
    const path = join(folder, 'one-on-ones', file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return folder;
}

describe('a 1:1 that has not happened yet is not a conversation (what a manager sees)', () => {
  const folder = workspaceWithNotes();
  const workbench = useWorkbench(folder);
  const adaFolder = join(folder, 'one-on-ones', 'ada-lovelace');

  const pane = (name: string) => workbench().page.locator('.part.sidebar .pane', { has: workbench().page.locator('.pane-header', { hasText: name }) });
  const peopleRows = () => pane('People').locator('.monaco-list-row');

  /** The People view's rows about Ada and her open topic (her row: when you last met; the topic's: its stage), as text. */
  async function adaRows(): Promise<string[]> {
    const rows = peopleRows();
    await rows.filter({ hasText: 'Depth of code reviews' }).waitFor({ state: 'visible' });
    const texts = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    return texts.filter((t) => /Ada Lovelace|Open topics|Depth of code reviews|topic-id|a readable name/.test(t));
  }

  /** Runs New 1:1 with… from the palette, typing the person's name, and picks "Today". */
  async function newOneOnOne(dayShot?: string): Promise<void> {
    const { page, runCommand, screenshot } = workbench();
    await runCommand('1:1 Coach: New 1:1 with…');
    const input = page.locator('.quick-input-widget input');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.filter({ hasText: 'Grace Hopper' }).waitFor({ state: 'visible' });
    await input.fill('Ada');
    await rows.filter({ hasText: 'Grace Hopper' }).waitFor({ state: 'hidden' });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'New 1:1 with Ada Lovelace' }).waitFor({ state: 'visible' });
    const todayRow = rows.filter({ hasText: /^Today/ });
    await todayRow.waitFor({ state: 'visible' });
    if (dayShot) await screenshot(dayShot);
    await todayRow.click();
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  it('New 1:1 run twice for Ada today: one file for the day, no b file, and her topic\'s stage and count unchanged', async function () {
    this.timeout(180_000);
    const { page, activityBarItem, screenshot } = workbench();
    await activityBarItem('1:1 Coach').click();
    await peopleRows().filter({ hasText: 'Ada Lovelace' }).click();
    const before = await adaRows();
    assert.equal(before.length, 3, before.join(' | '));
    assert.ok(before.some((r) => r.includes('Depth of code reviews') && r.includes('3 of 3 · Formal plan')), before.join(' | '));

    await newOneOnOne('planned-new-1on1-which-day');
    const tab = page.locator('.tabs-container .tab.active', { hasText: `${today}.yaml` });
    await tab.waitFor({ state: 'visible' });
    assert.doesNotMatch(await tab.getAttribute('class') ?? '', /\bpreview\b|\bitalic\b/, 'a normal tab, not a preview');
    // The first thing to write is selected: typing replaces the placeholder.
    await page.locator('.monaco-editor .selected-text').first().waitFor({ state: 'visible' });
    await screenshot('planned-new-1on1-created');

    await newOneOnOne('planned-new-1on1-second-time');
    await tab.waitFor({ state: 'visible' });
    const ofToday = readdirSync(adaFolder).filter((n) => n.startsWith(today));
    assert.deepEqual(ofToday, [`${today}.yaml`], 'one file for the day, the second run opened it');
    assert.equal(await page.locator('.tabs-container .tab', { hasText: today }).count(), 1, 'one tab for the day');

    const after = await adaRows();
    await screenshot('planned-new-1on1-people-unchanged');
    assert.deepEqual(after, before, 'the People view reads as before');
  });

  it('a conversation template inserted and saved untouched does not count: People view unchanged, no empty-stage finding', async function () {
    this.timeout(180_000);
    const { page, runCommand, screenshot } = workbench();
    const before = await adaRows();
    // Quick open (Ctrl+P), waiting for the file's own row: the list first shows recent files.
    await page.keyboard.press('Control+P');
    const quickOpen = page.locator('.quick-input-widget input');
    await quickOpen.waitFor({ state: 'visible' });
    await quickOpen.fill(`${day(-3)}.yaml`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: `${day(-3)}.yaml` }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: `${day(-3)}.yaml` }).waitFor({ state: 'visible' });
    await page.locator('.monaco-editor .view-line', { hasText: 'Sprint planning.' }).waitFor({ state: 'visible' });
    await page.locator('.monaco-editor .view-line', { hasText: `date: ${day(-3)}` }).click();
    await runCommand('1:1 Coach: Insert Conversation Template…');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.filter({ hasText: 'Supportive conversation' }).first().click();
    await page.locator('.monaco-editor .view-line', { hasText: '<a readable name for the topic>' }).waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });

    await runCommand('View: Focus Problems');
    const problems = page.locator('.markers-panel .monaco-list-row');
    // The reminder on the untouched entry shows the saved file was read and checked.
    await problems.filter({ hasText: 'notes/unwritten-entry' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    const texts = await problems.allInnerTexts();
    await screenshot('planned-template-untouched');
    assert.deepEqual(texts.filter((t) => /empty-stage|missing-three-es|skipped-stage|stuck-stage/.test(t)), [], texts.join(' | '));

    const after = await adaRows();
    assert.deepEqual(after, before, 'the People view reads as before');
    assert.ok(!after.some((r) => /topic-id|a readable name/.test(r)), after.join(' | '));
  });
});
