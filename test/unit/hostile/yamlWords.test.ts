// Hostile input, YAML mistakes: each mistake a manager makes while typing gives one finding, in plain
// words, on the line to change; the parser's cascade after it is left out; nothing throws; no message
// quotes anything that is not in the file itself.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { checkNotesRoot } from '../../../src/core/workspace/checkFolder';
import { DEFAULT_SETTINGS } from '../../../src/core/checks/settings';
import type { Finding } from '../../../src/core/findings';
import { loadNotesFile } from '../../../src/core/reading/loader';
import { at } from '../loaderAssertions';

const PERSON = 'ada/person.yaml';
const ONE_ON_ONE = 'ben-hughes/2026-11-24.yaml';
/** A 1:1 as a manager writes it (the sample's), the file the typos below are made in. */
const SAMPLE = `${[
  'date: 2026-11-24',
  'agenda:',
  '  - Ben - on-call week so far',
  '  - Ben - Dana\'s comments on the refunds design',
  '  - me - December holidays and cover',
  'notes: |',
  '  On call this week: five pages so far, all acknowledged within five minutes.',
  '',
  '  Dana\'s comments on the design: she asked for the failure cases of the queue',
  '  option to be written out. Ben agrees; he\'ll add them this week.',
  '',
  '  Holidays: Ben is off 21 December to 4 January. Cover agreed with Amara.',
  '',
  'feedback:',
  '  - kind: positive',
  '    observed: 2026-11-23',
  '    situation: Monday hand-over into his on-call week',
  '    behaviour: Read the previous week\'s incidents, asked the outgoing on-call two questions, and posted a short summary of open alerts in the channel.',
  '    impact: Tuesday\'s repeat of a known alert was closed in ten minutes because the context was already in the channel.',
  '',
  'actions:',
  '  - text: Review Ben\'s proposed changes to the on-call runbook',
  '    owner: me',
  '    due: 2026-12-01',
  '  - text: Add the failure cases to the refunds design doc',
  '    owner: them',
  '    due: 2026-12-04',
].join('\n')}\n`;

/** The parser's words that a manager should never have to read. */
const JARGON = /implicit|compact|mapping|scalar|flow|token|indicator|YAML stream|node end/i;

/** The syntax errors of a file: loads it, checks that nothing went wrong inside the loader. */
function syntaxErrors(file: string, text: string): Finding[] {
  const loaded = loadNotesFile(file, text);
  assert.ok(!loaded.findings.some((f) => f.code === 'format/internal'), `the loader failed on ${JSON.stringify(text)}`);
  return loaded.findings.filter((f) => f.code === 'format/syntax' && f.severity === 'error');
}

/** Every word a message quotes ("...") is in the file: nothing from elsewhere, and no jargon. */
function assertOwnWords(f: Finding, text: string): void {
  assert.doesNotMatch(f.message, JARGON, f.message);
  assert.doesNotMatch(f.message, /^YAML: /, f.message);
  assert.doesNotMatch(f.message, /`/, 'no literal backticks');
  for (const quoted of f.message.matchAll(/"([^"]*)"/g)) {
    for (const word of (quoted[1] as string).match(/[\p{L}\d]+/gu) ?? []) assert.ok(text.includes(word), `"${word}" in ${f.message} is not in the file`);
  }
}

interface Case {
  readonly file?: string;
  readonly text: string;
  /** Where the one finding is: `line:char-line:char`. */
  readonly at: string;
  readonly message: RegExp;
}

const CASES: Readonly<Record<string, readonly Case[]>> = {
  'a missing colon': [
    { text: 'name Ada\nrole: Staff engineer\n', file: PERSON, at: '0:0-0:8', message: /^A colon is missing after "name": write "name: Ada"$/ },
    { text: 'date: 2026-03-04\nsummary Talked about reviews\nmood: good\n', at: '1:0-1:28', message: /after "summary": write "summary: Talked about reviews"/ },
    { text: 'date: 2026-03-04\nactions:\n  - text: Call Dana\n    owner me\n', at: '3:4-3:12', message: /after "owner": write "owner: me"/ },
    { text: 'date: 2026-03-04\nagenda\n  - reviews\n  - rota\n', at: '1:0-1:6', message: /after "agenda": write "agenda:"/ },
    { text: 'date: 2026-03-04\nnotes |\n  On call: five pages.\n  Holidays: agreed.\n', at: '1:0-1:7', message: /after "notes": write "notes: \|"/ },
    { text: 'name: Ada\nrole:Staff engineer\n', file: PERSON, at: '1:0-1:19', message: /^Put a space after the colon: "role: Staff engineer"$/ },
  ],
  'an unquoted ": " in a value': [
    { text: 'date: 2026-03-04\nsummary: We agreed: reviews go first\n', at: '1:9-1:36', message: /^The ": " inside this text makes YAML read a new key: put the whole text in quotes, "We agreed: reviews go first"$/ },
    { text: 'name: Ada\nrole: Lead: platform   # since May\n', file: PERSON, at: '1:6-1:20', message: /quotes, "Lead: platform"$/ },
    { text: 'date: 2026-03-04\ntopics:\n  - id: reviews\n    expectation: Reviews: within a day\n', at: '3:17-3:38', message: /"Reviews: within a day"/ },
  ],
  'bad indentation': [
    { text: 'date: 2026-03-04\ntopics:\n  - id: reviews\n     stance: supportive\n', at: '3:5-3:23', message: /^This line is indented further than the line above it/ },
    { text: 'date: 2026-03-04\n  summary: short\n', at: '1:2-1:16', message: /indented further/ },
    { text: 'date: 2026-03-04\ntopics:\n  - id: reviews\n   stance: supportive\n', at: '3:3-3:21', message: /^This line is not lined up with the lines above it/ },
    { text: 'date: 2026-03-04\nactions:\n  - text: a\n  owner: me\n', at: '3:2-3:11', message: /not lined up/ },
    { text: 'date: 2026-03-04\nagenda:\n  - reviews\n - rota\n', at: '3:1-3:7', message: /not lined up/ },
    { text: '  date: 2026-03-04\nagenda:\n  - reviews\n', at: '0:2-0:18', message: /^This first line is indented, but the keys after it are not/ },
    { text: 'date: 2026-03-04\nagenda:\n  - reviews\n  -rota\n', at: '3:2-3:7', message: /^Put a space after the dash of a list item: "- rota"$/ },
  ],
  'an unclosed quote or bracket': [
    { text: 'name: "Ada\nrole: Staff\n', file: PERSON, at: '0:6-0:10', message: /^This text starts with a double quote \(.\) that is never closed/ },
    { text: "name: Ada\nrole: 'Staff engineer\nsince: 2024-01-01\n", file: PERSON, at: '1:6-1:21', message: /single quote/ },
    { text: 'date: 2026-03-04\nagenda: [reviews, rota\nmood: good\n', at: '1:8-1:9', message: /^This list starts with \[ but has no closing \]/ },
    { text: 'date: 2026-03-04\nfeedback:\n  - kind: positive\n    followUp: {state: resolved, date: 2026-03-05\n', at: '3:14-3:15', message: /^This starts with \{ but has no closing \}/ },
    { text: 'date: 2026-03-04\n[feedback:\n  - kind: positive\n', at: '1:0-1:1', message: /no closing \]/ },
  ],
  'a tab': [
    { text: 'name: Ada\n\trole: Staff\n', file: PERSON, at: '1:0-1:1', message: /^YAML indents with spaces, not tabs/ },
    { text: 'date: 2026-03-04\nactions:\n  - text: a\n\towner: them\n    due: 2026-03-05\n', at: '3:0-3:1', message: /not tabs/ },
  ],
  'an undefined alias': [
    { text: 'name: Ada\nrole: *lead\n', file: PERSON, at: '1:6-1:11', message: /^There is no &lead above this \*lead to copy from/ },
    { text: 'date: 2026-03-04\nagenda: [*reviews, rota]\n', at: '1:9-1:17', message: /no &reviews above/ },
  ],
  'a stray character after a value': [
    { text: 'name: "Ada" Lovelace\n', file: PERSON, at: '0:12-0:20', message: /^Something follows the end of this value: remove "Lovelace"/ },
    { text: 'date: 2026-03-04\nmood: "good",\n', at: '1:12-1:13', message: /remove ","/ },
    { text: 'date: 2026-03-04\nagenda: [reviews, rota] later\n', at: '1:24-1:29', message: /remove "later"/ },
    { text: "date: 2026-03-04\nmood: 'it's fine'\n", at: '1:9-1:10', message: /^The apostrophe in "it's" ends the text in single quotes: write it twice \(it''s\)/ },
    { text: 'date: 2026-03-04\nagenda: [reviews, rota]]\n', at: '1:23-1:24', message: /^This \] closes nothing: remove it$/ },
    { text: 'date: 2026-03-04\nnotes: |:\n  On call.\n', at: '1:8-1:9', message: /^Nothing goes after \| on this line/ },
  ],
};

describe('hostile input: YAML mistakes in plain words', () => {
  for (const [kind, cases] of Object.entries(CASES)) {
    it(`${kind}: one finding, at the mistake, saying what to do`, () => {
      for (const c of cases) {
        const errors = syntaxErrors(c.file ?? ONE_ON_ONE, c.text);
        assert.equal(errors.length, 1, `${JSON.stringify(c.text)}: ${errors.map((f) => f.message).join(' | ')}`);
        const f = errors[0] as Finding;
        assert.match(f.message, c.message, JSON.stringify(c.text));
        assert.equal(at(f.range), c.at, `${JSON.stringify(c.text)}: ${f.message}`);
        assertOwnWords(f, c.text);
      }
    });
  }

  it('a tab on a line of nothing but spaces and tabs is an empty line, not a mistake', () => {
    for (const text of ['name: Ada\nrole:\n\t\ncadence: weekly\n', 'name: Ada\nrole:\n \t ', 'name: Ada\nsnooze:\n\t']) {
      assert.deepEqual(syntaxErrors(PERSON, text), [], JSON.stringify(text));
    }
  });

  it('a duplicate key: one finding on the second key, in plain words', () => {
    const text = 'name: Ada\nrole: Staff engineer\nsince: 2024-01-01\nrole: Tech lead\n';
    const found = loadNotesFile(PERSON, text).findings;
    assert.deepEqual(found.map((f) => [f.code, at(f.range)]), [['format/duplicate-key', '3:0-3:4']]);
    assert.equal(found[0]?.message, '"role" is written twice here: keep one (while both stay, this later one counts)');
    assertOwnWords(found[0] as Finding, text);
  });

  it('the cascade after one mistake is one finding: a missing colon before a block of text', () => {
    const text = SAMPLE.replace('notes: |', 'notes |');
    assert.deepEqual(syntaxErrors(ONE_ON_ONE, text).map((f) => f.message), ['A colon is missing after "notes": write "notes: |"']);
  });

  it('the same with Windows line ends (CRLF)', () => {
    for (const cases of Object.values(CASES)) {
      for (const c of cases) {
        const crlf = c.text.replace(/\n/g, '\r\n');
        const errors = syntaxErrors(c.file ?? ONE_ON_ONE, crlf);
        assert.equal(errors.length, 1, `${JSON.stringify(crlf)}: ${errors.map((f) => f.message).join(' | ')}`);
        assert.equal(at((errors[0] as Finding).range), c.at, JSON.stringify(crlf));
      }
    }
  });

  // Typos made in the sample 1:1, each on its own lines.
  const TYPOS: readonly { name: string; lines: [number, number]; typo: (t: string) => string }[] = [
    { name: 'missing colon before a list', lines: [1, 4], typo: (t) => t.replace('agenda:', 'agenda') },
    { name: 'missing colon before a text block', lines: [5, 12], typo: (t) => t.replace('notes: |', 'notes |') },
    { name: 'missing colon in an entry', lines: [15, 15], typo: (t) => t.replace('observed: 2026', 'observed 2026') },
    { name: '": " in a value', lines: [16, 16], typo: (t) => t.replace('situation: Monday hand-over', 'situation: Monday: hand-over') },
    { name: 'line indented less', lines: [17, 17], typo: (t) => t.replace('    behaviour:', '   behaviour:') },
    { name: 'unclosed quote', lines: [18, 18], typo: (t) => t.replace("impact: Tuesday's repeat", 'impact: "Tuesday\'s repeat') },
    { name: 'unclosed bracket', lines: [23, 23], typo: (t) => t.replace('due: 2026-12-01', 'due: [2026-12-01') },
    { name: 'stray text after a quoted value', lines: [22, 22], typo: (t) => t.replace('owner: me', 'owner: "me"s') },
    { name: 'tab', lines: [25, 25], typo: (t) => t.replace('    owner: them', '\towner: them') },
    { name: 'apostrophe in single quotes', lines: [21, 21], typo: (t) => t.replace("text: Review Ben's proposed changes to the on-call runbook", "text: 'Review Ben's proposed changes'") },
  ];

  it('two typos give two findings, each at its own typo', () => {
    let pairs = 0;
    for (const [i, a] of TYPOS.entries()) {
      for (const b of TYPOS.slice(i + 1)) {
        const [first, second] = a.lines[0] < b.lines[0] ? [a, b] : [b, a];
        if (second.lines[0] <= first.lines[1] + 1) continue; // on the same or neighbouring lines
        const text = b.typo(a.typo(SAMPLE));
        const errors = syntaxErrors(ONE_ON_ONE, text);
        const where = errors.map((f) => `${f.range.start.line} ${f.message}`).join(' | ');
        assert.equal(errors.length, 2, `${a.name} + ${b.name}: ${where}`);
        const [x, y] = errors as [Finding, Finding];
        assert.ok(x.range.start.line >= first.lines[0] && x.range.start.line <= first.lines[1], `${first.name} is not at its lines: ${where}`);
        assert.ok(y.range.start.line >= second.lines[0] && y.range.start.line <= second.lines[1], `${second.name} is not at its lines: ${where}`);
        for (const f of errors) assertOwnWords(f, text);
        pairs++;
      }
    }
    assert.ok(pairs >= 30, `${pairs} pairs tried`);
  });

  it('random one- and two-character slips: nothing throws; almost always at most one finding per slip, in plain words', function () {
    this.timeout(60_000);
    const slip = fc.tuple(fc.nat(SAMPLE.length), fc.constantFrom(':', ' ', '"', "'", '[', ']', '{', '}', '-', '\t', '#', ',', '\n', '*', '&', '|', '>'), fc.constantFrom('insert', 'delete', 'replace'));
    const samples = fc.sample(fc.array(slip, { minLength: 1, maxLength: 2 }), { numRuns: 1000, seed: 9 });
    let tooMany = 0;
    let findings = 0;
    let fallback = 0;
    for (const slips of samples) {
      let text = SAMPLE;
      for (const [offset, c, how] of slips) {
        const o = Math.min(offset, text.length);
        text = how === 'insert' ? text.slice(0, o) + c + text.slice(o) : text.slice(0, o) + (how === 'replace' ? c : '') + text.slice(o + 1);
      }
      const errors = syntaxErrors(ONE_ON_ONE, text);
      if (errors.length > slips.length) tooMany++;
      findings += errors.length;
      fallback += errors.filter((f) => f.message.startsWith('YAML: ')).length;
    }
    assert.ok(tooMany <= samples.length / 50, `${tooMany} of ${samples.length} texts gave more findings than slips`);
    assert.ok(fallback <= findings / 20, `${fallback} of ${findings} findings kept the parser's words`);
  });

  it('a key that is a list or a map is reported at that key, not at the top of the file', () => {
    for (const [text, range] of [['name: Ada\n? [a, b]\n: x\n', '1:2-1:8'], ['name: Ada\n[a, b]: x\n', '1:0-1:6'], ['name: Ada\n{a: 1}: x\n', '1:0-1:6']] as const) {
      const found = loadNotesFile(PERSON, text).findings;
      assert.deepEqual(found.map((f) => [f.code, at(f.range)]), [['format/unknown-key', range]], text);
    }
  });

  it('a correct date under %YAML 1.1 reads as the date it is', () => {
    const text = '%YAML 1.1\n---\ndate: 2026-11-24\nfeedback:\n  - kind: positive\n    observed: 2026-11-23\n    behaviour: Summed up the open alerts\n';
    const loaded = loadNotesFile(ONE_ON_ONE, text);
    assert.deepEqual(loaded.findings, []);
    assert.ok(loaded.kind === 'oneOnOne');
    assert.equal(loaded.data?.date, '2026-11-24');
    assert.equal(loaded.data?.feedback[0]?.observed, '2026-11-23');
  });

  it('from a notes folder on disk, as the command line reads it: the same plain findings', () => {
    const root = mkdtempSync(join(tmpdir(), 'coach-yaml-words-'));
    try {
      mkdirSync(join(root, 'ben-hughes'));
      writeFileSync(join(root, 'ben-hughes', 'person.yaml'), 'name: Ben Hughes\n');
      writeFileSync(join(root, 'ben-hughes', '2026-11-24.yaml'), SAMPLE.replace('notes: |', 'notes |').replace('    owner: them', '\towner: them'));
      const { findings } = checkNotesRoot(root, { today: '2026-11-25', settings: DEFAULT_SETTINGS });
      const syntax = findings.filter((f) => f.code === 'format/syntax');
      assert.deepEqual(syntax.map((f) => [f.file, f.range.start.line]), [['ben-hughes/2026-11-24.yaml', 5], ['ben-hughes/2026-11-24.yaml', 25]]);
      assert.ok(!findings.some((f) => f.code.startsWith('internal/')));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
