import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'mocha';
import { main } from '../../src/cli';
import { allRules } from '../../src/core/checks/registry';
import { finding, personAnchor, type Rule } from '../../src/core/checks/rule';
import type { Severity } from '../../src/core/findings';
import { summaryLine } from '../../src/core/report/textReport';

// out/test/unit/ → project root
const root = join(__dirname, '..', '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'one-on-one-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

let folders = 0;
/** A fresh folder holding `files` (paths relative to it). */
function folderWith(files: Record<string, string>): string {
  const folder = join(scratch, `f${++folders}`);
  mkdirSync(folder, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

/** A rule that reports, on each person, the day it was run for: enough to see --today and every severity. */
function dayRule(id: string, severity: Severity): Rule {
  const rule: Rule = {
    id, defaultSeverity: severity, title: 'Test rule', guidance: 'None.',
    doc: { why: '', example: '', settings: [] },
    check: (notes, ctx) => {
      const f = finding(rule, ctx, {
        at: personAnchor(notes),
        message: `checked on ${ctx.today}`,
        related: [{ file: notes.person.source?.file ?? '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, message: 'the name' }],
      });
      return f ? [f] : [];
    },
  };
  return rule;
}

interface Run { readonly code: number; readonly out: string; readonly err: string }

function run(argv: string[], cwd: string, rules: readonly Rule[] = [], today = '2026-11-27'): Run {
  let out = '';
  let err = '';
  const code = main(argv, { cwd, stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, today: () => today, rules });
  return { code, out, err };
}

const ADA = 'name: Ada Lovelace\nrole: Engineer\n';
const CLEAN = { 'one-on-ones/ada/person.yaml': ADA, 'one-on-ones/ada/2026-11-20.yaml': 'date: 2026-11-20\nnotes: Fine.\n' };
const BROKEN = {
  'one-on-ones/ada/person.yaml': ADA,
  'one-on-ones/ada/2026-11-20.yaml': 'date: 2026-11-20\nnotes: Fine.\nagneda: [x]\n',
  'one-on-ones/bob/person.yaml': 'name: Bob\nrole: Engineer\ncadense: weekly\n',
  'one-on-ones/bob/Person.yaml': 'name: Bob\n',
};

describe('command line: text output', () => {
  it('one line per finding, file:line:col severity rule message, files relative to the current folder, sorted', () => {
    const folder = folderWith(BROKEN);
    const r = run(['check'], folder);
    assert.equal(r.out, [
      'one-on-ones/ada/2026-11-20.yaml:3:1 error format/unknown-key Unknown key `agneda`: did you mean `agenda`?',
      'one-on-ones/bob/Person.yaml:1:1 hint format/outside-layout 1:1 Coach ignores `Person.yaml`: did you mean `person.yaml`?',
      'one-on-ones/bob/person.yaml:3:1 error format/unknown-key Unknown key `cadense`: did you mean `cadence`?',
      '',
    ].join('\n'));
    assert.equal(r.err, '3 problems (2 errors, 0 warnings, 0 info, 1 hint) in 3 files\n');
    assert.equal(r.code, 1);
  });

  it('paths are relative to the current folder, also when the folder is given', () => {
    const folder = folderWith(BROKEN);
    const r = run(['check', folder], dirname(folder));
    assert.match(r.out.split('\n')[0] as string, new RegExp(`^${folder.split('/').pop()}/one-on-ones/ada/2026-11-20\\.yaml:3:1 `));
  });

  it('coaching findings come in the same shape, after sorting with the loader\'s', () => {
    const folder = folderWith(CLEAN);
    const r = run(['check'], folder, [dayRule('test/day', 'warning')]);
    assert.equal(r.out, 'one-on-ones/ada/person.yaml:1:1 warning test/day checked on 2026-11-27\n');
    assert.equal(r.err, '1 problem (0 errors, 1 warning, 0 info, 0 hints) in 1 file\n');
  });

  it('summary line counts every severity and the files with findings', () => {
    const at = (file: string, severity: Severity) => ({ code: 'x/y', severity, message: '', file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    assert.equal(summaryLine([]), '0 problems (0 errors, 0 warnings, 0 info, 0 hints) in 0 files');
    assert.equal(summaryLine([at('a', 'error'), at('a', 'info'), at('b', 'info'), at('b', 'hint'), at('b', 'hint')]),
      '5 problems (1 error, 0 warnings, 2 info, 2 hints) in 2 files');
  });
});

describe('command line: planned versus held, as in the editor', () => {
  const held = [
    'date: 2026-11-13',
    'topics:',
    '  - id: reviews',
    '    stance: supportive',
    '    expectation: A first response within a day.',
    '    support: [Pairing]',
    '    explanation: Waiting blocks the team.',
    '',
  ].join('\n');
  const prepared = [
    '# 1:1 with Ada Lovelace. Write over each <hint>, or delete it.',
    'date: 2026-11-20',
    'agenda:',
    '  - <their topics first, then yours>',
    'notes: |',
    '  <what you could share with them>',
    'topics:',
    '  - id: reviews',
    '    stance: socratic   # 2nd conversation on this topic',
    '    questions:',
    '      - <a question to clarify the situation>',
    '    theirView: |',
    '      <their view, in their own words>',
    '    explanation: <why it matters, for the team, users or them>',
    '    status: open',
    '',
  ].join('\n');
  const files = { 'one-on-ones/ada/person.yaml': 'name: Ada Lovelace\ncadence: weekly\n', 'one-on-ones/ada/2026-11-13.yaml': held, 'one-on-ones/ada/2026-11-20.yaml': prepared };

  it('on its day, a prepared 1:1 raises nothing: no empty stage, no missing explanation, no unwritten entry', () => {
    const r = run(['check'], folderWith(files), allRules, '2026-11-20');
    assert.equal(r.out, '');
    assert.equal(r.code, 0);
  });

  it('once its day has passed, it is not a 1:1 held (cadence counts from the last one written) and its entry gets one gentle reminder', () => {
    const r = run(['check'], folderWith(files), allRules, '2026-11-27');
    assert.equal(r.out, [
      'one-on-ones/ada/2026-11-20.yaml:8:9 info notes/unwritten-entry Nothing is written yet in the conversation on reviews of 2026-11-20: write what was said, or remove the entry',
      'one-on-ones/ada/person.yaml:1:1 warning cadence/overdue Last 1:1 with Ada Lovelace was 14 days ago (2026-11-13); the cadence is weekly',
      '',
    ].join('\n'));
    const json = JSON.parse(run(['check', '--format', 'json'], folderWith(files), allRules, '2026-11-27').out) as { rule: string }[];
    assert.deepEqual(json.map((f) => f.rule), ['notes/unwritten-entry', 'cadence/overdue']);
  });

  it('once something real is written in the entry, it is the 2nd conversation, checked as one (its placeholders still count as not written)', () => {
    const written = prepared.replace('      - <a question to clarify the situation>', '      - What got in the way?');
    const r = run(['check'], folderWith({ ...files, 'one-on-ones/ada/2026-11-20.yaml': written }), allRules, '2026-11-27');
    assert.equal(r.out, [
      'one-on-ones/ada/2026-11-20.yaml:8:9 warning coaching/missing-three-es The conversation on reviews has no explanation, encouragement or empowerment: without them, a correction reads as a lecture',
      'one-on-ones/ada/2026-11-20.yaml:9:13 warning escalation/empty-stage A Socratic conversation on reviews without theirView (their view, in their words)',
      '',
    ].join('\n'));
  });
});

describe('command line: --format json', () => {
  it('an array of { file, range, rule, severity, message, related }, 0-based, keys in a stable order', () => {
    const folder = folderWith(CLEAN);
    const r = run(['check', '--format', 'json'], folder, [dayRule('test/day', 'warning')]);
    const zero = { line: 0, character: 0 };
    const expected = [{
      file: 'one-on-ones/ada/person.yaml',
      range: { start: zero, end: { line: 0, character: 4 } },
      rule: 'test/day',
      severity: 'warning',
      message: 'checked on 2026-11-27',
      related: [{ file: 'one-on-ones/ada/person.yaml', range: { start: zero, end: { line: 0, character: 4 } }, message: 'the name' }],
    }];
    assert.equal(r.out, `${JSON.stringify(expected, null, 2)}\n`);
    assert.equal(r.code, 0);
    assert.match(r.err, /^1 problem /);
  });

  it('related is an empty array when there is nothing related; nothing found gives []', () => {
    const broken = JSON.parse(run(['check', '--format=json'], folderWith(BROKEN)).out) as { related: unknown[] }[];
    assert.equal(broken.length, 3);
    assert.ok(broken.every((f) => Array.isArray(f.related) && f.related.length === 0));
    assert.equal(run(['check', '--format', 'json'], folderWith(CLEAN)).out, '[]\n');
  });
});

describe('command line: --today', () => {
  it('sets the day the checks run for; without it, today', () => {
    const folder = folderWith(CLEAN);
    assert.match(run(['check', '--today', '2027-01-31'], folder, [dayRule('test/day', 'info')]).out, /checked on 2027-01-31\n$/);
    assert.match(run(['check'], folder, [dayRule('test/day', 'info')], '2026-12-24').out, /checked on 2026-12-24\n$/);
  });

  it('a date that is not YYYY-MM-DD or not on the calendar is a usage error', () => {
    const folder = folderWith(CLEAN);
    for (const bad of ['2026-02-30', '27.11.2026', 'today', '']) {
      const r = run(['check', '--today', bad], folder);
      assert.equal(r.code, 2, bad);
      assert.match(r.err, /--today: /, bad);
      assert.equal(r.out, '');
    }
  });
});

describe('command line: exit status', () => {
  const folder = folderWith(CLEAN);
  const cases: [string, readonly Rule[], number][] = [
    ['nothing found', [], 0],
    ['hints only', [dayRule('test/day', 'hint')], 0],
    ['info only', [dayRule('test/day', 'info')], 0],
    ['a warning (by default, only errors fail the run)', [dayRule('test/day', 'warning')], 0],
    ['an error', [dayRule('test/day', 'error')], 1],
  ];
  for (const [what, rules, code] of cases) {
    it(`${what}: ${code}`, () => assert.equal(run(['check'], folder, rules).code, code));
  }

  it('an error in the notes themselves: 1', () => assert.equal(run(['check'], folderWith(BROKEN)).code, 1));
});

describe('command line: --fail-on', () => {
  const folder = folderWith(CLEAN);
  const found: Record<string, readonly Rule[]> = {
    'errors only': [dayRule('test/error', 'error')],
    'warnings only': [dayRule('test/warning', 'warning')],
    'info and hints only': [dayRule('test/info', 'info'), dayRule('test/hint', 'hint')],
    'nothing': [],
  };
  const expected: Record<string, Record<string, number>> = {
    error: { 'errors only': 1, 'warnings only': 0, 'info and hints only': 0, 'nothing': 0 },
    warning: { 'errors only': 1, 'warnings only': 1, 'info and hints only': 0, 'nothing': 0 },
    never: { 'errors only': 0, 'warnings only': 0, 'info and hints only': 0, 'nothing': 0 },
  };
  for (const [level, codes] of Object.entries(expected)) {
    for (const [what, code] of Object.entries(codes)) {
      it(`--fail-on ${level}, ${what}: exit ${code}, the same findings printed`, () => {
        const r = run(['check', '--fail-on', level], folder, found[what]);
        assert.equal(r.code, code);
        assert.equal(r.out, run(['check'], folder, found[what]).out);
        assert.equal(r.out.split('\n').filter(Boolean).length, found[what]?.length);
      });
    }
  }

  it('the default is error: a warning alone, such as an overdue 1:1, does not fail the run', () => {
    for (const what of Object.keys(found)) {
      assert.equal(run(['check'], folder, found[what]).code, run(['check', '--fail-on', 'error'], folder, found[what]).code, what);
    }
    assert.equal(run(['check', '--fail-on=warning'], folder, found['warnings only']).code, 1);
  });

  it('an unknown level, or none: exit 2 with a message that names the levels, nothing on stdout', () => {
    for (const argv of [['check', '--fail-on', 'warnings'], ['check', '--fail-on', 'Error'], ['check', '--fail-on', ''], ['check', '--fail-on=info']]) {
      const r = run(argv, folder, found['errors only']);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.err, /^one-on-one-coach: --fail-on is error, warning or never, not "[^"]*"\nRun one-on-one-coach --help for usage\.\n$/, argv.join(' '));
      assert.equal(r.out, '');
    }
    const missing = run(['check', '--fail-on'], folder);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /--fail-on/);
  });

  it('is for check only: the documents about a person say so (exit 2)', () => {
    const r = run(['agenda', 'ada', '--fail-on', 'never'], folder);
    assert.equal(r.code, 2);
    assert.match(r.err, /agenda prints Markdown; --fail-on is for check/);
  });

  it('--help lists it with its levels and default', () => {
    assert.match(run(['--help'], folder).out, /--fail-on error\|warning\|never\n\s+check: what makes it exit 1 \(default: error/);
  });
});

describe('command line: usage', () => {
  const folder = folderWith(CLEAN);
  const usageErrors: [string, string[], RegExp][] = [
    ['an unknown option', ['check', '--fast'], /unknown option --fast/],
    ['no command', [], /missing the command/],
    ['an unknown command', ['lint'], /unknown command "lint"/],
    ['two folders', ['check', '.', '.'], /one folder at a time/],
    ['an unknown format', ['check', '--format', 'xml'], /--format is text or json/],
    ['an option without its value', ['check', '--today'], /--today/],
  ];
  for (const [what, argv, message] of usageErrors) {
    it(`${what}: exit 2, a message on stderr, nothing on stdout`, () => {
      const r = run(argv, folder);
      assert.equal(r.code, 2);
      assert.match(r.err, message);
      assert.match(r.err, /--help/);
      assert.equal(r.out, '');
    });
  }

  it('--help prints the usage to stdout, exit 0', () => {
    const r = run(['--help'], folder);
    assert.equal(r.code, 0);
    assert.match(r.out, /^Usage: one-on-one-coach check \[folder\]/);
    assert.match(r.out, /--format text\|json/);
    assert.equal(run(['check', '-h'], folder).out, r.out);
  });

  it('--version prints the version of package.json', () => {
    const r = run(['--version'], folder);
    assert.equal(r.code, 0);
    assert.equal(r.out, `${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
  });
});

describe('command line: which folder is checked', () => {
  const notes = { 'ada/person.yaml': ADA, 'ada/2026-11-20.yaml': 'date: 2026-11-20\nnoets: x\n' };

  it('the current folder by default; its one-on-ones/ folder is the notes root', () => {
    const r = run(['check'], folderWith({ ...CLEAN, 'one-on-ones/ada/2026-11-21.yaml': 'date: 2026-11-22\n' }));
    assert.match(r.out, /^one-on-ones\/ada\/2026-11-21\.yaml:1:7 error format\/date-mismatch /);
  });

  it('a folder that holds person folders is itself the notes root', () => {
    const folder = folderWith(notes);
    assert.match(run(['check'], folder).out, /^ada\/2026-11-20\.yaml:2:1 error format\/unknown-key /);
    assert.match(run(['check', 'ada/..'], folder).out, /^ada\/2026-11-20\.yaml:2:1 /);
  });

  it('--notes-root names another notes folder inside the folder', () => {
    const folder = folderWith(Object.fromEntries(Object.entries(notes).map(([p, t]) => [`team/notes/${p}`, t])));
    assert.match(run(['check', '--notes-root', 'team/notes'], folder).out, /^team\/notes\/ada\/2026-11-20\.yaml:2:1 /);
    const missing = run(['check', '--notes-root', 'one-on-ones'], folder);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no notes folder/);
  });

  it('a folder without notes, a missing folder, or a file: exit 2 with a message', () => {
    const empty = folderWith({ 'README.md': '# not notes\n', 'docs/guide.yaml': 'a: 1\n' });
    for (const folder of [empty, join(empty, 'nope'), join(empty, 'README.md')]) {
      const r = run(['check', folder], scratch);
      assert.equal(r.code, 2, folder);
      assert.match(r.err, /No 1:1 notes found|is not a folder/);
      assert.equal(r.out, '');
    }
  });
});

describe('command line: the built bin', () => {
  it('dist/cli.js starts with a shebang and runs (after npm run build)', function () {
    const bin = join(root, 'dist', 'cli.js');
    if (!existsSync(bin)) this.skip();
    assert.ok(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n'));
    const r = spawnSync(process.execPath, [bin, 'check', '--format', 'json', '--today', '2026-11-27', folderWith(BROKEN)], { encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.equal((JSON.parse(r.stdout) as unknown[]).length, 3);
    assert.match(r.stderr, /^3 problems /);
  });
});

describe('command line: the folder\'s VS Code settings', () => {
  it('turns a check off, as oneOnOneCoach.severity does in the editor', () => {
    const rules = [dayRule('test/day', 'warning')];
    const settings = '{\n  // as VS Code writes it: comments and a trailing comma\n  "oneOnOneCoach.severity": { "test/day": "off" },\n}\n';
    const folder = folderWith({ ...CLEAN, '.vscode/settings.json': settings });
    const r = run(['check'], folder, rules);
    assert.equal(r.code, 0);
    assert.equal(r.out, '');
  });

  it('raises a check to an error', () => {
    const folder = folderWith({ ...CLEAN, '.vscode/settings.json': '{ "oneOnOneCoach.severity": { "test/day": "error" } }' });
    const r = run(['check'], folder, [dayRule('test/day', 'hint')]);
    assert.equal(r.code, 1);
    assert.match(r.out, / error test\/day /);
  });

  it('finds the notes in oneOnOneCoach.notesRoot; --notes-root still wins', () => {
    const files = { 'team/ada/person.yaml': ADA, 'other/bob/person.yaml': 'name: Bob\n', '.vscode/settings.json': '{ "oneOnOneCoach.notesRoot": "team" }' };
    const folder = folderWith(files);
    assert.match(run(['check'], folder, [dayRule('test/day', 'warning')]).out, /^team\/ada\/person\.yaml:/);
    assert.match(run(['check', '--notes-root', 'other'], folder, [dayRule('test/day', 'warning')]).out, /^other\/bob\/person\.yaml:/);
  });

  it('says on stderr which severity ids name no check, with the one likely meant, and which values are no severity', () => {
    const settings = '{ "oneOnOneCoach.severity": { "test/dya": "off", "test/day": "loud", "nothing/like-it": "error" } }';
    const folder = folderWith({ ...CLEAN, '.vscode/settings.json': settings });
    const r = run(['check'], folder, [dayRule('test/day', 'warning')]);
    assert.equal(r.err.split('\n').filter((l) => l.startsWith('.vscode/settings.json: ')).length, 3, r.err);
    assert.match(r.err, /oneOnOneCoach\.severity: "test\/dya" is not a check id \(did you mean test\/day\?\); it is ignored\./);
    assert.match(r.err, /oneOnOneCoach\.severity: "nothing\/like-it" is not a check id; it is ignored\./);
    assert.match(r.err, /oneOnOneCoach\.severity: test\/day is set to "loud", which is not one of error, warning, info, hint, off; its default applies\./);
    // The misspelt "off" turned nothing off: the check still speaks, at its default severity.
    assert.match(r.out, / warning test\/day /);
  });

  it('says nothing of a severity setting that names real checks', () => {
    const folder = folderWith({ ...CLEAN, '.vscode/settings.json': '{ "oneOnOneCoach.severity": { "test/day": "info" } }' });
    assert.doesNotMatch(run(['check'], folder, [dayRule('test/day', 'warning')]).err, /oneOnOneCoach\.severity/);
  });

  it('says so on stderr and uses the defaults when the settings file is not a JSON object', () => {
    const folder = folderWith({ ...CLEAN, '.vscode/settings.json': '[1, 2' });
    const r = run(['check', '--fail-on', 'warning'], folder, [dayRule('test/day', 'warning')]);
    assert.equal(r.code, 1);
    assert.match(r.err, /settings\.json is not a JSON object; using the default settings/);
  });
});
