// What the pictures' panel shows after a reload: the page's kept state read back, and anything odd in it
// ignored; and the page itself: a strict policy, a fresh nonce, nothing but the two media files.
import { strict as assert } from 'node:assert';
import { FIRST_SHOW, showFromState } from '../../../src/core/pictures/pictureShow';
import { picturesCsp, picturesHtml } from '../../../src/pictures/picturesHtml';

describe('pictures: what the panel shows after a reload', () => {
  it('reads back what the page kept', () => {
    assert.deepEqual(showFromState({ show: { view: 'timeline', personId: 'ben-hughes', range: '1y', sort: 'name' }, last: {} }),
      { view: 'timeline', personId: 'ben-hughes', range: '1y', sort: 'name' });
    assert.deepEqual(showFromState({ show: { view: 'habits' } }), { ...FIRST_SHOW, view: 'habits' });
  });

  it('shows the team, most urgent first, when the state is missing or odd', () => {
    for (const state of [undefined, null, 7, 'overview', {}, { show: null }, { show: 'habits' }]) assert.deepEqual(showFromState(state), FIRST_SHOW);
    assert.deepEqual(showFromState({ show: { view: 'chart', personId: '', range: '2y', sort: 'age' } }), FIRST_SHOW);
    assert.deepEqual(showFromState({ show: { view: 'timeline', personId: 'x'.repeat(1001) } }), { ...FIRST_SHOW, view: 'timeline' });
  });
});

describe('pictures: the page', () => {
  const sources = { cspSource: "'self' https://*.vscode-cdn.net", media: 'https://r.vscode-cdn.net/ext/media/' };

  it('allows nothing but the media folder\'s files and its one script by nonce', () => {
    assert.equal(picturesCsp(sources.cspSource, 'abc'),
      "default-src 'none'; img-src 'self' https://*.vscode-cdn.net data:; style-src 'self' https://*.vscode-cdn.net; font-src 'self' https://*.vscode-cdn.net; script-src 'nonce-abc';");
    const html = picturesHtml(sources, 'Team at a Glance');
    const nonce = /script-src 'nonce-([^']+)'/.exec(html)?.[1] ?? '';
    assert.ok(nonce.length >= 22);
    assert.deepEqual([...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]), [` nonce="${nonce}" src="https://r.vscode-cdn.net/ext/media/pictures.js"`]);
    assert.deepEqual([...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]), ['https://r.vscode-cdn.net/ext/media/pictures.css', 'https://r.vscode-cdn.net/ext/media/pictures.js']);
    assert.doesNotMatch(html, /<style|style=|unsafe-/);
  });

  it('makes a new nonce for every page, and escapes the title', () => {
    const nonces = new Set(Array.from({ length: 20 }, () => /'nonce-([^']+)'/.exec(picturesHtml(sources, 't'))?.[1]));
    assert.equal(nonces.size, 20);
    assert.match(picturesHtml(sources, 'History: <Zoë> & "co"'), /<title>History: &#60;Zoë&#62; &#38; &#34;co&#34;<\/title>/);
  });
});
