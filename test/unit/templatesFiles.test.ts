import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { parse } from 'yaml';
import { loadNotesFile } from '../../src/core/reading/loader';
import { loggedFeedbackLines } from '../../src/core/templates/feedbackEntry';
import { PLAIN } from '../../src/core/templates/fields';
import { notesReadmeText } from '../../src/core/templates/notesReadme';
import { cadenceDaysProblem, personFileText, personIdProblem, sinceProblem, suggestPersonId } from '../../src/core/templates/personFile';
import { entryIntoList, keysIntoEntry, readNotesText, topicEntryAt, type LineInsertion } from '../../src/core/templates/placement';
import { keyLines } from '../../src/core/templates/topicEntry';
import { yamlScalar } from '../../src/core/templates/yamlText';

/** The text after an insertion, as the editor adapters apply it. */
function apply(text: string, ins: LineInsertion): string {
  const lines = text.split('\n');
  if (ins.newlineFirst) return `${text}\n${ins.lines.join('\n')}`;
  lines.splice(ins.line, 0, ...ins.lines);
  return lines.join('\n');
}

const LOG = 'feedback:\n  # a comment the user wrote\n  - kind: positive\n    observed: 2026-03-01\n    given: 2026-03-01\n    behaviour: Fixed the build\n';
const ITEM = loggedFeedbackLines({ kind: 'corrective', observed: '2026-03-10', given: '2026-03-11', behaviour: 'Pushed to main: twice', impact: '' });

describe('templates: where new text goes', () => {
  it('appends a feedback item after the last one, keeping comments', () => {
    const ins = entryIntoList(readNotesText(LOG, 'feedbackLog'), 'feedback', ITEM);
    assert.ok(ins);
    const out = apply(LOG, ins);
    assert.ok(out.startsWith(LOG));
    const loaded = loadNotesFile('p/feedback.yaml', out);
    assert.deepEqual(loaded.findings, []);
    assert.ok(loaded.kind === 'feedbackLog');
    assert.equal(loaded.data?.feedback[1]?.behaviour, 'Pushed to main: twice');
    assert.equal(loaded.data?.feedback[1]?.impact, undefined);
  });

  for (const [what, text] of [
    ['an empty file', ''],
    ['a comment only, no line break', '# mine'],
    ['an empty list', 'feedback:   # later\n# end\n'],
    ['items at column 0, no line break at the end', 'feedback:\n- kind: positive\n  observed: 2026-03-01\n  given: not-yet\n  behaviour: x'],
  ] as const) {
    it(`appends to ${what}`, () => {
      const ins = entryIntoList(readNotesText(text, 'feedbackLog'), 'feedback', ITEM);
      assert.ok(ins);
      const out = apply(text, ins);
      const loaded = loadNotesFile('p/feedback.yaml', out);
      assert.deepEqual(loaded.findings, [], out);
      assert.ok(loaded.kind === 'feedbackLog');
      assert.equal(loaded.data?.feedback.at(-1)?.kind, 'corrective');
      // Only lines are added: taking them out gives the text as it was.
      const kept = ins.newlineFirst ? out.slice(0, text.length) : out.split('\n').toSpliced(ins.line, ins.lines.length).join('\n');
      assert.equal(kept, text);
    });
  }

  it('declines a list written in flow style', () => {
    assert.equal(entryIntoList(readNotesText('feedback: []\n', 'feedbackLog'), 'feedback', ITEM), undefined);
  });

  it('finds the topic entry of a line and adds only the missing keys at its end', () => {
    const text = 'date: 2026-03-16\ntopics:\n  - id: reviews\n    stance: socratic\n    support: pairing   # mine\n  - id: other\n    stance: plan\nactions:\n';
    const n = readNotesText(text, 'oneOnOne');
    assert.equal(topicEntryAt(n, 1), undefined);
    const entry = topicEntryAt(n, 3);
    assert.ok(entry);
    assert.deepEqual([entry.id, entry.firstLine, entry.lastLine, entry.keyColumn, [...entry.keys]], ['reviews', 2, 4, 4, ['id', 'stance', 'support']]);
    const out = apply(text, keysIntoEntry(n, entry, keyLines(['questions', 'support', 'theirView'], PLAIN, entry.keys)));
    const loaded = loadNotesFile('p/2026-03-16.yaml', out);
    assert.deepEqual(loaded.findings, [], out);
    assert.match(out, /support: pairing {3}# mine\n {4}questions:/);
    assert.match(out, /theirView: \|\n {6}<their view, in their own words>\n {2}- id: other/);
  });
});

describe('templates: new files', () => {
  it('person.yaml is valid, with the values given', () => {
    const loaded = loadNotesFile('zoe/person.yaml', personFileText({ name: 'Zoë: Martin', role: 'Staff engineer', cadence: 'biweekly', professional: true }));
    assert.deepEqual(loaded.findings, []);
    const defined = (o: object | undefined) => JSON.parse(JSON.stringify(o));
    assert.deepEqual(defined(loaded.data), { name: 'Zoë: Martin', role: 'Staff engineer', cadence: 'biweekly', professional: true });
    assert.deepEqual(defined(loadNotesFile('x/person.yaml', personFileText({ name: 'X', cadence: 10 })).data), { name: 'X', professional: false, cadence: 10 });
    assert.deepEqual(defined(loadNotesFile('x/person.yaml', personFileText({ name: 'X', cadence: 400, since: '2026-11-30' })).data), { name: 'X', professional: false, cadence: 400, since: '2026-11-30' });
  });

  it('suggests an id from a name and refuses ids that cannot be folders', () => {
    assert.equal(suggestPersonId('Zoë  Martin-Łopez!'), 'zoe-martin-łopez');
    assert.deepEqual(['陈伟', '山田 太郎', 'Анна Петрова', 'Ελένη Παππά', 'दीपिका शर्मा', '김민준', 'Nguyễn Văn An', '!!!'].map(suggestPersonId),
      ['陈伟', '山田-太郎', 'анна-петрова', 'ελένη-παππά', 'दीपिका-शर्मा', '김민준', 'nguyen-van-an', '']);
    for (const bad of ['', ' a', '.git', 'a/b', '..']) assert.ok(personIdProblem(bad), bad);
    for (const good of ['zoe', 'Zoë Martin']) assert.equal(personIdProblem(good), undefined);
  });

  it('suggests a usable id for any name that holds a letter or a digit, in any script', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), (name) => {
      const id = suggestPersonId(name);
      if (/[\p{L}\p{N}]/u.test(name)) assert.notEqual(id, '', name);
      if (id !== '') assert.equal(personIdProblem(id), undefined, `${name} → ${id}`);
    }), { numRuns: 500 });
  });

  it('takes any whole number of days as a cadence, and a real day as the start', () => {
    for (const good of ['1', '10', '400', ' 21 ']) assert.equal(cadenceDaysProblem(good), undefined, good);
    for (const bad of ['', '0', '-3', '2.5', 'ten', '07']) assert.ok(cadenceDaysProblem(bad), bad);
    assert.equal(sinceProblem('2026-11-30'), undefined);
    for (const bad of ['', '2026-02-30', '30.11.2026', 'today']) assert.ok(sinceProblem(bad), bad);
  });

  it('the notes README names the folder', () => {
    assert.match(notesReadmeText('team-notes'), /^team-notes\/$/m);
  });

  it('yamlScalar reads back as the same string', () => {
    fc.assert(fc.property(fc.string(), (s) => assert.equal(parse(`k: ${yamlScalar(s)}`).k, s)), { numRuns: 500 });
    for (const s of ['true', '12', '0x1', '- a', 'a: b', 'a #b', '', ' x', '~', 'null', '2026-01-01']) assert.equal(parse(`k: ${yamlScalar(s)}`).k, s, s);
  });
});
