// The pictures page in the display language: the extension writes the language and VS Code's translated
// messages into the page; the page takes them only when they are a record of strings.
import { strict as assert } from 'node:assert';
import { parsePageWords } from '../../../src/core/pictures/protocol';
import { picturesHtml } from '../../../src/pictures/picturesHtml';

const sources = { cspSource: 'https://page.test', media: 'https://page.test/media/' };
/** The value of data-l10n as the browser reads it (the page writes &#NN; for & < > "). */
function writtenWords(html: string): unknown {
  const attribute = /<main id="pictures" data-view="overview" data-l10n="([^"]*)"><\/main>/.exec(html)?.[1];
  return attribute === undefined ? undefined : JSON.parse(attribute.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))));
}

describe('the pictures page: its language and words', () => {
  it('is English, with no words written, when VS Code shows English (no bundle)', () => {
    const html = picturesHtml(sources, 'Team at a Glance');
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<main id="pictures" data-view="overview"><\/main>/);
    assert.equal(writtenWords(picturesHtml(sources, 'x', { lang: 'en', words: {} })), undefined);
  });

  it('carries the display language and every translated message, quotes and markup included, as text', () => {
    const words = { 'Your team': 'Dein "Team" <jetzt>', '{0} need attention': '{0} brauchen & warten' };
    const html = picturesHtml(sources, 'Team', { lang: 'de', words });
    assert.match(html, /<html lang="de">/);
    assert.deepEqual(writtenWords(html), words);
    assert.ok(!html.includes('<jetzt>'), 'no markup of the words reaches the page');
    assert.deepEqual(parsePageWords(writtenWords(html)), { ok: true, message: words });
  });

  it('the page refuses words that are not a record of strings', () => {
    for (const bad of [{ 'Your team': 42 }, ['Your team'], 'Your team', null]) assert.equal(parsePageWords(bad).ok, false, JSON.stringify(bad));
  });
});
