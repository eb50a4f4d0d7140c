// The page of the pictures' panel: one stylesheet and one script, both from the extension's media folder,
// under a strict content security policy: nothing else loads (no network, no inline script; the script
// runs by nonce), and the page draws only what the extension posts to it.
import { randomBytes } from 'node:crypto';

/** The files of the page, in media/. */
export const PICTURES_SCRIPT = 'pictures.js';
export const PICTURES_STYLE = 'pictures.css';

/** Where the page's files come from, as the webview names them (`webview.asWebviewUri` of media/). */
export interface PageSources {
  readonly cspSource: string;
  readonly media: string;
}

/** The content security policy of a page with `nonce`. */
export function picturesCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ') + ';';
}

/** The whole page, titled `title`; a fresh nonce each time. */
export function picturesHtml(sources: PageSources, title: string): string {
  const nonce = randomBytes(16).toString('base64');
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const media = esc(sources.media.replace(/\/$/, ''));
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(picturesCsp(sources.cspSource, nonce))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<link rel="stylesheet" href="${media}/${PICTURES_STYLE}">`,
    `<title>${esc(title)}</title>`,
    '</head>',
    '<body>',
    '<main id="pictures" data-view="overview"></main>',
    `<script nonce="${esc(nonce)}" src="${media}/${PICTURES_SCRIPT}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
