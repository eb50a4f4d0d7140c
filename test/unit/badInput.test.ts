import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import fc from 'fast-check';
import type { Range } from '../../src/core/findings';
import type { LoadedFile } from '../../src/core/reading/loadedFile';
import { loadNotesFile, rangeOf } from '../../src/core/reading/loader';
import { lineStartsOf } from '../../src/core/reading/positions';
import { at, only } from './loaderAssertions';

function codes(loaded: LoadedFile): string[] {
  return loaded.findings.map((f) => f.code);
}

const PERSON = 'ada/person.yaml';
const ONE_ON_ONE = 'ada/2026-03-04.yaml';
const LOG = 'ada/feedback.yaml';

describe('bad input: YAML syntax', () => {
  it('a syntax error: finding on the spot, no data, spans still recorded', () => {
    const l = loadNotesFile(ONE_ON_ONE, 'date: 2026-03-04\nagenda: [one, two\n');
    const f = only(l, 'format/syntax');
    assert.equal(f.severity, 'error');
    assert.equal(f.message, 'This list starts with [ but has no closing ]: add ] after its last item');
    assert.equal(at(f.range), '1:8-1:9');
    assert.equal(l.data, undefined);
    assert.deepEqual(l.spans.date, [6, 16]);
  });

  it('tabs used as indentation: says that YAML indents with spaces', () => {
    const l = loadNotesFile(PERSON, 'name: Ada\nrole:\n\tStaff engineer\n');
    const f = only(l, 'format/syntax');
    assert.match(f.message, /indents with spaces, not tabs/);
    assert.equal(at(f.range), '2:0-2:1');
  });

  it('a YAML warning (unknown tag) is a warning and keeps the data', () => {
    const l = loadNotesFile(PERSON, 'name: !fancy Ada\n');
    const f = only(l, 'format/syntax');
    assert.equal(f.severity, 'warning');
    assert.equal(at(f.range), '0:6-0:12');
    assert.ok(l.kind === 'person');
    assert.equal(l.data?.name, 'Ada');
  });

  it('a second document in one file', () => {
    const f = only(loadNotesFile(PERSON, 'name: Ada\n---\nname: Bob\n'), 'format/syntax');
    assert.match(f.message, /one YAML document/);
    assert.equal(f.range.start.line, 1);
  });

  it('a duplicate key: on the second key, pointing back at the first', () => {
    const l = loadNotesFile(PERSON, 'name: Ada\nrole: x\nname: Bob\n');
    const f = only(l, 'format/duplicate-key');
    assert.equal(at(f.range), '2:0-2:4');
    assert.equal(at(f.related?.[0]?.range as Range), '0:0-0:4');
    assert.equal(l.data, undefined);
  });

  it('a duplicate key in a nested map names the map', () => {
    const f = only(loadNotesFile(ONE_ON_ONE, 'date: 2026-03-04\ntopics:\n  - id: a\n    stance: plan\n    id: b\n'), 'format/duplicate-key');
    assert.equal(f.message, '"id" is written twice here: keep one (while both stay, this later one counts)');
    assert.equal(at(f.range), '4:4-4:6');
  });

  // Its cost is measured by the benchmark's hostile files (npm run bench -- --hostile), not timed here: had
  // the aliases been expanded, the loader would not return within the test's own time limit.
  it('an alias bomb (billion laughs) is a finding, not expanded, without an exception', () => {
    let text = 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    for (const [prev, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g'], ['g', 'h'], ['h', 'i']] as const) {
      text += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
    }
    const l = loadNotesFile(PERSON, text);
    const f = only(l, 'format/too-many-aliases');
    assert.equal(at(f.range), '1:7-1:9');
    assert.equal(l.data, undefined);
  });
});

describe('bad input: schema', () => {
  it('a wrong type says what was expected and what was found', () => {
    const f = only(loadNotesFile(PERSON, 'name: Ada\nprofessional: yes\n'), 'format/schema');
    assert.equal(f.message, 'professional is true or false (found the text "yes")');
    assert.equal(at(f.range), '1:14-1:17');
  });

  it('a missing required key points at the map it belongs in', () => {
    const f = only(loadNotesFile(PERSON, 'role: Engineer\ncadence: weekly\n'), 'format/schema');
    assert.equal(f.message, 'name is required');
    assert.equal(at(f.range), '0:0-1:15');
  });

  it('a missing key in a list entry points at that entry', () => {
    const f = only(loadNotesFile(ONE_ON_ONE, 'date: 2026-03-04\ntopics:\n  - id: on-call\n    status: open\n'), 'format/schema');
    assert.equal(f.message, 'Missing `stance`: stance is one of: supportive, socratic, plan');
    assert.equal(at(f.range), '2:4-3:16');
  });

  it('a bad enum value lists the allowed ones and suggests the closest', () => {
    const f = only(loadNotesFile(ONE_ON_ONE, 'date: 2026-03-04\ntopics:\n  - id: on-call\n    stance: socractic\n'), 'format/schema');
    assert.equal(f.message, '"socractic" is not allowed here: stance is one of: supportive, socratic, plan. Did you mean `socratic`?');
    assert.equal(at(f.range), '3:12-3:21');
    assert.equal(f.fixes?.[0]?.edits[0]?.text, 'socratic');
  });

  it('an unknown key in a nested map', () => {
    const f = only(loadNotesFile(LOG, 'feedback:\n  - kind: positive\n    observed: 2026-03-01\n    given: not-yet\n    behaviour: x\n    followUp: { state: open, dat: 2026-03-02 }\n'), 'format/unknown-key');
    assert.equal(f.message, 'Unknown key `dat`: did you mean `date`?');
    assert.equal(at(f.range), '5:29-5:32');
  });

  it('a list where a map belongs', () => {
    const f = only(loadNotesFile(ONE_ON_ONE, 'date: 2026-03-04\nfeedback:\n  - kind: positive\n    observed: 2026-03-01\n    behaviour: x\n    followUp:\n      - improving\n'), 'format/schema');
    assert.equal(f.message, '`followUp` takes keys and values (`key: value` lines), not a list');
    assert.equal(at(f.range), '6:6-6:17');
  });

  it('a whole file that is a list', () => {
    const f = only(loadNotesFile(PERSON, '- name: Ada\n'), 'format/schema');
    assert.equal(f.message, 'This file takes keys and values (`key: value` lines), not a list');
  });

  it('a map where a list belongs', () => {
    const f = only(loadNotesFile(ONE_ON_ONE, 'date: 2026-03-04\nactions:\n  text: Send notes\n  owner: me\n'), 'format/schema');
    assert.equal(f.message, '`actions` is a list: write each item on its own line, starting with "- " (found keys and values)');
    assert.equal(at(f.range), '2:2-3:11');
  });

  it('a list of texts with one item that is not text points at that item', () => {
    const f = only(loadNotesFile(ONE_ON_ONE, 'date: 2026-03-04\nagenda:\n  - the release\n  - { who: me }\n'), 'format/schema');
    assert.equal(f.message, 'Each item should be text (found keys and values)');
    assert.equal(at(f.range), '3:4-3:15');
  });

  it('an impossible date', () => {
    const f = only(loadNotesFile(PERSON, 'name: Ada\nsince: 2026-02-30\n'), 'format/invalid-date');
    assert.equal(f.message, '2026-02-30 is not a real date: February 2026 has 28 days');
    assert.equal(at(f.range), '1:7-1:17');
  });

  it('a date in the wrong shape is a schema error', () => {
    const f = only(loadNotesFile(PERSON, 'name: Ada\nsince: March 4\n'), 'format/schema');
    assert.match(f.message, /write it as YYYY-MM-DD/);
  });
});

describe('bad input: file names and dates', () => {
  it('a 1:1 whose date disagrees with its file name', () => {
    const l = loadNotesFile(ONE_ON_ONE, 'date: 2026-03-05\n');
    const f = only(l, 'format/date-mismatch');
    assert.equal(at(f.range), '0:6-0:16');
    assert.equal(f.fixes?.[0]?.edits[0]?.text, '2026-03-04');
    assert.equal(l.data, undefined);
  });

  it('a file name shaped like a date that does not exist', () => {
    const l = loadNotesFile('ada/2026-02-30.yaml', 'date: 2026-02-28\n');
    assert.deepEqual(codes(l), ['format/file-name']);
    assert.match(only(l, 'format/file-name').message, /February 2026 has 28 days/);
  });
});

describe('bad input: the file itself', () => {
  it('a file over the size cap is reported and never parsed', () => {
    const l = loadNotesFile(PERSON, `name: ${'x'.repeat(1_048_576)}\n`);
    assert.deepEqual(codes(l), ['format/too-large']);
    assert.match(only(l, 'format/too-large').message, /1\.0 MB/);
    assert.deepEqual(l.spans, {});
    assert.equal(l.data, undefined);
  });

  it('the size cap can be set, and counts bytes, not characters', () => {
    assert.deepEqual(codes(loadNotesFile(PERSON, 'name: Zoë\n', { maxBytes: 10 })), ['format/too-large']);
    assert.deepEqual(codes(loadNotesFile(PERSON, 'name: Zoe\n', { maxBytes: 10 })), []);
  });

  it('bytes that are not UTF-8', () => {
    const l = loadNotesFile(PERSON, new Uint8Array([...new TextEncoder().encode('name: Ada\nrole: '), 0xff, 0xfe, 0x0a]));
    const f = only(l, 'format/encoding');
    assert.equal(at(f.range), '1:6-1:7');
    assert.equal(l.data, undefined);
  });

  it('an empty person or 1:1 file (or only comments) is a warning', () => {
    for (const [file, text] of [[PERSON, ''], [ONE_ON_ONE, '# to fill in\n'], [PERSON, '\n\n']] as const) {
      const l = loadNotesFile(file, text);
      const f = only(l, 'format/empty');
      assert.equal(f.severity, 'warning');
      assert.equal(l.data, undefined);
    }
    assert.match(only(loadNotesFile(ONE_ON_ONE, ''), 'format/empty').message, /date: 2026-03-04/);
  });

  it('a content that is neither text nor bytes becomes format/internal, not an exception', () => {
    const l = loadNotesFile(PERSON, null as unknown as string);
    assert.deepEqual(codes(l), ['format/internal']);
    assert.equal(l.kind, 'person');
  });
});

describe('bad input: files outside the layout', () => {
  it('a YAML file in the wrong place gets one hint and no data', () => {
    for (const file of ['ada/drafts/2026-03-04.yaml', 'team.yaml', 'ada/notes.yml']) {
      const l = loadNotesFile(file, 'name: x\n');
      assert.equal(l.kind, 'other');
      assert.equal(only(l, 'format/outside-layout').severity, 'hint');
      assert.equal(l.data, undefined);
    }
  });

  it('a near miss gets a suggestion', () => {
    assert.match(only(loadNotesFile('ada/Person.yaml', ''), 'format/outside-layout').message, /did you mean `person.yaml`/);
  });

  it('other files, and YAML in dot-folders, get nothing', () => {
    for (const file of ['README.md', 'ada/README.md', '.vscode/settings.yaml', 'ada/.draft.yaml']) {
      assert.deepEqual(loadNotesFile(file, 'whatever: [').findings, [], file);
    }
  });
});

describe('bad input: many problems', () => {
  it('shows the first problems and sums up the rest in one finding', () => {
    const text = Array.from({ length: 150 }, (_, i) => `key${i}: x`).join('\n');
    const l = loadNotesFile(PERSON, text);
    assert.equal(l.findings.length, 101);
    const last = l.findings[100];
    assert.equal(last?.code, 'format/too-many-findings');
    assert.match(last?.message ?? '', /^51 more problems/);
  });
});

// ---------------------------------------------------------------------------
// Property: whatever the input, no exception and every range inside the text.

/** The text the editor would show for `content` (BOM dropped, bad bytes as U+FFFD). */
function editorText(content: string | Uint8Array): string {
  const text = typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function assertInside(lines: readonly string[], range: Range, what: string): void {
  for (const p of [range.start, range.end]) {
    assert.ok(p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} of ${lines.length}`);
    assert.ok(p.character >= 0 && p.character <= (lines[p.line] as string).length, `${what}: character ${p.character} on line ${p.line}`);
  }
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(ordered, `${what}: start after end`);
}

function assertWellFormed(file: string, content: string | Uint8Array): void {
  const loaded = loadNotesFile(file, content);
  const text = editorText(content);
  const lines = text.split(/\r\n|\r|\n/);
  if (loaded.kind !== 'other' && !loaded.findings.some((f) => f.code === 'format/too-large')) {
    assert.deepEqual(loaded.lineStarts, lineStartsOf(text));
  }
  for (const f of loaded.findings) {
    assert.ok(!f.code.startsWith('format/internal'), `internal error: ${f.message}`);
    assertInside(lines, f.range, f.code);
    for (const r of f.related ?? []) assertInside(lines, r.range, `${f.code} related`);
  }
  for (const [path, [start, end]] of Object.entries(loaded.spans)) {
    assert.ok(start >= 0 && start <= end && end <= text.length, `span ${path}`);
    assertInside(lines, rangeOf(loaded, path), `span ${path}`);
  }
}

const FILES = [PERSON, ONE_ON_ONE, LOG, 'ada/2026-02-30.yaml', 'ada/other.yaml'];
const YAMLISH = [
  'a', 'name', 'date', 'topics', 'stance', 'feedback', 'kind', 'é', '🎉', '2026-03-04', '2026-02-30', 'not-yet', 'plan',
  ':', ': ', ' ', '  ', '\n', '\r\n', '\r', '\t', '- ', '[', ']', '{', '}', ',', '&a ', '*a', '#', '"', "'", '|', '>', '!', '?', '%', '---', '\uFEFF', '\\',
];

describe('bad input: found by the properties below', () => {
  it('a flow map cut short at the end of the file: its ranges stay inside the text', () => {
    for (const text of ['{: ?', '{: ? ', '[a b', '{a: 1 b: 2']) for (const file of FILES) assertWellFormed(file, text);
  });
});

describe('bad input: property', () => {
  it('any text: never throws, every range inside the text', () => {
    fc.assert(fc.property(fc.constantFrom(...FILES), fc.string({ unit: 'binary', maxLength: 200 }), assertWellFormed), { numRuns: 300 });
  });

  it('YAML-like text: never throws, every range inside the text', () => {
    const yamlish = fc.array(fc.constantFrom(...YAMLISH), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.constantFrom(...FILES), yamlish, assertWellFormed), { numRuns: Number(process.env.FC_RUNS ?? 1000) });
  });

  it('any bytes: never throws, every range inside the text', () => {
    fc.assert(fc.property(fc.constantFrom(...FILES), fc.uint8Array({ maxLength: 200 }), assertWellFormed), { numRuns: 300 });
  });
});
