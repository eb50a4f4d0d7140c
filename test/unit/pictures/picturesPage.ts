// The pictures' page outside VS Code: the page HTML the extension writes (same CSP), served from a
// made-up origin in headless Chromium, with a stand-in for VS Code's webview API that records what the
// page posts and keeps its state, and the colours of a dark or a light VS Code theme. Used by the unit
// test of the page and by scripts/pictures-preview.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { picturesMain } from '../../../src/pictures/picturesHtml';

/** The page's own origin: everything it may load comes from here (media/), anything else is refused and recorded. */
export const ORIGIN = 'https://pictures.test';
const NONCE = 'c29tZS1ub25jZS1mb3ItdGhlLXBpY3R1cmVz';

/** The theme variables VS Code gives a webview, as its Dark Modern, Light Modern and Dark High Contrast themes set them. */
export const THEMES = {
  dark: {
    bodyClass: 'vscode-dark',
    vars: {
      'charts-red': '#f14c4c', 'charts-green': '#89d185', 'charts-blue': '#3794ff', 'charts-yellow': '#cca700',
      'charts-orange': '#d18616', 'charts-purple': '#b180d7', 'charts-foreground': '#cccccc', 'charts-lines': 'rgba(204, 204, 204, 0.5)',
      foreground: '#cccccc', descriptionForeground: '#9d9d9d', 'editor-background': '#1f1f1f', focusBorder: '#0078d4',
      'button-background': '#0078d4', 'button-foreground': '#ffffff', 'button-secondaryBackground': '#313131',
      'button-secondaryForeground': '#cccccc', 'button-secondaryHoverBackground': '#3c3c3c', 'textLink-foreground': '#4daafc',
      'textLink-activeForeground': '#4daafc', 'widget-border': '#313131',
      'font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif', 'font-size': '13px',
    },
  },
  light: {
    bodyClass: 'vscode-light',
    vars: {
      'charts-red': '#e51400', 'charts-green': '#388a34', 'charts-blue': '#1a85ff', 'charts-yellow': '#bf8803',
      'charts-orange': '#d18616', 'charts-purple': '#652d90', 'charts-foreground': '#616161', 'charts-lines': 'rgba(97, 97, 97, 0.5)',
      foreground: '#3b3b3b', descriptionForeground: '#717171', 'editor-background': '#ffffff', focusBorder: '#005fb8',
      'button-background': '#005fb8', 'button-foreground': '#ffffff', 'button-secondaryBackground': '#e5e5e5',
      'button-secondaryForeground': '#3b3b3b', 'button-secondaryHoverBackground': '#cccccc', 'textLink-foreground': '#005fb8',
      'textLink-activeForeground': '#005fb8', 'widget-border': '#e5e5e5',
      'font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif', 'font-size': '13px',
    },
  },
  'high-contrast': {
    bodyClass: 'vscode-high-contrast',
    vars: {
      'charts-red': '#f14c4c', 'charts-green': '#89d185', 'charts-blue': '#3794ff', 'charts-yellow': '#cca700',
      'charts-orange': '#d18616', 'charts-purple': '#b180d7', 'charts-foreground': '#ffffff', 'charts-lines': 'rgba(255, 255, 255, 0.5)',
      foreground: '#ffffff', descriptionForeground: 'rgba(255, 255, 255, 0.7)', 'editor-background': '#000000', focusBorder: '#f38518',
      contrastBorder: '#6fc3df', contrastActiveBorder: '#f38518', 'button-background': '#000000', 'button-foreground': '#ffffff', 'button-secondaryBackground': '#000000',
      'button-secondaryForeground': '#ffffff', 'textLink-foreground': '#21a6ff', 'textLink-activeForeground': '#21a6ff', 'widget-border': '#6fc3df',
      'font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif', 'font-size': '13px',
    },
  },
} as const;
export type ThemeName = keyof typeof THEMES;

/**
 * The page as the extension writes it, plus what VS Code adds around a webview: the theme's variables
 * (a stylesheet here) and its API (a script with the page's nonce here).
 */
function pageHtml(theme: ThemeName, state: unknown, words?: Record<string, string>): string {
  const media = `${ORIGIN}/media`;
  const api = `window.__posted = []; window.__state = ${JSON.stringify(state ?? null)}; window.__states = []; window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));
window.acquireVsCodeApi = () => ({
  postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
  getState: () => window.__state ?? undefined,
  setState: (s) => { window.__state = JSON.parse(JSON.stringify(s)); window.__states.push(window.__state); },
});`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${ORIGIN} data:; style-src ${ORIGIN}; script-src 'nonce-${NONCE}'; font-src ${ORIGIN};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${ORIGIN}/theme.css">
<link rel="stylesheet" href="${media}/pictures.css"><title>Team</title></head>
<body class="${THEMES[theme].bodyClass}">${picturesMain(words)}
<script nonce="${NONCE}">${api}</script>
<script nonce="${NONCE}" src="${media}/pictures.js"></script></body></html>`;
}

function themeCss(theme: ThemeName): string {
  return `:root {\n${Object.entries(THEMES[theme].vars).map(([k, v]) => `  --vscode-${k}: ${v};`).join('\n')}\n}\n`;
}

export interface PicturesPage {
  readonly page: Page;
  /** Requests the page made outside its own resources (all refused). */
  readonly outside: string[];
  /** Console messages of the page that are errors or CSP refusals. */
  readonly problems: string[];
  /** Loads the page again, as after a reload of the panel, with `state` as VS Code kept it; forgets what was recorded. */
  reload(state?: unknown): Promise<void>;
  /** Sends a message as the extension does. */
  send(message: unknown): Promise<void>;
  /** What the page posted to the extension so far. */
  posted(): Promise<unknown[]>;
  /** The state the page keeps in VS Code. */
  state(): Promise<unknown>;
  /** Every state the page kept since it was loaded, in order. */
  states(): Promise<unknown[]>;
  /** CSP violations the page reported. */
  violations(): Promise<string[]>;
}

/** Opens the page in a new tab of `browser`, with `state` as VS Code kept it (none: a first open). */
export async function openPicturesPage(browser: Browser, root: string, options: { theme?: ThemeName; state?: unknown; width?: number; words?: Record<string, string> } = {}): Promise<PicturesPage> {
  const theme = options.theme ?? 'dark';
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: theme === 'light' ? 'light' : 'dark' });
  const outside: string[] = [];
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  const files: Record<string, { body: string | Buffer; contentType: string }> = {
    '/': { body: pageHtml(theme, options.state, options.words), contentType: 'text/html' },
    '/theme.css': { body: themeCss(theme), contentType: 'text/css' },
    '/media/pictures.css': { body: readFileSync(join(root, 'media', 'pictures.css')), contentType: 'text/css' },
    '/media/pictures.js': { body: readFileSync(join(root, 'media', 'pictures.js')), contentType: 'text/javascript' },
  };
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const file = url.origin === ORIGIN ? files[url.pathname] : undefined;
    if (!file) {
      outside.push(route.request().url());
      await route.abort();
      return;
    }
    await route.fulfill({ status: 200, contentType: file.contentType, body: file.body });
  });
  await page.goto(`${ORIGIN}/`);
  return {
    page,
    outside,
    problems,
    reload: async (state) => {
      files['/'] = { body: pageHtml(theme, state, options.words), contentType: 'text/html' };
      await page.goto(`${ORIGIN}/`);
      outside.splice(0);
      problems.splice(0);
    },
    send: async (message) => { await page.evaluate((m) => (globalThis as unknown as { postMessage(m: unknown, origin: string): void }).postMessage(m, '*'), message); },
    posted: () => page.evaluate('window.__posted') as Promise<unknown[]>,
    state: () => page.evaluate('window.__state') as Promise<unknown>,
    states: () => page.evaluate('window.__states') as Promise<unknown[]>,
    violations: () => page.evaluate('window.__violations') as Promise<string[]>,
  };
}
