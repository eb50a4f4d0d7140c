// The page of a briefing webview: the core's Markdown rendered by markdown-it with raw HTML off, a
// strict content security policy (nothing loads: one style and one small script, both by nonce), and
// VS Code's theme colours. A click on a link posts its target; the extension decides what to open.
import { randomBytes } from 'node:crypto';
type MarkdownIt = InstanceType<typeof import('markdown-it').default>;

let markdown: MarkdownIt | undefined;

/**
 * markdown-it, loaded on the first briefing: most sessions open none, and it is a sixth of the bundle
 * (the build ships it as a file of its own, dist/markdown-it.js; see scripts/bundles.mjs).
 */
function renderer(): MarkdownIt {
  if (!markdown) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Renderer = require('markdown-it') as typeof import('markdown-it').default;
    markdown = new Renderer({ html: false, linkify: false, typographer: false });
  }
  return markdown;
}

/** What the page posts to the extension. */
export interface OpenLineMessage {
  readonly type: 'open';
  readonly target: string;
}

/** The message, when it is one the page sends; anything else is ignored. */
export function asOpenLineMessage(message: unknown): OpenLineMessage | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, target } = message as { type?: unknown; target?: unknown };
  return type === 'open' && typeof target === 'string' && target.length < 2000 ? { type, target } : undefined;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground);
  background: var(--vscode-editor-background); line-height: 1.5; padding: 0 1rem 2rem; max-width: 52rem; overflow-wrap: anywhere; }
h1 { font-size: 1.5em; font-weight: 600; margin: 1rem 0 0.5rem; }
h2 { font-size: 1.2em; font-weight: 600; margin: 1.5rem 0 0.5rem; padding-bottom: 0.2rem; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); }
h3 { font-size: 1.05em; font-weight: 600; margin: 1rem 0 0.25rem; }
ul { padding-left: 1.25rem; margin: 0.25rem 0; }
li { margin: 0.15rem 0; }
p { margin: 0.4rem 0; }
strong { color: var(--vscode-editor-foreground, inherit); }
a { color: var(--vscode-textLink-foreground); text-decoration: none; font-size: 0.9em; white-space: nowrap; }
a:hover, a:focus { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
a:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
`;

/** Posts the target of a clicked link, and follows no link itself. */
const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  if (!link) return;
  event.preventDefault();
  vscode.postMessage({ type: 'open', target: link.getAttribute('href') || '' });
});
`;

/** The whole page for `md`, titled `title`. */
export function briefingHtml(md: string, title: string): string {
  const nonce = randomBytes(16).toString('base64');
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${renderer().utils.escapeHtml(title)}</title>`,
    `<style nonce="${nonce}">${STYLE}</style>`,
    '</head><body>',
    renderer().render(md),
    `<script nonce="${nonce}">${SCRIPT}</script>`,
    '</body></html>',
  ].join('\n');
}
