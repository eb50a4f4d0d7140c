// The page of the pictures' panel: one stylesheet and one script, both from the extension's media folder,
// under a strict content security policy: nothing else loads (no network, no inline script; the script
// runs by nonce), and the page draws only what the extension posts to it.
import { randomBytes } from 'node:crypto';
import type { PageWords } from '../core/pictures/protocol';

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

/** The display language and, when it is not English, the translated messages the page draws with. */
export interface PageLanguage {
  readonly lang: string;
  readonly words?: PageWords;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page's main element: the page reads its translated words from `data-l10n` before it draws. */
export function picturesMain(words?: PageWords): string {
  const l10n = words && Object.keys(words).length > 0 ? ` data-l10n="${esc(JSON.stringify(words))}"` : '';
  return `<main id="pictures" data-view="overview"${l10n}></main>`;
}

/** The whole page, titled `title`, in `language`; a fresh nonce each time. */
export function picturesHtml(sources: PageSources, title: string, language: PageLanguage = { lang: 'en' }): string {
  const nonce = randomBytes(16).toString('base64');
  const media = esc(sources.media.replace(/\/$/, ''));
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(language.lang)}">`,
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(picturesCsp(sources.cspSource, nonce))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<link rel="stylesheet" href="${media}/${PICTURES_STYLE}">`,
    `<title>${esc(title)}</title>`,
    '</head>',
    '<body>',
    picturesMain(language.words),
    `<script nonce="${esc(nonce)}" src="${media}/${PICTURES_SCRIPT}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
