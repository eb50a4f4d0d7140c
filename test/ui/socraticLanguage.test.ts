// What a manager sees of the Socratic grammar: hovering a yes/no question in a Socratic conversation
// shows the open question to ask instead, and Problems says the conversation has no open question.
import { strict as assert } from 'node:assert';
import { addDays, todayIso } from '../../src/core/dates';
import { tempNotesFolder } from './tempNotes';
import { useWorkbench } from './workbench';

const today = todayIso();
const ago = (n: number) => addDays(today, -n);
const SOCRATIC = `lee-park/${ago(6)}.yaml`;

const folder = tempNotesFolder('socratic', {
  'lee-park/person.yaml': 'name: Lee Park\ncadence: weekly\n',
  [`lee-park/${ago(13)}.yaml`]: `date: ${ago(13)}\ntopics:\n  - id: review-turnaround\n    stance: supportive\n    expectation: A first review within one working day.\n    support: [Pairing with Kim on two reviews]\n    explanation: Authors wait on the first review more than on any other step.\n`,
  [SOCRATIC]: [
    `date: ${ago(6)}`,
    'topics:',
    '  - id: review-turnaround',
    '    stance: socratic',
    '    questions:',
    '      - Did you ask for help when the queue grew?',
    "      - Why didn't you flag it at stand-up?",
    '    theirView: I thought I could catch up over the weekend.',
    '    explanation: A slip we hear about early is one we can plan around.',
    '',
  ].join('\n'),
});

describe('Socratic questions (what a manager sees)', () => {
  const workbench = useWorkbench(folder);

  it('a hover on a yes/no question gives the open question to ask instead', async () => {
    const { page, openFile, screenshot } = workbench();
    await openFile(`one-on-ones/${SOCRATIC}`, 6);
    // The hint is there once the checks have run (its dots under the first letters): then point at the question.
    await page.locator('.monaco-editor .squiggly-hint').first().waitFor({ state: 'attached', timeout: 60_000 });
    // VS Code draws a hint as dots under the first two letters of its range, and shows it on a hover there.
    const words = page.locator('.monaco-editor .view-line span', { hasText: 'Did you ask for help' }).last();
    const hover = page.locator('.monaco-hover').filter({ hasText: 'ask it open' }).first();
    await words.hover({ position: { x: 4, y: 6 } });
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot('socratic-closed-question-hover');
    const text = await hover.innerText();
    assert.match(text, /is a yes\/no question, which probes little; ask it open: "What made it easy or hard to ask for help when the queue grew\?"/);
    await page.keyboard.press('Escape');
  });

  it('Problems says the conversation has no open question', async () => {
    const { page, runCommand, screenshot } = workbench();
    await runCommand('View: Focus Problems');
    const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'without an open question' }).first();
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    await screenshot('socratic-no-open-question-problems');
    assert.match(await row.innerText(), /each one written is yes\/no or leading/);
  });
});
