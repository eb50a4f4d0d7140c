// Needs Attention as a manager sees it at the side bar's own width: grouped by person, the name and
// a count first, short rows; and an action run from a row's icon. Screenshots under test-results/.
// The notes are written into a temporary folder with dates counted from today, so the test never ages.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, todayIso } from '../../src/core/dates';
import { useWorkbench } from './workbench';

const today = todayIso();
const day = (n: number) => addDays(today, n);

const NOTES: Record<string, string> = {
  'amara-okafor/person.yaml': 'name: Amara Okafor\nrole: Engineer, Platform\ncadence: weekly\n',
  [`amara-okafor/${day(-3)}.yaml`]: `date: ${day(-3)}\nagneda: [Roadmap]\nnotse: A short one\n`,
  'ben-hughes/person.yaml': `name: Ben Hughes\nrole: Senior engineer, Payments\ncadence: weekly\nsince: ${day(-200)}\n`,
  [`ben-hughes/${day(-40)}.yaml`]: [
    `date: ${day(-40)}`,
    'feedback:',
    '  - kind: corrective',
    `    observed: ${day(-41)}`,
    '    situation: The payments release',
    '    behaviour: Shipped the retry change without telling on-call',
    '    impact: On-call spent an hour on alerts they did not expect',
    'topics:',
    '  - id: release-notice',
    '    stance: plan',
    '    exception: { kind: safety, reason: Two incidents in one month }',
    '    explanation: On-call needs to know what changed to keep payments safe.',
    '    encouragement: Your retry design is the best we have had.',
    '    empowerment: You choose how to announce releases.',
    '    goals: [Announce every release in the on-call channel]',
    '    measures: [Releases announced, from the deploy log]',
    '    support: [I review the release checklist with Ben]',
    '    timeline: Four weeks',
    `    reviewDate: ${day(-6)}`,
    '',
  ].join('\n'),
  [`ben-hughes/${day(-12)}.yaml`]: `date: ${day(-12)}\nagenda: [Roadmap]\nnotes: Went through the roadmap.\n`,
  'chen-wei/person.yaml': 'name: Chen Wei\nrole: Engineer, Payments\ncadence: weekly\n',
  [`chen-wei/${day(-15)}.yaml`]: `date: ${day(-15)}\nagenda: [Onboarding]\nnotes: First week went well.\n`,
};

function writeTeam(): string {
  const folder = mkdtempSync(join(tmpdir(), 'coach-attention-'));
  for (const [file, text] of Object.entries(NOTES)) {
    const path = join(folder, 'one-on-ones', file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return folder;
}

describe('Needs Attention (what a manager sees at the usual side bar width)', () => {
  // No widening: the side bar stays as wide as VS Code makes it.
  const workbench = useWorkbench(writeTeam(), { widenSideBar: false });

  const attentionRows = () => {
    const { page } = workbench();
    return page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'Needs Attention' }) }).locator('.monaco-list-row');
  };

  it('groups findings by person: the name and a count first, most urgent first, short rows', async () => {
    const { page, activityBarItem, screenshot } = workbench();
    // The icon shows once the extensions are read, which takes a while on a busy machine.
    await activityBarItem('1:1 Coach').click({ timeout: 60_000 });
    const rows = attentionRows();
    await rows.filter({ hasText: 'Chen Wei' }).waitFor({ state: 'visible', timeout: 30_000 });
    const width = (await page.locator('.part.sidebar').boundingBox())?.width ?? 0;
    assert.ok(width > 200 && width < 360, `the side bar keeps its usual width: ${width}px`);
    await screenshot('attention-grouped');

    const texts = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    const at = (pattern: RegExp) => {
      const i = texts.findIndex((t) => pattern.test(t));
      assert.ok(i >= 0, `a row matches ${pattern}: ${texts.join(' | ')}`);
      return i;
    };
    const amara = at(/^Amara Okafor ?2$/);
    const ben = at(/^Ben Hughes ?4$/);
    const chen = at(/^Chen Wei ?1$/);
    assert.ok(amara < ben && ben < chen, 'a format error first, then the person with most at stake');
    assert.equal(at(new RegExp(`^2 format errors ?${day(-3)}\\.yaml$`)), amara + 1, 'two typos are one row');
    for (const label of [/^Stale feedback · 40 days/, /^Plan review missed · 6 days/, /^1:1 overdue by 5 days$/, /^No positive feedback yet$/]) {
      const i = at(label);
      assert.ok(ben < i && i < chen, `${label} under Ben`);
    }

    // Whom each row is about is readable: the names are not cut off.
    for (const name of ['Amara Okafor', 'Ben Hughes', 'Chen Wei']) {
      const label = rows.filter({ hasText: name }).locator('.label-name').first();
      assert.equal((await label.innerText()).trim(), name);
      const cut = await label.evaluate((el) => el.scrollWidth > el.clientWidth);
      assert.equal(cut, false, `${name} is shown whole`);
    }
  });

  it("runs New 1:1 from the icon on Chen's overdue 1:1 row: the 1:1 file opens, and the row stays until it is written", async () => {
    const { page, screenshot } = workbench();
    const chen = attentionRows().filter({ hasText: 'Chen Wei' });
    const overdue = attentionRows().filter({ hasText: '1:1 overdue by 8 days' });
    await chen.waitFor({ state: 'visible' });
    await overdue.hover();
    const icon = overdue.locator('.actions .action-label[aria-label^="New 1:1"]');
    await icon.waitFor({ state: 'visible' });
    await screenshot('attention-inline-action');
    await icon.click();
    // Should New 1:1 ask which day, today is the answer.
    const tab = page.locator('.tabs-container .tab.active', { hasText: `${today}.yaml` });
    const question = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: /today/i }).first();
    await Promise.race([tab.waitFor({ state: 'visible', timeout: 30_000 }), question.waitFor({ state: 'visible', timeout: 30_000 })]);
    if (await question.isVisible()) await question.click();
    await tab.waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('.monaco-editor .view-lines', { hasText: `date: ${today}` }).first().waitFor({ state: 'visible' });
    // Prepared, not held: the overdue row stays until what was said is written.
    assert.equal(await attentionRows().filter({ hasText: '1:1 overdue by 8 days' }).count(), 1, 'a 1:1 only prepared is not held yet');
    await screenshot('attention-new-one-on-one');
    assert.deepEqual(workbench().activationFailures(), []);
  });
});
