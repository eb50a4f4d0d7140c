import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { parse, parseDocument } from 'yaml';
import { yamlScalar } from '../../src/core/templates/yamlText';

/** What a notes file reads for `key: <scalar>` and for a list item `- <scalar>`. */
function readBack(scalar: string): [unknown, unknown] {
  const map = parseDocument(`key: ${scalar}\n`, { prettyErrors: false, uniqueKeys: false });
  const list = parseDocument(`list:\n  - ${scalar}   # a comment\n`, { prettyErrors: false, uniqueKeys: false });
  assert.deepEqual([...map.errors, ...list.errors].map((e) => e.message), [], scalar);
  return [map.toJS().key, list.toJS().list[0]];
}

describe('templates: a scalar written as the manager would write it', () => {
  it('any text reads back as the same string, in a map and in a list', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string()), (text) => {
      assert.deepEqual(readBack(yamlScalar(text)), [text, text]);
    }), { numRuns: 2000 });
  });

  it('texts that look like YAML syntax, numbers, booleans or dates read back as text', () => {
    for (const text of ['true', 'No', 'null', '~', '12', '-3.5e2', '0x1F', '.inf', '-.NaN', '2026-03-04', '- item', '#1 priority: ship it', 'a: b', 'ends with:', ' padded ', '', "it's", '"quoted"', "'single'", '[x]', '{y}', 'a # b', '%x', '@me', '`code`', 'C:\\temp', 'tab\there', 'two\nlines']) {
      assert.deepEqual(readBack(yamlScalar(text)), [text, text], text);
    }
  });

  it('stays plain when it can, uses single quotes next, double quotes only for what needs escapes', () => {
    assert.equal(yamlScalar('Said "not our problem" in the retro'), 'Said "not our problem" in the retro');
    assert.equal(yamlScalar('"not our problem", twice'), `'"not our problem", twice'`);
    assert.equal(yamlScalar("#1: it's late"), `'#1: it''s late'`);
    assert.equal(yamlScalar('true'), `'true'`);
    assert.equal(yamlScalar('Merged without review: a broken build'), `'Merged without review: a broken build'`);
    assert.equal(yamlScalar('two\nlines'), '"two\\nlines"');
    assert.doesNotMatch(yamlScalar('He said "no" and "never"'), /\\"/);
    assert.equal(parse(`k: ${yamlScalar('He said "no"')}`).k, 'He said "no"');
  });
});
