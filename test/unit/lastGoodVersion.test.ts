// A notes file broken by a YAML mistake in the editor keeps the coaching of its last good version, with
// one note that says so; the note goes once it reads cleanly again. Without an earlier good version (on
// disk at start, in the command line) nothing is kept.
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { CheckedNotes } from '../../src/core/workspace/checkedNotes';
import type { CheckContext } from '../../src/core/checks/rule';
import { withDefaults } from '../../src/core/checks/settings';

const ctx: CheckContext = { today: '2026-01-20', settings: withDefaults() };
const FILE = 'ada/2026-01-05.yaml';
const GOOD = 'date: 2026-01-05\ntopics:\n  - id: test-coverage\n    title: Tests for the export module\n    stance: plan\n    goals: Cover the export module with tests\n';
/** The same with a colon missing, as typed. */
const BROKEN = GOOD.replace('title: Tests', 'title Tests');
const COACHING = 'escalation/skipped-stage';

function notes(): CheckedNotes {
  const n = new CheckedNotes();
  n.index.update('ada/person.yaml', 'name: Ada\n');
  n.index.update(FILE, GOOD);
  n.recheck(ctx);
  return n;
}

const codes = (n: CheckedNotes) => n.findingsFor(FILE).map((f) => f.code).sort();

describe('the last good version of a broken notes file', () => {
  it('keeps the coaching findings with one note while broken, and drops the note once fixed', () => {
    const n = notes();
    const coaching = codes(n);
    assert.ok(coaching.includes(COACHING), 'the coaching finding of the good version');
    const changed = n.update(FILE, BROKEN, ctx, { keepLastGood: true });
    assert.ok(changed.has(FILE));
    assert.deepEqual(codes(n), [...coaching, 'format/last-good', 'format/syntax'].sort());
    const note = n.findingsFor(FILE).find((f) => f.code === 'format/last-good');
    assert.equal(note?.severity, 'info');
    assert.match(note?.message ?? '', /last version that read cleanly/);
    assert.equal(n.index.oneOnOnes('ada').length, 1, 'the 1:1 is still in the index');
    assert.equal(n.index.loaded(FILE)?.data !== undefined, true);

    // Typing on, still broken: still one note, and the mistake found in the new text.
    n.update(FILE, BROKEN.replace('goals: Cover', 'goals Cover'), ctx, { keepLastGood: true });
    assert.deepEqual(codes(n), [...coaching, 'format/last-good', 'format/syntax', 'format/syntax'].sort());

    n.update(FILE, GOOD.replace('Tests for', 'More tests for'), ctx, { keepLastGood: true });
    assert.deepEqual(codes(n), coaching);
    assert.equal(n.index.topicThreads('ada')[0]?.title, 'More tests for the export module');
  });

  it('does nothing for a file that never read cleanly, nor without keepLastGood (the command line)', () => {
    const fresh = new CheckedNotes();
    fresh.index.update('ada/person.yaml', 'name: Ada\n');
    fresh.update(FILE, BROKEN, ctx, { keepLastGood: true });
    assert.deepEqual(codes(fresh), ['format/syntax']);
    assert.equal(fresh.index.loaded(FILE)?.data, undefined);

    const n = notes();
    n.update(FILE, BROKEN, ctx);
    assert.deepEqual(codes(n), ['format/syntax']);
    assert.equal(n.index.loaded(FILE)?.data, undefined);
  });

  it('a schema mistake is not a broken file: the data of that version counts as it is', () => {
    const n = notes();
    n.update(FILE, GOOD.replace('stance: plan', 'stance: plann'), ctx, { keepLastGood: true });
    assert.ok(!codes(n).includes('format/last-good'));
    assert.ok(!codes(n).includes(COACHING));
  });

  it('a file removed while broken forgets its last good version', () => {
    const n = notes();
    n.update(FILE, BROKEN, ctx, { keepLastGood: true });
    n.remove(FILE, ctx);
    assert.deepEqual(codes(n), []);
    n.update(FILE, BROKEN, ctx, { keepLastGood: true });
    assert.deepEqual(codes(n), ['format/syntax']);
  });
});
