// The pictures' page (media/pictures.js) in headless Chromium, under the CSP the extension gives it, with
// the sample team's data: what it draws, what it posts back, what it drops, what it keeps.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { openPicturesPage, type PicturesPage } from './picturesPage';
import { sampleMessages } from './sampleMessages';

// out/test/unit/pictures/ → project root
const root = join(__dirname, '..', '..', '..', '..');

interface Testbed {
  findChromium(): string | undefined;
  chromiumHelp: string;
  launchChromium(path: string): Promise<Browser>;
}

describe('the pictures page in Chromium', function () {
  this.timeout(60_000);
  const messages = sampleMessages();
  const overview = messages.overview;
  const feedbackCount = overview.data.rows.reduce((n, r) => n + r.feedback.length, 0);
  let browser: Browser;
  let shared: PicturesPage | undefined;

  before(async () => {
    assert.ok(existsSync(join(root, 'media', 'pictures.js')), 'media/pictures.js is not built: run node scripts/build.mjs');
    const load = (name: string) => import(pathToFileURL(join(root, 'scripts', 'testbed', name)).href);
    const tb = { ...(await load('paths.mjs')), ...(await load('codeServer.mjs')) } as Testbed;
    const chromium = tb.findChromium();
    assert.ok(chromium, tb.chromiumHelp);
    browser = await tb.launchChromium(chromium);
  });

  after(async () => {
    await browser?.close();
  });

  /**
   * The page freshly loaded, with `state` as VS Code kept it (one tab for all the tests, loaded anew for
   * each: a new tab costs seconds on a busy machine).
   */
  async function open(state?: unknown): Promise<PicturesPage> {
    if (!shared) shared = await openPicturesPage(browser, root, state === undefined ? {} : { state });
    else await shared.reload(state);
    return shared;
  }

  /** Every test ends with no CSP violation, no error and no request outside the page. */
  afterEach(async () => {
    if (!shared) return;
    assert.deepEqual(await shared.violations(), [], 'no CSP violation');
    assert.deepEqual(shared.problems, [], 'no error in the console');
    assert.deepEqual(shared.outside, [], 'no request outside the page');
  });

  const lastPosted = async (p: PicturesPage) => (await p.posted()).at(-1);

  it('draws the overview of the sample team: 4 person rows, a feedback mark per feedback item, 26 week cells a row', async () => {
    const p = await open();
    await p.send(overview);
    const rows = p.page.locator('main#pictures[data-view="overview"] [data-person-row]');
    await rows.first().waitFor();
    assert.deepEqual(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-person-row'))), overview.data.rows.map((r) => r.personId));
    assert.equal(await rows.count(), 4);
    assert.equal(await p.page.locator('svg .feedback-mark').count(), feedbackCount);
    assert.ok(feedbackCount > 30);
    const waiting = overview.data.rows.flatMap((r) => r.feedback.filter((m) => m.state === 'waiting'));
    assert.equal(await p.page.locator('.feedback-mark[data-state="waiting"]').count(), waiting.length);
    assert.equal(await p.page.locator('.feedback-mark[data-state="given"]').count(), feedbackCount - waiting.length);
    // Every mark carries the line of its own item.
    const marksAt = await p.page.locator('.feedback-mark').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-file')}:${e.getAttribute('data-line')}`));
    assert.deepEqual(marksAt.sort(), overview.data.rows.flatMap((r) => r.feedback.map((m) => `${m.at.file}:${m.at.line}`)).sort());
    const states = await p.page.locator('.week-cell').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
    assert.deepEqual(states.sort(), overview.data.rows.flatMap((r) => r.weeks.map((w) => w.state)).sort());
    assert.equal(await p.page.locator('[data-person-row="chen-wei"] .week-cell[data-state="missed"]').count(), 1);
  });

  it('opens the line of a mark on a click, and on Enter or Space', async () => {
    const p = await open();
    await p.send(overview);
    await p.page.locator('.feedback-mark[data-state="waiting"]').click();
    assert.deepEqual(await lastPosted(p), { type: 'open-location', at: { file: 'amara-okafor/feedback.yaml', line: 17 } });
    const held = overview.data.rows[0]!.weeks.findLast((w) => w.state === 'held')!;
    const cell = p.page.locator(`[data-person-row="${overview.data.rows[0]!.personId}"] .week-cell[data-file="${held.held[0]!.at.file}"]`);
    await cell.focus();
    await p.page.keyboard.press('Enter');
    assert.deepEqual(await lastPosted(p), { type: 'open-location', at: held.held[0]!.at });
    const mark = overview.data.rows[0]!.feedback[0]!;
    await p.page.locator(`.feedback-mark[data-file="${mark.at.file}"][data-line="${mark.at.line}"]`).focus();
    await p.page.keyboard.press('Space');
    assert.deepEqual(await lastPosted(p), { type: 'open-location', at: mark.at });
    assert.equal(await cell.getAttribute('role'), 'button');
    assert.match((await cell.getAttribute('aria-label')) ?? '', /1:1 held/);
  });

  it('drops a message the protocol refuses, and draws on with the next good one', async () => {
    const p = await open();
    await p.send(overview);
    await p.page.locator('[data-person-row]').first().waitFor();
    const bad = [
      { type: 'overview', data: { ...overview.data, rows: overview.data.rows.slice(0, 1), today: '27/11/2026' } },
      { type: 'overview', data: { ...overview.data, rows: [] }, script: '<img src=x>' },
      { type: 'graph', data: overview.data },
      { type: 'timeline', data: { personId: 'ben-hughes' } },
      'overview',
    ];
    for (const m of bad) await p.send(m);
    await p.send(messages.habits);
    await p.page.locator('main[data-view="habits"]').waitFor();
    assert.equal(await p.page.locator('[data-habit]').count(), messages.habits.data.signals.length);
    // The page keeps what it shows each time it draws: the bad ones were never drawn.
    assert.deepEqual((await p.states()).map((st) => (st as { show: { view: string } }).show.view), ['overview', 'habits']);
    assert.deepEqual(await p.posted(), [{ type: 'ready' }], 'nothing posted back for a bad message: only that the page listens');
  });

  it('redraws only the rows whose data changed, and keeps the focus where it was', async () => {
    const p = await open();
    await p.send(overview);
    const ben = p.page.locator('[data-person-row="ben-hughes"]');
    await ben.waitFor();
    // A mark on each row's element: a row drawn again loses it.
    await p.page.locator('[data-person-row]').evaluateAll((els) => els.forEach((e) => e.setAttribute('data-drawn', 'first')));
    await ben.locator('.person-name').focus();
    const changed = structuredClone(overview);
    const chen = changed.data.rows.find((r) => r.personId === 'chen-wei')!;
    chen.urgency = { ...chen.urgency, top: 'Feedback not given · 3 days' };
    changed.data.rows.reverse();
    await p.send(changed);
    await p.page.locator('[data-person-row="chen-wei"] .urgency', { hasText: 'Feedback not given' }).waitFor();
    const drawn = await p.page.locator('[data-person-row]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-person-row')} ${e.getAttribute('data-drawn') ?? 'again'}`));
    assert.deepEqual(drawn, changed.data.rows.map((r) => `${r.personId} ${r.personId === 'chen-wei' ? 'again' : 'first'}`));
    assert.equal(await p.page.evaluate('document.activeElement.getAttribute("data-person")'), 'ben-hughes');
  });

  it('keeps people no longer managed apart, below, with why', async () => {
    const p = await open();
    const [first, ...rest] = overview.data.rows;
    const apart = { ...overview, data: { ...overview.data, rows: rest, apart: [{ ...first!, why: 'No longer managed since 1 Nov' }] } };
    await p.send(apart);
    await p.page.locator('.apart [data-person-row]').waitFor();
    assert.equal(await p.page.locator('.apart').isVisible(), true);
    assert.equal(await p.page.locator('.rows').first().locator('[data-person-row]').count(), rest.length);
    assert.equal(await p.page.locator(`.apart [data-person-row="${first!.personId}"] .why`).textContent(), 'No longer managed since 1 Nov');
    assert.equal(await p.page.locator('.no-people').isVisible(), false);
    await p.send({ ...overview, data: { ...overview.data, rows: [], apart: [] } });
    await p.page.locator('.no-people').waitFor();
    assert.equal(await p.page.locator('[data-person-row]').count(), 0);
    assert.equal(await p.page.locator('.apart').isVisible(), false);
  });

  it('posts what the manager asks for: a sort, a person, a range, the way back', async () => {
    const p = await open();
    await p.send(overview);
    await p.page.locator('[data-sort="name"]').click();
    assert.deepEqual(await lastPosted(p), { type: 'sort', by: 'name' });
    assert.equal(await p.page.locator('[data-sort="name"]').getAttribute('aria-pressed'), 'true');
    await p.page.locator('[data-person-row="dana-kowalski"] .person-name').click();
    assert.deepEqual(await lastPosted(p), { type: 'open-person', personId: 'dana-kowalski' });
    await p.send(messages.timeline('dana-kowalski'));
    await p.page.locator('main[data-view="timeline"] [data-range="6m"][aria-pressed="true"]').waitFor();
    await p.page.locator('[data-range="1y"]').click();
    assert.deepEqual(await lastPosted(p), { type: 'pick-range', personId: 'dana-kowalski', range: '1y' });
    await p.page.locator('[data-back]').click();
    assert.deepEqual(await lastPosted(p), { type: 'sort', by: 'name' });
    await p.page.locator('main[data-view="overview"] [data-person-row]').first().waitFor();
    await p.page.locator('[data-habits]').click();
    assert.deepEqual(await lastPosted(p), { type: 'show-habits' });
  });

  it('keeps what it shows in VS Code state, none of the notes\' words, and asks for the picture again after a reload', async () => {
    const p = await open();
    const timeline = messages.timeline('dana-kowalski', '1y');
    await p.send(timeline);
    await p.page.locator('main[data-view="timeline"]').waitFor();
    const state = await p.state();
    assert.deepEqual(state, { show: { view: 'timeline', personId: 'dana-kowalski', range: '1y' } });
    await p.reload(state);
    const again = p;
    assert.deepEqual(await again.posted(), [{ type: 'ready' }], 'the reloaded page asks for its picture');
    await again.send(timeline);
    await again.page.locator('main[data-view="timeline"] [data-range="1y"][aria-pressed="true"]').waitFor();
    assert.equal(await again.page.locator('.topic-step-mark').count(), timeline.data.topics.reduce((n, t) => n + t.steps.length, 0));
  });

  it('shows each chart as a table a screen reader can use, with the same items', async () => {
    const p = await open();
    await p.send(overview);
    const toggle = p.page.locator('.table-toggle');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    const feedbackTable = p.page.locator('table.chart-table', { hasText: 'Feedback, one row per item' });
    assert.equal(await feedbackTable.locator('tbody tr').count(), feedbackCount);
    assert.equal(await p.page.locator('.person-row').first().isVisible(), false, 'the table replaces the chart');
    await feedbackTable.locator('tbody tr .line-link').first().click();
    assert.deepEqual(await lastPosted(p), { type: 'open-location', at: overview.data.rows[0]!.feedback[0]!.at });
    // A new overview keeps the table shown, with its data.
    await p.send(overview);
    assert.equal(await feedbackTable.locator('tbody tr').count(), feedbackCount);
    const description = await p.page.locator('.chart-description').textContent();
    assert.match(description ?? '', /Ben Hughes, Chen Wei, Amara Okafor, Dana Kowalski need you/);
  });

  it('draws a person history and the coaching habits with every mark opening its line', async () => {
    const p = await open();
    const timeline = messages.timeline('ben-hughes', 'all');
    await p.send(timeline);
    await p.page.locator('main[data-view="timeline"] svg').first().waitFor();
    const linked = await p.page.locator('svg [data-file][data-line]').count();
    const t = timeline.data;
    assert.equal(linked, t.oneOnOnes.length + t.feedback.length + t.topics.reduce((n, a) => n + a.steps.length, 0) + t.actions.length);
    await p.send(messages.habits);
    const habit = p.page.locator('[data-habit="recognition"]');
    await habit.locator('summary').click();
    const items = messages.habits.data.signals.find((s) => s.id === 'recognition')!.thisQuarter.items;
    await habit.locator('.line-link').first().click();
    assert.deepEqual(await lastPosted(p), { type: 'open-location', at: items[0]!.at });
    assert.match((await habit.locator('.trend').textContent()) ?? '', /better/);
  });

  it('draws every word of its own in the display language the extension passes, and the notes\' words as they are', async () => {
    // A translation of every message of l10n/bundle.l10n.json that marks each one: ⟦Your team⟧.
    const bundle = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string | { message: string }>;
    const words = Object.fromEntries(Object.entries(bundle).map(([key, e]) => [key, `⟦${typeof e === 'string' ? e : e.message}⟧`]));
    const p = await openPicturesPage(browser, root, { words });
    try {
      /** Every text and label on the page with letters that is neither translated nor a word of the data sent. */
      const untranslated = async (data: unknown) => {
        // Observable Plot names its own marks' groups (aria-label "dot", "x-axis tick"…): not the page's words.
        const texts = await p.page.evaluate(`(() => {
          const main = document.getElementById('pictures');
          const out = [];
          const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n.textContent ?? '');
          for (const e of Array.from(main.querySelectorAll('[aria-label], [title]'))) {
            if (e.tagName.toLowerCase() === 'g' && !e.hasAttribute('data-file')) continue;
            out.push(e.getAttribute('aria-label') ?? '', e.getAttribute('title') ?? '');
          }
          return out;
        })()`) as string[];
        const json = JSON.stringify(data);
        return texts.map((t) => t.trim()).filter((t) => /[a-z]/i.test(t) && !t.includes('⟦') && !json.includes(JSON.stringify(t).slice(1, -1)));
      };
      const showTables = async () => {
        for (const toggle of await p.page.locator('.table-toggle[aria-expanded="false"]').all()) await toggle.click();
      };
      await p.send(overview);
      await p.page.locator('main[data-view="overview"] .person-row').first().waitFor();
      assert.equal(await p.page.locator('h1').textContent(), '⟦Your team⟧');
      await showTables();
      assert.deepEqual(await untranslated(overview), []);
      const timeline = messages.timeline('ben-hughes', 'all');
      await p.send(timeline);
      await p.page.locator('main[data-view="timeline"] svg').first().waitFor();
      await showTables();
      assert.deepEqual(await untranslated(timeline), []);
      await p.send(messages.habits);
      await p.page.locator('main[data-view="habits"] .habit').first().waitFor();
      for (const summary of await p.page.locator('.habit summary').all()) await summary.click();
      await showTables();
      assert.deepEqual(await untranslated(messages.habits), []);
      assert.equal(await p.page.locator('.back').textContent(), '⟦Team overview⟧');
      assert.deepEqual(p.problems, [], 'no error in the console');
    } finally {
      await p.page.close();
    }
  });

  it('draws in English when the words it is given are not well formed', async () => {
    const p = await openPicturesPage(browser, root, { words: { 'Your team': 42 } as unknown as Record<string, string> });
    try {
      await p.send(overview);
      await p.page.locator('main[data-view="overview"] .person-row').first().waitFor();
      assert.equal(await p.page.locator('h1').textContent(), 'Your team');
    } finally {
      await p.page.close();
    }
  });
});
