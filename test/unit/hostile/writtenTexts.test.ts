// Hostile input, texts the extension writes: whatever a manager types into Add Person or Log Feedback
// (a name such as .nan, ~, yes, 1e3 or 2026-03-04, quotes, colons, control characters), the file the
// extension writes reads back as exactly that text, never as a number, a date, a boolean or nothing.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { loadNotesFile } from '../../../src/core/reading/loader';
import { loggedFeedbackLines } from '../../../src/core/templates/feedbackEntry';
import { personFileText } from '../../../src/core/templates/personFile';

/** Words YAML (1.1 or 1.2) reads as something other than text when written plain. */
const SPECIAL = [
  '.nan', '.NaN', '.NAN', '.inf', '.Inf', '-.inf', '+.inf', '-.Inf', '~', 'null', 'Null', 'NULL', 'true', 'False', 'yes', 'No', 'on', 'OFF', 'y', 'n',
  '12', '-3', '+7', '1_000', '0o17', '0x1F', '0b101', '1e3', '-3.5e2', '.5', '1.', '2026-03-04', '2026-03-04T10:00:00Z', '12:30', '1:1', '<<', '=',
  '!tag', '&anchor', '*alias', '- item', '? key', '[x]', '{y}', '#1', '%x', '@me', '`code`', '|', '>', "'", '"', 'a: b', 'ends with:', 'a # b',
];

const text = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL), weight: 3 },
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(...SPECIAL).chain((w) => fc.constantFrom(` ${w}`, `${w} `, `${w}\t`, `${w}\n${w}`)),
);

describe('hostile input: texts the extension writes read back as written', () => {
  it('Add Person: any name and role', () => {
    fc.assert(fc.property(text, text, (name, role) => {
      fc.pre(name.trim() !== '');
      const written = personFileText({ name, role, cadence: 'weekly' });
      const loaded = loadNotesFile('ada/person.yaml', written);
      assert.ok(loaded.kind === 'person');
      assert.equal(loaded.findings.filter((f) => f.code.startsWith('format/syntax')).length, 0, written);
      assert.equal(loaded.data?.name, name.trim(), written);
      assert.equal(loaded.data?.role ?? undefined, role.trim() === '' ? undefined : role.trim(), written);
    }), { numRuns: 1000 });
  });

  it('Log Feedback: any situation, behaviour and impact, in a new feedback.yaml', () => {
    fc.assert(fc.property(text, text, text, (situation, behaviour, impact) => {
      fc.pre(behaviour.trim() !== '');
      const lines = loggedFeedbackLines({ kind: 'positive', observed: '2026-03-04', given: '2026-03-04', situation, behaviour, impact });
      const written = `feedback:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
      const loaded = loadNotesFile('ada/feedback.yaml', written);
      assert.ok(loaded.kind === 'feedbackLog');
      const item = loaded.data?.feedback[0];
      assert.ok(item, `${written}\n${loaded.findings.map((f) => f.message).join('\n')}`);
      assert.equal(item.behaviour, behaviour.trim());
      assert.equal(item.situation, situation.trim() === '' ? undefined : situation.trim());
      assert.equal(item.impact, impact.trim() === '' ? undefined : impact.trim());
    }), { numRuns: 1000 });
  });

  it('every YAML-special word, as a name', () => {
    for (const name of SPECIAL) {
      const loaded = loadNotesFile('ada/person.yaml', personFileText({ name }));
      assert.ok(loaded.kind === 'person');
      assert.equal(loaded.data?.name, name.trim(), name);
    }
  });
});
