import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { actionsOverdue } from '../../../src/core/checks/actions';
import { applyFix, ctxOn, only, run, textAt } from './builders';

const today = '2026-11-27';
const ctx = ctxOn(today);

function actions(items: string): Record<string, string> {
  return { 'person.yaml': 'name: Ben Hughes\n', '2026-11-10.yaml': `date: 2026-11-10\n# what we agreed\nactions:\n${items}` };
}

const mine = (due: string, extra = '') => `  - text: Get Ben a slot at the architecture guild   # ask Priya\n    owner: me\n    due: ${due}\n${extra}`;
const theirs = (due: string, extra = '') => `  - text: Draft the outline\n    owner: them\n    due: ${due}\n${extra}`;

describe('actions/overdue', () => {
  it('warns about the manager\'s own commitment, at its due date', () => {
    const files = actions(mine('2026-11-20'));
    const f = only(run(actionsOverdue, files, ctx));
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, 'Your commitment to Ben Hughes, "Get Ben a slot at the architecture guild", is 7 days overdue: trust is built by keeping them');
    assert.equal(textAt(files['2026-11-10.yaml'] as string, f.range), '2026-11-20');
  });

  it('hints at the person\'s own item', () => {
    const f = only(run(actionsOverdue, actions(theirs('2026-11-26')), ctx));
    assert.equal(f.severity, 'hint');
    assert.equal(f.message, 'Ben Hughes\'s action "Draft the outline" is 1 day overdue (due 2026-11-26): follow up on it');
  });

  it('is quiet on the due day, when done, and without a due date', () => {
    assert.deepEqual(run(actionsOverdue, actions(mine(today)), ctx), []);
    assert.deepEqual(run(actionsOverdue, actions(mine('2026-11-01', '    done: 2026-11-02\n')), ctx), []);
    assert.deepEqual(run(actionsOverdue, actions(mine('2026-11-01', '    done: true\n')), ctx), []);
    assert.deepEqual(run(actionsOverdue, actions('  - text: Someday\n    owner: me\n'), ctx), []);
    assert.equal(run(actionsOverdue, actions(mine('2026-11-01', '    done: false\n')), ctx).length, 1);
  });

  it('cuts a long text short in the message', () => {
    const long = `  - text: ${'word '.repeat(30).trim()}\n    owner: them\n    due: 2026-11-01\n`;
    assert.match(only(run(actionsOverdue, actions(long), ctx)).message, /"(word ){11}word…" is 26 days overdue/);
  });

  describe('the fix marks it done today; valid YAML, comments kept, the finding gone', () => {
    for (const [what, extra, expected] of [
      ['inserts done', '', '    due: 2026-11-20\n    done: 2026-11-27\n'],
      ['replaces done: false', '    done: false   # not yet\n', '    done: 2026-11-27   # not yet\n'],
    ] as const) {
      it(what, () => {
        const files = actions(mine('2026-11-20', extra) + theirs('2026-12-20'));
        const fix = only(run(actionsOverdue, files, ctx)).fixes?.[0];
        assert.ok(fix);
        assert.equal(fix.title, 'Mark done today (2026-11-27)');
        const fixed = applyFix(files, fix);
        const text = fixed['2026-11-10.yaml'] as string;
        assert.ok(text.includes(expected), text);
        assert.match(text, /# what we agreed\n/);
        assert.match(text, /# ask Priya\n/);
        assert.deepEqual(run(actionsOverdue, fixed, ctx), []);
      });
    }
  });
});
