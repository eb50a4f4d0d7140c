// A list item meant as text that holds ": " (`- me: code review`): a finding on the item, and a quick
// fix that puts it in quotes so it reads back as the text that was written.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import type { Fix } from '../../src/core/findings';
import { loadNotesFile } from '../../src/core/reading/loader';
import { lineStartsOf } from '../../src/core/reading/positions';
import { at, only } from './loaderAssertions';

const FILE = 'ada/2026-03-04.yaml';

/** The text after the fix's one edit. */
function applied(text: string, fix: Fix | undefined): string {
  assert.ok(fix, 'a fix is offered');
  assert.equal(fix.edits.length, 1);
  const { range, text: replacement } = fix.edits[0] as Fix['edits'][number];
  const starts = lineStartsOf(text);
  const offset = (p: { line: number; character: number }) => (starts[p.line] as number) + p.character;
  return text.slice(0, offset(range.start)) + replacement + text.slice(offset(range.end));
}

describe('loader: ": " inside a list item meant as text', () => {
  it('points at the agenda item with a plain message, and its fix quotes it, keeping the comment', () => {
    const text = 'date: 2026-03-04\nagenda:\n  - me: code review   # mine\n  - the on-call rota\n';
    const f = only(loadNotesFile(FILE, text), 'format/colon-in-text');
    assert.equal(at(f.range), '2:4-2:19');
    assert.equal(f.severity, 'error');
    assert.equal(f.message, 'The ": " after "me" turns this agenda item into a key and a value. Put the item in quotes to keep it as text: "me: code review"');
    assert.equal(f.fixes?.[0]?.title, 'Put the item in quotes');
    const fixed = applied(text, f.fixes?.[0]);
    assert.equal(fixed, 'date: 2026-03-04\nagenda:\n  - "me: code review"   # mine\n  - the on-call rota\n');
    const loaded = loadNotesFile(FILE, fixed);
    assert.deepEqual(loaded.findings, []);
    assert.ok(loaded.kind === 'oneOnOne');
    assert.deepEqual(loaded.data?.agenda, ['me: code review', 'the on-call rota']);
  });

  it('does the same in a flow list and in a topic\'s support list', () => {
    const flow = 'date: 2026-03-04\nagenda: [ me: code review, rota ]\n';
    assert.equal(applied(flow, only(loadNotesFile(FILE, flow), 'format/colon-in-text').fixes?.[0]), 'date: 2026-03-04\nagenda: [ "me: code review", rota ]\n');
    const topic = 'date: 2026-03-04\ntopics:\n  - id: reviews\n    stance: supportive\n    support:\n      - Luis: pairing on Fridays\n';
    const f = only(loadNotesFile(FILE, topic), 'format/colon-in-text');
    assert.match(f.message, /this support item/);
    const loaded = loadNotesFile(FILE, applied(topic, f.fixes?.[0]));
    assert.ok(loaded.kind === 'oneOnOne');
    assert.deepEqual(loaded.data?.topics[0]?.support, ['Luis: pairing on Fridays']);
  });

  it('keeps quotes that were written inside the item', () => {
    const text = 'date: 2026-03-04\nagenda:\n  - them: "not our problem"\n';
    const fixed = applied(text, only(loadNotesFile(FILE, text), 'format/colon-in-text').fixes?.[0]);
    const loaded = loadNotesFile(FILE, fixed);
    assert.ok(loaded.kind === 'oneOnOne');
    assert.equal(fixed, 'date: 2026-03-04\nagenda:\n  - \'them: "not our problem"\'\n');
    assert.deepEqual(loaded.data?.agenda, ['them: "not our problem"'], fixed);
  });

  it('leaves real maps in a list of texts to the general message', () => {
    const text = 'date: 2026-03-04\nagenda:\n  - who: me\n    what: code review\n';
    const l = loadNotesFile(FILE, text);
    assert.equal(l.findings.some((f) => f.code === 'format/colon-in-text'), false);
    assert.equal(only(l, 'format/schema').message, 'Each item should be text (found keys and values)');
  });

  it('leaves a map written in braces alone', () => {
    const l = loadNotesFile(FILE, 'date: 2026-03-04\nagenda:\n  - { who: me }\n');
    assert.deepEqual(l.findings.map((f) => f.code), ['format/schema']);
  });

  it('any one-line item with ": " reads back as written once quoted', () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,10}[A-Za-z0-9]$/);
    const rest = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.'"()\\-]{0,30}$/).filter((s) => !/[\s]$/.test(s));
    let quotedItems = 0;
    fc.assert(fc.property(word, rest, (key, value) => {
      const text = `date: 2026-03-04\nagenda:\n  - ${key}: ${value}\n`;
      const before = loadNotesFile(FILE, text);
      const f = before.findings.find((x) => x.code === 'format/colon-in-text');
      if (!f) return; // not read as one key and a text value (e.g. a value YAML reads otherwise)
      const loaded = loadNotesFile(FILE, applied(text, f.fixes?.[0]));
      assert.ok(loaded.kind === 'oneOnOne');
      assert.deepEqual(loaded.findings, []);
      assert.deepEqual(loaded.data?.agenda, [`${key}: ${value}`]);
      quotedItems++;
    }));
    assert.ok(quotedItems > 50, `${quotedItems} of 100 generated items were quoted`);
  });
});
