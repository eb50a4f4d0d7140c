// The problem matcher contributed in package.json ($one-on-one-coach) reads the command line's text
// output as a VS Code task prints it: every finding line it matches must give the file, line, column,
// severity, code and message that the JSON output gives for the same run, and nothing else may match.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import { main } from '../../src/cli';
import { visibleText } from '../../src/core/report/visibleText';
import type { JsonFinding } from '../../src/core/report/jsonReport';
import { write } from './hostile/hostileIo';

// out/test/unit/ → project root
const root = join(__dirname, '..', '..', '..');

interface Matcher {
  name: string;
  owner: string;
  source: string;
  fileLocation: string[];
  pattern: { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number };
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { problemMatchers?: Matcher[] } };
const matcher = manifest.contributes.problemMatchers?.find((m) => m.name === 'one-on-one-coach');

interface Problem { file: string; line: number; column: number; severity: string; code: string; message: string }

/** What VS Code builds from one line of output with the matcher, or undefined when the line does not match. */
function matchLine(line: string): Problem | undefined {
  assert.ok(matcher, 'package.json contributes a problem matcher named one-on-one-coach');
  const m = new RegExp(matcher.pattern.regexp).exec(line);
  if (!m) return undefined;
  const at = (i: number) => m[i] ?? '';
  const p = matcher.pattern;
  return { file: at(p.file), line: Number(at(p.line)), column: Number(at(p.column)), severity: at(p.severity), code: at(p.code), message: at(p.message) };
}

/** The same findings from the JSON output, as the text prints them: 1-based, control characters escaped. */
function fromJson(f: JsonFinding): Problem {
  return {
    file: visibleText(f.file), line: f.range.start.line + 1, column: f.range.start.character + 1,
    severity: f.severity, code: visibleText(f.rule), message: visibleText(f.message),
  };
}

function cli(argv: string[], cwd: string): { out: string; err: string } {
  let out = '';
  let err = '';
  main(argv, { cwd, stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, today: () => '2026-11-27' });
  return { out, err };
}

let scratch: string;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'one-on-one-matcher-'));
  // A notes folder whose names and texts try to break a line apart: spaces and a colon in a folder name,
  // control characters, and a value that looks like another finding.
  const notes = join(scratch, 'hostile', 'one-on-ones');
  write(join(notes, 'ada lovelace: lead', 'person.yaml'), 'name: Ada\nrole: Engineer\ncadense: weekly\n');
  write(join(notes, 'ada lovelace: lead', '2026-11-20.yaml'), 'date: 2026-11-20\n"agenda\\e]0;x\\a": [x]\nnotes: "a\\r\\nb.yaml:1:1 error fake/line forged"\n');
  write(join(notes, 'evil\u001b[31m\nperson', 'person.yaml'), 'name: "Bo\\e[5m"\ncadence: "weekly\\0"\n');
  write(join(notes, 'evil\u001b[31m\nperson', '2026-11-21.yaml'), 'date: 2026-11-22\nagneda: [x]\n');
});
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('problem matcher $one-on-one-coach', () => {
  it('is contributed with paths relative to the workspace folder, as the command line prints them from there', () => {
    assert.ok(matcher);
    assert.equal(matcher.owner, 'one-on-one-coach');
    assert.equal(matcher.source, 'one-on-one-coach');
    assert.deepEqual(matcher.fileLocation, ['relative', '${workspaceFolder}']);
  });

  const fixtures: [string, () => [string, string[]]][] = [
    ['the sample team (examples/notes), from the project folder', () => [root, ['examples/notes']]],
    ['the sample team, from its own folder', () => [join(root, 'examples', 'notes'), []]],
    ['the first test workspace folder', () => [join(root, 'test', 'fixtures', 'workspace', 'alpha'), []]],
    ['the second test workspace folder', () => [join(root, 'test', 'fixtures', 'workspace', 'beta'), []]],
    ['notes with spaces, colons, control characters and a forged finding in them', () => [join(scratch, 'hostile'), []]],
  ];
  for (const [what, fixture] of fixtures) {
    it(`matches every line the command line prints for ${what}, as its JSON says`, () => {
      const [cwd, args] = fixture();
      const text = cli(['check', ...args], cwd);
      const json = JSON.parse(cli(['check', '--format', 'json', ...args], cwd).out) as JsonFinding[];
      assert.ok(json.length > 0, `${what}: findings to match`);
      const lines = text.out.split('\n').slice(0, -1);
      const matched = lines.map((line) => matchLine(line));
      assert.deepEqual(lines.filter((_, i) => matched[i] === undefined), [], 'lines the matcher misses');
      assert.deepEqual(matched, json.map(fromJson));
      // The summary goes to stderr, which a task's terminal shows too: it is not a finding.
      assert.equal(matchLine(text.err.trimEnd()), undefined, text.err);
    });
  }

  it('takes the first place a line names, not one a message quotes', () => {
    assert.deepEqual(matchLine('one-on-ones/ada/2026-11-20.yaml:3:1 error format/schema text with x.yaml:9:9 warning fake/rule inside'), {
      file: 'one-on-ones/ada/2026-11-20.yaml', line: 3, column: 1, severity: 'error', code: 'format/schema', message: 'text with x.yaml:9:9 warning fake/rule inside',
    });
  });
});
