// Hostile input, clean output: control characters in folder names, keys, values and messages never
// reach the terminal raw, and one finding stays one line; long messages are cut with a count; a notes
// folder without notes is a usage error; settings files cannot set an object's prototype.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import { checkSettingsFrom } from '../../../src/core/checks/settingsFromRecord';
import { FILE_START, type Finding } from '../../../src/core/findings';
import { formatJsonReport } from '../../../src/core/report/jsonReport';
import { formatFindingLine } from '../../../src/core/report/textReport';
import { cappedMessage, MAX_MESSAGE_CHARS, visibleText } from '../../../src/core/report/visibleText';
import { readFolderSettings } from '../../../src/core/workspace/workspaceSettings';
import { cli, write } from './hostileIo';

/** Any control character but the newline that ends each line. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const FINDING_LINE = /^[^\n]*:\d+:\d+ (error|warning|info|hint) [a-z]+\/[a-z-]+ [^\n]*$/;

describe('hostile output: control characters', () => {
  it('ESC, NUL, BEL, CR, LF and the bidi override are written as visible escapes', () => {
    assert.equal(visibleText('a\u001b[31mb\u0000c\u0007d\re\nf\u202eg'), 'a\\x1b[31mb\\x00c\\x07d\\x0de\\x0af\\u202eg');
    assert.equal(visibleText('Zoë Martin, tab\tand all'), 'Zoë Martin, tab\\x09and all');
  });

  it('a finding whose path, code or message holds them is still one line, with nothing raw', () => {
    const f: Finding = { code: 'format/schema', severity: 'error', message: 'bad\nada/x.yaml:1:1 error fake/finding forged\u001b[2J', file: 'ev\u0007il\r\nname/2026-11-20.yaml', range: FILE_START };
    const line = formatFindingLine(f, (p) => `one-on-ones/${p}`);
    assert.equal(line.split('\n').length, 1);
    assert.doesNotMatch(line, RAW_CONTROL);
    assert.equal(line, 'one-on-ones/ev\\x07il\\x0d\\x0aname/2026-11-20.yaml:1:1 error format/schema bad\\x0aada/x.yaml:1:1 error fake/finding forged\\x1b[2J');
  });

  describe('from notes on disk, through the command line', () => {
    let base: string;
    const person = 'evil\u001b[31m\nperson\u0007\u009b\u202e';
    before(() => {
      base = mkdtempSync(join(tmpdir(), 'coach-hostile-output-'));
      const folder = join(base, 'one-on-ones', person);
      write(join(folder, 'person.yaml'), 'name: "Ada\\e[5m"\ncadence: "weekly\\0\\a"\n');
      write(join(folder, '2026-11-20.yaml'), [
        'date: 2026-11-20',
        '"agenda\\e]0;owned\\a": [x]',
        'topics:',
        '  - id: "t\\r\\nx.yaml:1:1 error fake/line"',
        '    stance: "supportive\\e[0m"',
        '',
      ].join('\n'));
      write(join(folder, `2026-11-21\u001b.yaml`), 'date: 2026-11-21\n');
    });
    after(() => rmSync(base, { recursive: true, force: true }));

    it('text: one line per finding, as many lines as JSON has findings, no raw control character on stdout or stderr', () => {
      const text = cli(['check'], base);
      const json = JSON.parse(cli(['check', '--format', 'json'], base).out) as { message: string }[];
      assert.equal(text.code, 1, text.err);
      const lines = text.out.split('\n').slice(0, -1);
      assert.ok(json.length >= 4, `${json.length} findings`);
      assert.equal(lines.length, json.length, text.out);
      for (const line of lines) assert.match(line, FINDING_LINE);
      assert.doesNotMatch(text.out, RAW_CONTROL);
      assert.doesNotMatch(text.err, RAW_CONTROL);
      assert.match(text.out, /one-on-ones\/evil\\x1b\[31m\\x0aperson\\x07\\x9b\\u202e\/2026-11-20\.yaml:2:1 error format\/unknown-key /);
      assert.ok(lines.every((l) => l.startsWith('one-on-ones/evil\\x1b[31m\\x0aperson\\x07\\x9b\\u202e/')), text.out);
    });

    it('JSON: the output parses, holds no raw control character (not even C1 or bidi ones), and keeps the names', () => {
      const r = cli(['check', '--format', 'json'], base);
      assert.doesNotMatch(r.out, RAW_CONTROL);
      const files = (JSON.parse(r.out) as { file: string }[]).map((f) => f.file);
      assert.ok(files.every((f) => f.startsWith(`one-on-ones/${person}/`)));
    });

    it('a usage error names a folder with control characters escaped', () => {
      const r = cli(['check', '--notes-root', 'no\u001b[2Jsuch'], base);
      assert.equal(r.code, 2);
      assert.match(r.err, /no\\x1b\[2Jsuch/);
      assert.doesNotMatch(r.err, RAW_CONTROL);
    });
  });
});

describe('hostile output: long messages', () => {
  it('are cut, with a count of what was left out, in text and in JSON', () => {
    const message = `Unknown key ${'k'.repeat(5000)}`;
    assert.equal(cappedMessage('short'), 'short');
    const cut = cappedMessage(message);
    assert.equal(cut, `${message.slice(0, MAX_MESSAGE_CHARS)}… (${message.length - MAX_MESSAGE_CHARS} more characters not shown)`);
    const f: Finding = { code: 'format/unknown-key', severity: 'error', message, file: 'ada/2026-11-20.yaml', range: FILE_START, related: [{ file: 'ada/2026-11-20.yaml', range: FILE_START, message }] };
    assert.ok(formatFindingLine(f, (p) => p).endsWith(`(${message.length - MAX_MESSAGE_CHARS} more characters not shown)`));
    const [json] = JSON.parse(formatJsonReport([f], (p) => p)) as { message: string; related: { message: string }[] }[];
    assert.equal(json?.message, cut);
    assert.equal(json?.related[0]?.message, cut);
  });

  it('never end on half of a character outside the basic plane', () => {
    const cut = cappedMessage(`${'a'.repeat(MAX_MESSAGE_CHARS - 1)}😀😀`);
    assert.ok(cut.startsWith(`${'a'.repeat(MAX_MESSAGE_CHARS - 1)}…`), cut);
    assert.match(cut, /\(2 more characters not shown\)$/);
  });

  it('a key of 1000 characters (the longest YAML allows) in the notes gives a short line', () => {
    const base = mkdtempSync(join(tmpdir(), 'coach-hostile-long-'));
    try {
      write(join(base, 'one-on-ones', 'ada', 'person.yaml'), `name: Ada\n${'x'.repeat(1000)}: 1\n`);
      const r = cli(['check'], base);
      assert.equal(r.code, 1);
      assert.ok(r.out.split('\n').every((line) => line.length < MAX_MESSAGE_CHARS + 200), `${r.out.length} characters`);
      assert.match(r.out, /format\/unknown-key Unknown key .*… \(\d+ more characters not shown\)\n/);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('hostile output: a notes folder that holds no notes is a usage error', () => {
  let base: string;
  before(() => {
    base = mkdtempSync(join(tmpdir(), 'coach-hostile-empty-'));
    mkdirSync(join(base, 'empty', 'one-on-ones'), { recursive: true });
    write(join(base, 'typo', 'one-on-ones', 'ada', 'person.yaml'), 'name: Ada\n');
    write(join(base, 'typo', 'one-on-ones', 'README.md'), '# notes\n');
    write(join(base, 'stray', 'one-on-ones', 'ada', 'notes.txt'), 'not notes\n');
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  it('an empty one-on-ones folder, a mistyped --notes-root or setting, a folder of other files: exit 2, saying what to fix', () => {
    const cases: [string, string[]][] = [
      ['empty', ['check']],
      ['typo', ['check', '--notes-root', '.']],
      ['stray', ['check']],
    ];
    for (const [folder, argv] of cases) {
      const r = cli(argv, join(base, folder));
      assert.equal(r.code, 2, `${folder}: ${r.err}`);
      assert.match(r.err, /There are no 1:1 notes in .*: it holds no person folder with a person\.yaml, a YYYY-MM-DD\.yaml or a feedback\.yaml\. Check the notes folder/);
      assert.equal(r.out, '');
    }
    write(join(base, 'typo', '.vscode', 'settings.json'), '{ "oneOnOneCoach.notesRoot": "one-on-one" }');
    const typo = cli(['check'], join(base, 'typo'));
    assert.equal(typo.code, 2);
    assert.match(typo.err, /There is no notes folder .*one-on-one\./);
    write(join(base, 'typo', '.vscode', 'settings.json'), '{ "oneOnOneCoach.notesRoot": "one-on-ones/ada" }');
    assert.equal(cli(['check'], join(base, 'typo')).code, 2, 'a person folder is not a notes folder');
  });
});

describe('hostile settings: __proto__, constructor and prototype', () => {
  let base: string;
  before(() => { base = mkdtempSync(join(tmpdir(), 'coach-hostile-settings-')); });
  after(() => rmSync(base, { recursive: true, force: true }));

  it('a __proto__ key in .vscode/settings.json is ignored, not taken as the settings', () => {
    write(join(base, '.vscode', 'settings.json'), JSON.stringify({
      __proto__: { 'oneOnOneCoach.notesRoot': 'elsewhere', 'oneOnOneCoach.staleFeedbackDays': 1, 'oneOnOneCoach.severity': { 'feedback/stale': 'off' } },
    }).replace('{', '{ // a comment, as VS Code allows\n'));
    const settings = readFolderSettings(base);
    assert.equal(settings.problem, undefined);
    assert.equal(settings.notesRoot, undefined);
    assert.equal(settings.checks.staleFeedbackDays, 14);
    assert.deepEqual(settings.checks.severities, {});
  });

  it('nor under oneOnOneCoach.severity; constructor and prototype are skipped too', () => {
    write(join(base, '.vscode', 'settings.json'),
      '{ "oneOnOneCoach.severity": { "__proto__": { "feedback/stale": "off" }, "constructor": "off", "prototype": "error", "feedback/delay": "hint" }, "constructor": { "oneOnOneCoach.notesRoot": "x" } }');
    const settings = readFolderSettings(base);
    assert.deepEqual(Object.entries(settings.checks.severities), [['feedback/delay', 'hint']]);
    assert.equal(Object.getPrototypeOf(settings.checks.severities), Object.prototype);
    assert.equal(settings.notesRoot, undefined);
  });

  it('the editor\'s lookup (checkSettingsFrom) skips them as well', () => {
    const severity = JSON.parse('{ "__proto__": "off", "constructor": "off", "prototype": "off", "feedback/stale": "error" }') as unknown;
    assert.deepEqual(Object.entries(checkSettingsFrom((name) => (name === 'severity' ? severity : undefined)).severities), [['feedback/stale', 'error']]);
  });
});
