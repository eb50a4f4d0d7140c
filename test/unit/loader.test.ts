import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'mocha';
import { editDistance, didYouMean } from '../../src/core/didYouMean';
import { loadNotesFile, rangeOf, spanToRange } from '../../src/core/reading/loader';
import { lineStartsOf } from '../../src/core/reading/positions';
import { at, only } from './loaderAssertions';

// out-*/test/unit/ → project root
const root = join(__dirname, '..', '..', '..');

/** The YAML examples in docs/notes-format.md that name their file in a first-line comment (`# dana/person.yaml`). */
function documentedExamples(): { file: string; text: string }[] {
  const doc = readFileSync(join(root, 'docs', 'notes-format.md'), 'utf8');
  return [...doc.matchAll(/```yaml\n# ([^\s]+\.yaml)\n([\s\S]*?)```/g)].map((m) => ({ file: m[1] as string, text: `# ${m[1]}\n${m[2]}` }));
}

describe('loader: good files', () => {
  const examples = documentedExamples();

  it('finds the person, 1:1 and feedback log examples in the format docs', () => {
    assert.deepEqual(examples.map((e) => e.file).sort(), ['dana/2026-03-04.yaml', 'dana/2026-03-18.yaml', 'dana/feedback.yaml', 'dana/person.yaml']);
  });

  for (const { file, text } of examples) {
    it(`loads ${file} from the docs with no findings and with data`, () => {
      const loaded = loadNotesFile(file, text);
      assert.deepEqual(loaded.findings, []);
      assert.ok(loaded.data, 'data is set');
      assert.equal(loaded.personId, 'dana');
    });
  }

  it('reads the kind, date and suffix from the path', () => {
    const loaded = loadNotesFile('ada/2026-03-04b.yaml', 'date: 2026-03-04\n');
    assert.equal(loaded.kind, 'oneOnOne');
    assert.ok(loaded.kind === 'oneOnOne');
    assert.equal(loaded.date, '2026-03-04');
    assert.equal(loaded.suffix, 'b');
    assert.deepEqual(loaded.data?.agenda, []);
  });

  it('accepts bytes as well as text', () => {
    const loaded = loadNotesFile('Zoë Martin/person.yaml', new TextEncoder().encode('name: Zoë Martin\n'));
    assert.deepEqual(loaded.findings, []);
    assert.ok(loaded.kind === 'person');
    assert.equal(loaded.data?.name, 'Zoë Martin');
    assert.equal(loaded.personId, 'Zoë Martin');
  });

  it('an empty feedback.yaml is an empty log, not a problem', () => {
    const loaded = loadNotesFile('ada/feedback.yaml', '');
    assert.deepEqual(loaded.findings, []);
    assert.deepEqual(loaded.data, { feedback: [] });
  });

  it('a few aliases are fine', () => {
    const loaded = loadNotesFile('ada/2026-03-04.yaml', 'date: 2026-03-04\nagenda: &a [one, two]\nnotes: *a\n');
    assert.deepEqual(only(loaded, 'format/schema').message, 'Expected text (found a list)');
  });
});

describe('loader: spans and ranges', () => {
  const text = [
    'date: 2026-03-04', //                        line 0
    'agenda:', //                                 line 1
    '  - first', //                               line 2
    '  - second', //                              line 3
    'notes:', //                                  line 4
    'topics:', //                                 line 5
    '  - id: incident-handoffs', //               line 6
    '    stance: socratic', //                    line 7
    '',
  ].join('\n');
  const loaded = loadNotesFile('ada/2026-03-04.yaml', text);

  it('records a span for every key, value and list entry', () => {
    assert.deepEqual(loaded.findings, []);
    assert.deepEqual(Object.keys(loaded.spans).sort(), [
      '', 'agenda', 'agenda.0', 'agenda.1', 'agenda:key', 'date', 'date:key', 'notes', 'notes:key',
      'topics', 'topics.0', 'topics.0.id', 'topics.0.id:key', 'topics.0.stance', 'topics.0.stance:key', 'topics:key',
    ]);
  });

  it('turns spans into exact lines and characters', () => {
    assert.equal(at(rangeOf(loaded, 'date')), '0:6-0:16');
    assert.equal(at(rangeOf(loaded, 'date:key')), '0:0-0:4');
    assert.equal(at(rangeOf(loaded, 'agenda.1')), '3:4-3:10');
    assert.equal(at(rangeOf(loaded, 'topics.0')), '6:4-7:20');
    assert.equal(at(rangeOf(loaded, 'topics.0.stance')), '7:12-7:20');
    assert.equal(at(rangeOf(loaded, 'topics.0.stance:key')), '7:4-7:10');
  });

  it('points an empty value at its key', () => {
    assert.deepEqual(loaded.spans.notes, [52, 52]);
    assert.equal(at(rangeOf(loaded, 'notes')), '4:0-4:5');
  });

  it('walks up to the nearest parent for a path that is not in the file', () => {
    assert.equal(at(rangeOf(loaded, 'topics.0.questions')), '6:4-7:20');
    assert.equal(at(rangeOf(loaded, 'topics.0.questions:key')), '6:4-7:20');
    assert.equal(at(rangeOf(loaded, 'actions.3.text')), '0:0-7:20');
  });

  it('spanToRange counts UTF-16 characters, as the editor does', () => {
    const t = 'name: Zoë 🎉\nrole: x\n';
    const l = loadNotesFile('z/person.yaml', t);
    assert.equal(at(rangeOf(l, 'name')), '0:6-0:12');
    assert.equal(at(rangeOf(l, 'role')), '1:6-1:7');
    assert.equal(at(spanToRange(lineStartsOf(t), [0, t.length])), '0:0-2:0');
  });

  it('ranges are right with CRLF line endings', () => {
    const l = loadNotesFile('ada/person.yaml', 'name: Ada\r\nrole: Staff engineer\r\nbehavior: x\r\n');
    assert.deepEqual(l.lineStarts, [0, 11, 33, 46]);
    assert.equal(at(only(l, 'format/unknown-key').range), '2:0-2:8');
    assert.equal(at(rangeOf(l, 'role')), '1:6-1:20');
  });

  it('a lone CR breaks lines too, as in VS Code', () => {
    const l = loadNotesFile('ada/person.yaml', 'name: Ada\rrole: x\r');
    assert.deepEqual(l.findings, []);
    assert.ok(l.kind === 'person');
    assert.equal(l.data?.role, 'x');
    assert.equal(at(rangeOf(l, 'role')), '1:6-1:7');
  });

  it('drops a BOM: offsets count from after it, like the editor document text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('name: Ada\nrol: x\n')]);
    for (const content of [bytes, '\uFEFFname: Ada\nrol: x\n']) {
      const l = loadNotesFile('ada/person.yaml', content);
      assert.equal(at(rangeOf(l, 'name')), '0:6-0:9');
      assert.equal(at(only(l, 'format/unknown-key').range), '1:0-1:3');
      assert.deepEqual(l.spans.name, [6, 9]);
    }
  });
});

describe('loader: did you mean', () => {
  it('suggests the known key for a typo, with a fix on the key', () => {
    const l = loadNotesFile('ada/feedback.yaml', 'feedback:\n  - kind: positive\n    observed: 2026-03-01\n    given: 2026-03-01\n    behavior: Fixed it.\n');
    const f = only(l, 'format/unknown-key');
    assert.equal(f.message, 'Unknown key `behavior`: did you mean `behaviour`?');
    assert.equal(at(f.range), '4:4-4:12');
    assert.deepEqual(f.fixes?.[0]?.edits, [{ file: 'ada/feedback.yaml', range: f.range, text: 'behaviour' }]);
    assert.equal(l.data, undefined);
  });

  it('uses the keys of the object the typo is in', () => {
    const l = loadNotesFile('ada/2026-03-04.yaml', 'date: 2026-03-04\ntopics:\n  - id: x\n    stance: plan\n    reviewdate: 2026-04-01\n    review: { outcom: done }\n');
    const messages = l.findings.filter((f) => f.code === 'format/unknown-key').map((f) => f.message);
    assert.deepEqual(messages, ['Unknown key `reviewdate`: did you mean `reviewDate`?', 'Unknown key `outcom`: did you mean `outcome`?']);
  });

  it('lists the keys when nothing is close', () => {
    const f = only(loadNotesFile('ada/person.yaml', 'name: Ada\nmood: fine\n'), 'format/unknown-key');
    assert.equal(f.message, 'Unknown key `mood`; the keys here are name, role, professional, cadence, since, until, away, snooze');
  });

  it('edit distance counts a swap of neighbours as one edit', () => {
    assert.equal(editDistance('behaviour', 'behavoiur'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(didYouMean('stnace', ['stance', 'status']), 'stance');
    assert.equal(didYouMean('colour', ['stance', 'status']), undefined);
  });
});
