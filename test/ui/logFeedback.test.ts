// Log Feedback Now… as a manager runs it from the palette, with a 1:1 file open: the open file's person
// comes first, each answer is typed, "not given yet" is chosen after seeing what the checks will say,
// and feedback.yaml on disk holds `given: not-yet`.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { tempNotesFolder } from './tempNotes';
import { useWorkbench } from './workbench';

describe('Log Feedback Now (what a manager does)', () => {
  const folder = tempNotesFolder('log-feedback', {
    'ada/person.yaml': 'name: Ada Lovelace\nrole: Engineer\n',
    'dana/person.yaml': 'name: Dana Okafor\nrole: Staff engineer\n',
    'dana/2026-11-20.yaml': 'date: 2026-11-20\nnotes: |\n  Talked about the ledger split.\n',
    'zoe/person.yaml': 'name: Zoë Martin\nrole: Engineer\n',
  });
  const workbench = useWorkbench(folder);

  it('preselects the open file\'s person, asks situation, behaviour and impact, and records "not given yet"', async () => {
    const { page, openFile, runCommand, screenshot } = workbench();
    await openFile('one-on-ones/dana/2026-11-20.yaml');
    await runCommand('1:1 Coach: Log Feedback Now…');

    const widget = page.locator('.quick-input-widget');
    const rows = widget.locator('.quick-input-list .monaco-list-row');
    const focused = widget.locator('.quick-input-list .monaco-list-row.focused');
    await focused.filter({ hasText: 'Dana Okafor' }).waitFor({ state: 'visible' });
    await screenshot('log-feedback-person-preselected');
    assert.match(await rows.first().innerText(), /Dana Okafor/, 'the open file\'s person is the first row');
    assert.match(await widget.innerText(), /open file/i, 'and is marked as the open file\'s person');
    await page.keyboard.press('Enter');

    const title = widget.locator('.quick-input-title');
    const answer = async (step: string, text: string) => {
      await title.filter({ hasText: step }).waitFor({ state: 'visible' });
      if (text) await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    };
    await answer('(1/7)', 'Positive');
    await answer('(2/7)', 'Architecture guild, the ledger split proposal');
    await answer('(3/7)', 'Walked through the options she had rejected, with numbers');
    await answer('(4/7)', 'The group agreed in one session');
    await answer('(5/7)', 'Today');
    await title.filter({ hasText: '(6/7)' }).waitFor({ state: 'visible' });
    await page.keyboard.type('Not given yet');
    await focused.filter({ hasText: 'Not given yet' }).waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');

    // The last step says what will be recorded, and what the checks will say, before anything is written.
    await title.filter({ hasText: '(7/7)' }).waitFor({ state: 'visible' });
    await screenshot('log-feedback-before-writing');
    assert.match(await title.innerText(), /observed today, not given yet/);
    assert.match(await widget.innerText(), /remind you to give it/);
    await focused.filter({ hasText: 'Log it' }).waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');

    await page.locator('.tabs-container .tab.active', { hasText: 'feedback.yaml' }).waitFor({ state: 'visible' });
    await screenshot('log-feedback-logged');
    const saved = readFileSync(join(folder, 'one-on-ones', 'dana', 'feedback.yaml'), 'utf8');
    assert.match(saved, /^ {4}given: not-yet$/m, saved);
    const data = parse(saved) as { feedback: Record<string, unknown>[] };
    assert.deepEqual(data.feedback, [{
      kind: 'positive',
      observed: data.feedback[0]?.observed,
      given: 'not-yet',
      situation: 'Architecture guild, the ledger split proposal',
      behaviour: 'Walked through the options she had rejected, with numbers',
      impact: 'The group agreed in one session',
    }]);
    assert.match(String(data.feedback[0]?.observed), /^\d{4}-\d{2}-\d{2}$/);
  });
});
