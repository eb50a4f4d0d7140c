// The UI tier's harness: a real VS Code (code-server) with the packaged .vsix installed, driven by headless Chromium.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { todayIso } from '../../src/core/dates';
import { copyFolderName, sampleShiftDays, shiftDates } from '../../src/core/sample/sampleCopy';
import { writeSampleCopy } from '../../src/core/sample/sampleFolder';

// out/test/ui/ → project root
export const projectRoot = join(__dirname, '..', '..', '..');
const resultsDir = join(projectRoot, 'test-results');

interface Testbed {
  installTestbed(): { chromium: string };
  makeRunDir(tag: string, options?: { settings?: Record<string, unknown> }): string;
  installVsix(runDir: string, vsix: string): void;
  startCodeServer(o: { runDir: string; folder: string | undefined; workspaceTrust?: boolean }): Promise<{ url: string; stop(): Promise<void> }>;
  launchChromium(path: string): Promise<Browser>;
  activationFailures(runDir: string): string[];
  vsixPath: string;
}

async function testbed(): Promise<Testbed> {
  const load = (name: string) => import(pathToFileURL(join(projectRoot, 'scripts', 'testbed', name)).href);
  return { ...(await load('install.mjs')), ...(await load('codeServer.mjs')), ...(await load('paths.mjs')) };
}

/** A copy of the sample team (examples/notes) with its dates moved to today, as Open Sample Notes makes it. */
export interface SampleCopy {
  readonly folder: string;
  /** The day the copy reads as of. */
  readonly today: string;
  /** The copy's path for a path in the sample (`one-on-ones/ben-hughes/2026-11-17.yaml`): its dates moved. */
  path(samplePath: string): string;
}

/**
 * A fresh copy of the sample in a temp folder, made by the same function as the extension's: the UI tests
 * see the same findings, and take the same screenshots, whatever today's date is.
 */
export function sampleCopy(): SampleCopy {
  const today = todayIso();
  const folder = join(mkdtempSync(join(tmpdir(), 'one-on-one-sample-')), copyFolderName(today));
  writeSampleCopy(join(projectRoot, 'examples', 'notes'), folder, today);
  return { folder, today, path: (samplePath) => shiftDates(samplePath, sampleShiftDays(today)) };
}

/** A view of the side bar, by its title (`People`, `Needs Attention`). */
export function sideBarPane(page: Page, name: string): Locator {
  return page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: name }) });
}

/** The People view's rows, once they list the four people of the sample team (asserted). */
export async function sampleTeamRows(page: Page): Promise<Locator> {
  const people = sideBarPane(page, 'People').locator('.monaco-list-row');
  await people.filter({ hasText: 'Ben Hughes' }).waitFor({ state: 'visible' });
  const labels = await people.allInnerTexts();
  for (const name of ['Amara Okafor', 'Ben Hughes', 'Chen Wei', 'Dana Kowalski']) {
    assert.ok(labels.some((l) => l.includes(name)), `${name} in the People view: ${labels.join(' | ')}`);
  }
  return people;
}

export interface Workbench {
  readonly page: Page;
  /** The run's folder: user data (ud/), extensions, HOME. */
  readonly runDir: string;
  /** Saves a PNG under test-results/ and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Runs a command from the palette by its title, as a person would (F1, type, Enter). */
  runCommand(title: string): Promise<void>;
  /** Opens a file of the workspace by quick open (Ctrl+P), at a 1-based line when given. */
  openFile(relativePath: string, line?: number): Promise<void>;
  /** The activity-bar entry with this title. */
  activityBarItem(title: string): Locator;
  /** Lines of the extension-host log that say an extension failed to activate. */
  activationFailures(): string[];
}

/**
 * Drags the side bar's edge so it is `width` pixels wide, as a manager with long names and messages
 * would: the default width cuts most tree descriptions off.
 */
async function widenSideBar(page: Page, width: number): Promise<void> {
  const sidebar = page.locator('.part.sidebar');
  await sidebar.waitFor({ state: 'visible' });
  const box = await sidebar.boundingBox();
  if (!box) return;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width + 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 5 });
  await page.mouse.up();
}

export interface WorkbenchOptions {
  /** False keeps the side bar at VS Code's own width (about 300 px), for tests of what fits there. */
  readonly widenSideBar?: boolean;
  /** True opens the folder in Restricted Mode: workspace trust on, the folder not trusted, no prompt. */
  readonly untrusted?: boolean;
}

/** Workspace trust on, the folder left untrusted without asking: VS Code opens it in Restricted Mode. */
const UNTRUSTED_SETTINGS = { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'always' };

/**
 * Registers before/after hooks that open `folder` (a path, or a sample copy) in a fresh VS Code, or a
 * window with no folder when there is none; call the returned function inside tests.
 */
export function useWorkbench(folder?: string | SampleCopy, options: WorkbenchOptions = {}): () => Workbench {
  let workbench: Workbench | undefined;
  let cleanup: (() => Promise<void>) | undefined;

  before(async function () {
    this.timeout(240_000);
    const tb = await testbed();
    const { chromium } = tb.installTestbed();
    // Auto-save off, as many managers have it: code-server would otherwise save edits by itself.
    const runDir = tb.makeRunDir('ui', { settings: { 'files.autoSave': 'off', ...(options.untrusted ? UNTRUSTED_SETTINGS : {}) } });
    tb.installVsix(runDir, tb.vsixPath);
    const server = await tb.startCodeServer({ runDir, folder: typeof folder === 'string' ? folder : folder?.folder, workspaceTrust: options.untrusted === true });
    const browser = await tb.launchChromium(chromium);
    cleanup = async () => { await browser.close(); await server.stop(); };
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(server.url, { timeout: 180_000 });
    await page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: 60_000 });
    // A window with no folder shows no side bar.
    if (folder && options.widenSideBar !== false) await widenSideBar(page, 480);
    mkdirSync(resultsDir, { recursive: true });
    workbench = {
      page,
      runDir,
      async screenshot(name) {
        const path = join(resultsDir, `${name}.png`);
        await page.screenshot({ path, animations: 'disabled' });
        return path;
      },
      async runCommand(title) {
        const input = page.locator('.quick-input-widget input');
        const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
        // The palette lists what its when clauses allow as it opens (e.g. isWorkspaceTrusted, which a window
        // that has just loaded may not have set yet), and does not refresh while open: as a person would,
        // close it and open it again.
        for (let attempt = 1; ; attempt += 1) {
          await page.keyboard.press('F1');
          await input.waitFor({ state: 'visible' });
          await input.fill(`>${title}`);
          try {
            await row.waitFor({ state: 'visible', timeout: 15_000 });
            break;
          } catch (error) {
            if (attempt === 4) throw error;
            await page.keyboard.press('Escape');
            await input.waitFor({ state: 'hidden' });
          }
        }
        await page.keyboard.press('Enter');
      },
      async openFile(relativePath, line) {
        await page.keyboard.press('Control+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible' });
        await input.fill(line ? `${relativePath}:${line}` : relativePath);
        const name = relativePath.split('/').pop() ?? relativePath;
        const folder = relativePath.split('/').slice(0, -1).join('/');
        // The row of this very file: with several person.yaml files, the first row may be another one.
        const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).filter({ hasText: folder }).first();
        await row.waitFor({ state: 'visible' });
        await row.click();
        await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ state: 'visible' });
        await page.locator('.monaco-editor .view-lines').first().waitFor({ state: 'visible' });
      },
      activityBarItem(title) {
        // The whole item, badge included: a click lands where a person clicks, even on the badge.
        return page.locator('.part.activitybar .action-item').filter({ has: page.locator(`a[aria-label^="${title}"]`) });
      },
      activationFailures: () => tb.activationFailures(runDir),
    };
  });

  // A failed test leaves a picture of what the workbench showed at that moment.
  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !workbench) return;
    const name = (this.currentTest.fullTitle() ?? 'test').replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
    await workbench.screenshot(`failed-${name}`).catch(() => undefined);
  });

  after(async function () {
    this.timeout(30_000);
    await cleanup?.();
  });

  return () => {
    if (!workbench) throw new Error('the workbench did not start (see the before hook)');
    return workbench;
  };
}
