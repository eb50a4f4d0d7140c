// Typing through a conversation template in a notes file: Tab moves to the next field even while
// VS Code shows a word suggestion, so each value lands in its own key. The values typed end with
// words the file already holds, so word suggestions do show up, as they do for a manager.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { entrySnippetLines, STANCE_TEMPLATES } from '../../src/core/templates/catalog';
import { tempNotesFolder } from './tempNotes';
import { useWorkbench } from './workbench';

const FILE = 'one-on-ones/dana/2026-11-20.yaml';

/** Each value ends with a word of the file's notes, so VS Code suggests that word while it is typed. */
const VALUES: Readonly<Record<string, string>> = {
  id: 'review-queue',
  title: 'Waiting reviews',
  expectation: 'A first review within a day',
  support: 'Pairing with Luis on reviews',
  explanation: 'Waiting blocks the team',
  encouragement: 'Your reviews are thorough',
  empowerment: 'You pick the review slots',
};
const NOTES = 'Reviews wait a day or more; the team waits too. Luis likes pairing on reviews, which are thorough. Review slots help. More notes later.';

/** A tab stop of the template: the key it fills, and the options when it is a choice. */
interface Field { readonly stop: number; readonly key: string; readonly choices?: readonly string[] }

/** The fields of a snippet in the order Tab visits them, read from the snippet text itself. */
function fieldsOf(lines: readonly string[]): Field[] {
  const fields: Field[] = [];
  let key = '';
  for (const line of lines) {
    key = /^\s*(?:- )?([A-Za-z]+):/.exec(line)?.[1] ?? key;
    for (const m of line.matchAll(/\$\{(\d+)(?::|\|([^|]*)\|)/g)) {
      fields.push({ stop: Number(m[1]), key, ...(m[2] === undefined ? {} : { choices: m[2].split(/(?<!\\),/).map((c) => c.replace(/\\(.)/g, '$1')) }) });
    }
  }
  return fields.sort((a, b) => a.stop - b.stop);
}

/** What to type into a text field; a field this test did not plan for still gets a value of its own. */
function valueFor(key: string): string {
  return VALUES[key] ?? `More notes on ${key}, notes`;
}

describe('typing through a template (what a manager does)', () => {
  const folder = tempNotesFolder('typing', {
    'dana/person.yaml': 'name: Dana Okafor\nrole: Engineer\n',
    'dana/2026-11-20.yaml': `date: 2026-11-20\nagenda:\n  - the review-queue topic\nnotes: |\n  ${NOTES}\n`,
  });
  const workbench = useWorkbench(folder);

  it('Tab moves from field to field while a word suggestion shows; the saved YAML holds each value under its key', async function () {
    this.timeout(240_000); // a few dozen keystrokes, each waited on, on a machine that may be busy
    const { page, openFile, runCommand, screenshot } = workbench();
    await openFile(FILE);
    await page.keyboard.press('Control+End');
    await runCommand('1:1 Coach: Insert Conversation Template…');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.first().waitFor({ state: 'visible' });
    await page.keyboard.type('Supportive');
    await rows.filter({ hasText: 'Supportive conversation' }).first().waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .snippet-placeholder').first().waitFor({ state: 'visible' });

    const suggestions = page.locator('.monaco-editor .suggest-widget.visible');
    const fields = fieldsOf(entrySnippetLines(STANCE_TEMPLATES.supportive, false));
    assert.ok(fields.filter((f) => !f.choices).length >= 3, 'the template has text fields to type into');
    let shown = false;
    for (const field of fields) {
      if (!field.choices) {
        const value = valueFor(field.key);
        const lastWord = value.match(/[\p{L}\p{N}_]+/gu)?.pop() as string; // a word as the editor splits them
        // Typed as a person types: the suggestion for the last word is up (opened with Ctrl+Space if
        // VS Code has not shown it by itself yet) when the word is complete and Tab is pressed.
        const suggested = suggestions.locator('.monaco-list-row', { hasText: lastWord }).first();
        await page.keyboard.type(value.slice(0, -1));
        if (!(await suggestions.isVisible())) await page.keyboard.press('Control+Space');
        await suggested.waitFor({ state: 'visible' });
        await page.keyboard.type(value.slice(-1));
        await suggested.waitFor({ state: 'visible' });
        if (!shown) { await screenshot('typing-suggestion-showing'); shown = true; }
      }
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
    await screenshot('typing-template-saved');

    const saved = readFileSync(join(folder, FILE), 'utf8');
    const data = parse(saved) as { topics?: Record<string, unknown>[] };
    const topic = data.topics?.[0];
    assert.ok(topic, `a topic entry was written:\n${saved}`);
    for (const field of fields) {
      const value: unknown = topic[field.key];
      if (field.choices) assert.ok(field.choices.includes(String(value)), `${field.key}: ${String(value)} is one of ${field.choices.join(', ')}\n${saved}`);
      else assert.deepEqual(Array.isArray(value) ? value : [value], [valueFor(field.key)], `${field.key}\n${saved}`);
    }
    assert.equal(topic.stance, 'supportive');
  });
});
