// The table "What can be shared" in docs/notes-format.md is the one place that decides what a document
// for the person may hold: the generated module must match it, and every key of the schema needs a row.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feedbackFileKind, givenBy, mayShare, shared } from '../../../src/core/documents/shareability';
import {
  parseShareabilityTable, renderShareabilityModule, schemaKeys, TABLE_FILES, type ShareabilityRow,
} from '../../../src/core/documents/shareabilityTable';
import { notesOf } from '../checks/builders';

// out/test/unit/documents/ → project root
const root = join(__dirname, '..', '..', '..', '..');
const docs = readFileSync(join(root, 'docs', 'notes-format.md'), 'utf8');
const rows = parseShareabilityTable(docs);
const fileOf = (kind: ShareabilityRow['kind']) => Object.entries(TABLE_FILES).find(([, k]) => k === kind)?.[0];

describe('what can be shared: the table in docs/notes-format.md', () => {
  it('src/core/documents/shareability.data.ts is current with the table (else run: node scripts/gen-shareability.mjs)', () => {
    const committed = readFileSync(join(root, 'src', 'core', 'documents', 'shareability.data.ts'), 'utf8');
    assert.equal(committed, renderShareabilityModule(rows));
  });

  it('every key of every file kind in the schema has a row', () => {
    const listed = new Set(rows.map((r) => `${r.kind}:${r.key}`));
    const missing = schemaKeys().filter((k) => !listed.has(`${k.kind}:${k.key}`)).map((k) => `${fileOf(k.kind)} ${k.key}`);
    assert.deepEqual(missing, []);
    // The walk reaches the nested objects too.
    for (const key of ['away.reason', 'snooze.about', 'feedback.followUp.note', 'topics.review.outcome', 'topics.exception.kind']) {
      assert.ok(schemaKeys().some((k) => k.key === key), key);
    }
  });

  it('every row names a key the schema has', () => {
    const known = new Set(schemaKeys().map((k) => `${k.kind}:${k.key}`));
    assert.deepEqual(rows.filter((r) => !known.has(`${r.kind}:${r.key}`)).map((r) => `${fileOf(r.kind)} ${r.key}`), []);
  });

  it('a new key without a row fails: the check compares the walk of the schema with the rows', () => {
    const withoutOne = rows.filter((r) => !(r.kind === 'oneOnOne' && r.key === 'topics.gap'));
    const listed = new Set(withoutOne.map((r) => `${r.kind}:${r.key}`));
    assert.deepEqual(schemaKeys().filter((k) => !listed.has(`${k.kind}:${k.key}`)), [{ kind: 'oneOnOne', key: 'topics.gap' }]);
  });

  it('private notes, the stance, the assumed gap and the coaching internals are never shared', () => {
    const no = (file: string, key: string) => {
      const row = rows.find((r) => fileOf(r.kind) === file && r.key === key);
      assert.equal(row?.shared, 'no', `${file} ${key}`);
    };
    no('YYYY-MM-DD.yaml', 'private');
    no('YYYY-MM-DD.yaml', 'topics.stance');
    no('YYYY-MM-DD.yaml', 'topics.gap');
    no('YYYY-MM-DD.yaml', 'topics.exception');
    no('person.yaml', 'professional');
    for (const file of ['YYYY-MM-DD.yaml', 'feedback.yaml']) {
      for (const key of ['feedback', 'feedback.behaviour', 'feedback.situation', 'feedback.impact']) {
        assert.equal(rows.find((r) => fileOf(r.kind) === file && r.key === key)?.shared, 'once given', `${file} ${key}`);
      }
    }
  });

  it('a row the table cannot read stops the build, naming its line', () => {
    const bad = docs.replace('| YYYY-MM-DD.yaml | `private` | no |', '| YYYY-MM-DD.yaml | `private` | maybe |');
    assert.throws(() => parseShareabilityTable(bad), /line \d+: expected .*maybe/);
    const twice = docs.replace('| YYYY-MM-DD.yaml | `notes` | yes |', '| YYYY-MM-DD.yaml | `private` | yes |');
    assert.throws(() => parseShareabilityTable(twice), /private has a row already/);
    assert.throws(() => parseShareabilityTable('# nothing here\n'), /no "## What can be shared" section/);
  });

  it('mayShare asks the table: the key and the keys that hold it; feedback only once given', () => {
    assert.equal(mayShare('oneOnOne', 'agenda'), true);
    assert.equal(mayShare('oneOnOne', 'private'), false);
    assert.equal(mayShare('oneOnOne', 'topics.review.outcome'), true);
    assert.equal(mayShare('oneOnOne', 'topics.exception.reason'), false);
    assert.equal(mayShare('feedbackLog', 'feedback.behaviour'), false);
    assert.equal(mayShare('feedbackLog', 'feedback.behaviour', true), true);
    assert.equal(mayShare('oneOnOne', 'feedback.followUp.note', true), false);
    assert.equal(shared('oneOnOne', 'topics.gap', 'skill'), undefined);
    assert.equal(shared('oneOnOne', 'topics.title', 'Reviews'), 'Reviews');
  });

  it('given by today: not-yet, and a 1:1 dated later, are not given', () => {
    const notes = notesOf({
      'person.yaml': 'name: P\n',
      'feedback.yaml': 'feedback:\n  - { kind: positive, observed: 2026-11-01, given: not-yet, behaviour: Still to say }\n  - { kind: positive, observed: 2026-11-01, given: 2026-11-02, behaviour: Said }\n',
      '2026-12-10.yaml': 'date: 2026-12-10\nfeedback:\n  - { kind: positive, observed: 2026-11-20, behaviour: To say at the next 1:1 }\n',
    });
    const byText = (t: string) => notes.feedback.find((f) => f.item.behaviour === t)!;
    assert.equal(givenBy(byText('Still to say'), '2026-11-27'), false);
    assert.equal(givenBy(byText('Said'), '2026-11-27'), true);
    assert.equal(givenBy(byText('To say at the next 1:1'), '2026-11-27'), false);
    assert.equal(givenBy(byText('To say at the next 1:1'), '2026-12-10'), true);
    assert.equal(feedbackFileKind(byText('Said')), 'feedbackLog');
    assert.equal(feedbackFileKind(byText('To say at the next 1:1')), 'oneOnOne');
  });
});
