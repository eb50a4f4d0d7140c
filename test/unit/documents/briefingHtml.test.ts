// The briefing webview's page: markdown-it with raw HTML off, a strict content security policy, and a
// message protocol that accepts one shape only.
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { asOpenLineMessage, briefingHtml } from '../../../src/documents/briefingHtml';

describe('briefing webview page', () => {
  const html = briefingHtml('# Prepare: 1:1 with A\n\n- <script>alert(1)</script> · [2026-03-02, line 3](p/2026-03-02.yaml#L3)\n', 'Prepare: <A>');

  it('loads nothing: default-src none, one style and one script by the same fresh nonce', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    const nonce = /'nonce-([^']+)'/.exec(csp ?? '')?.[1];
    assert.ok(nonce);
    assert.equal(csp, `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`);
    assert.equal([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).join(), `<script nonce="${nonce}">`);
    assert.equal([...html.matchAll(/<style\b[^>]*>/g)].map((m) => m[0]).join(), `<style nonce="${nonce}">`);
    assert.doesNotMatch(html, /https?:/, 'nothing from the network');
    assert.notEqual(/'nonce-([^']+)'/.exec(briefingHtml('x', 'x'))?.[1], nonce, 'a new nonce each time');
  });

  it('renders the Markdown, with HTML in it shown as text and links kept as targets', () => {
    assert.match(html, /<h1>Prepare: 1:1 with A<\/h1>/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /<a href="p\/2026-03-02\.yaml#L3">2026-03-02, line 3<\/a>/);
    assert.match(html, /<title>Prepare: &lt;A&gt;<\/title>/);
    assert.match(html, /var\(--vscode-foreground\)/, 'theme colours');
  });

  it('takes only { type: open, target: text } from the page', () => {
    assert.deepEqual(asOpenLineMessage({ type: 'open', target: 'p/2026-03-02.yaml#L3' }), { type: 'open', target: 'p/2026-03-02.yaml#L3' });
    for (const bad of [undefined, null, 'open', { type: 'run', target: 'x' }, { type: 'open', target: 3 }, { type: 'open', target: 'x'.repeat(5000) }]) {
      assert.equal(asOpenLineMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});
