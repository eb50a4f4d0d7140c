// Property: a quick fix never leaves YAML that no longer reads. Every fix with text edits, on every
// finding of the sample team's notes, is applied to files that end as people's files end: with or
// without a final line break, in spaces or a tab after the last line, with Windows line ends (CRLF);
// and the fixed file gives no syntax error that was not there before.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { checkAll } from '../../src/core/checks/engine';
import { DEFAULT_SETTINGS } from '../../src/core/checks/settings';
import { addDays } from '../../src/core/dates';
import type { Finding, Fix, TextEdit } from '../../src/core/findings';
import { loadNotesFile } from '../../src/core/reading/loader';
import { NotesIndex } from '../../src/core/people/notesIndex';
import { lineStartsOf } from '../../src/core/reading/positions';
import { SAMPLE_DAY } from '../../src/core/sample/sampleCopy';

// out/test/unit/ → project root
const notesRoot = join(__dirname, '..', '..', '..', 'examples', 'notes', 'one-on-ones');

/** The sample team's files, by root-relative path. */
function sampleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const person of readdirSync(notesRoot).sort()) {
    for (const name of readdirSync(join(notesRoot, person)).sort()) files.set(`${person}/${name}`, readFileSync(join(notesRoot, person, name), 'utf8'));
  }
  return files;
}

/** How a file's last line can end. */
const ENDINGS = ['\n', '', '  ', '\t', '\n  ', '\n\t', ' \t\n', '\n\n  \n ', '   # last words'] as const;

/** `text` with its final line break(s) replaced by `ending`, and CRLF line ends when asked. */
function reshaped(text: string, ending: string, crlf: boolean): string {
  const body = text.replace(/\n+$/, '') + ending;
  return crlf ? body.replace(/\n/g, '\r\n') : body;
}

/** `text` with `edits` applied (ranges as the editor counts lines, CRLF included). */
function applied(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStartsOf(text);
  const offset = (p: TextEdit['range']['start']) => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.text + out.slice(offset(e.range.end));
  return out;
}

const syntaxErrors = (file: string, text: string) =>
  loadNotesFile(file, text).findings.filter((f) => f.code === 'format/syntax' && f.severity === 'error').map((f) => f.message);

/** Every fix with edits in the findings of `files` checked on `today`. */
function fixesOf(files: ReadonlyMap<string, string>, today: string): { finding: Finding; fix: Fix }[] {
  const index = NotesIndex.fromLoaded([...files].map(([file, text]) => loadNotesFile(file, text)));
  const findings = [...index.findings(), ...checkAll(index, { today, settings: DEFAULT_SETTINGS })];
  return findings.flatMap((finding) => (finding.fixes ?? []).filter((fix) => fix.edits.length > 0).map((fix) => ({ finding, fix })));
}

/** Applies one fix to the files it edits; asserts that each reads with no new syntax error. */
function assertFixReads(files: ReadonlyMap<string, string>, { finding, fix }: { finding: Finding; fix: Fix }): void {
  for (const file of new Set(fix.edits.map((e) => e.file))) {
    const before = files.get(file);
    assert.ok(before !== undefined, `${finding.code}: "${fix.title}" edits ${file}, which is not a notes file`);
    const after = applied(before, fix.edits.filter((e) => e.file === file));
    const was = syntaxErrors(file, before);
    const now = syntaxErrors(file, after);
    assert.deepEqual(now.filter((m) => !was.includes(m)), [], `${finding.code}: "${fix.title}" on ${file} gives\n${JSON.stringify(after)}`);
  }
}

/** Format mistakes with fixes, each on the last line of a 1:1, where the ending matters most. */
const LAST_LINE_MISTAKES = [
  'date: 2026-03-05',
  'date: 2026-03-04\nagneda: [reviews]',
  'date: 2026-03-04\ntopics:\n  - id: reviews\n    stance: socratc',
  'date: 2026-03-04\nagenda:\n  - me: code review',
  'date: 2026-03-04\nagenda: [me: code review]',
  'date: 2026-03-04\nnotes: We agreed: reviews go first',
  'date: 2026-03-04\nnotes: We agreed: reviews go first   # my words',
] as const;

describe('quick fixes: property', () => {
  const sample = sampleFiles();

  it('the sample team gives fixes of many kinds to try', () => {
    const titles = new Set(fixesOf(sample, SAMPLE_DAY).map(({ finding }) => finding.code));
    assert.ok(titles.size >= 5, [...titles].join(', '));
  });

  it('any ending of the last line, LF or CRLF, any day: every fix leaves a file that reads', function () {
    this.timeout(120_000);
    const day = fc.integer({ min: -20, max: 60 }).map((d) => addDays(SAMPLE_DAY, d));
    const shape = fc.record({ ending: fc.constantFrom(...ENDINGS), crlf: fc.boolean() });
    let tried = 0;
    fc.assert(fc.property(shape, day, ({ ending, crlf }, today) => {
      const files = new Map([...sample].map(([file, text]) => [file, reshaped(text, ending, crlf)]));
      for (const f of fixesOf(files, today)) {
        assertFixReads(files, f);
        tried++;
      }
    }), { numRuns: Number(process.env.FC_RUNS ?? 40) });
    assert.ok(tried > 100, `${tried} fixes tried`);
  });

  it('the loader\'s own fixes (date, key, value, quotes) on the last line, any ending, LF or CRLF', () => {
    let tried = 0;
    for (const text of LAST_LINE_MISTAKES) {
      for (const ending of ENDINGS) {
        for (const crlf of [false, true]) {
          const files = new Map([['ada/2026-03-04.yaml', reshaped(text, ending, crlf)]]);
          const loaded = loadNotesFile('ada/2026-03-04.yaml', files.get('ada/2026-03-04.yaml') as string);
          const fixes = loaded.findings.flatMap((finding) => (finding.fixes ?? []).map((fix) => ({ finding, fix })));
          assert.ok(fixes.length > 0, `a fix for ${JSON.stringify(files.get('ada/2026-03-04.yaml'))}`);
          for (const f of fixes) {
            assertFixReads(files, f);
            tried++;
          }
        }
      }
    }
    assert.ok(tried >= LAST_LINE_MISTAKES.length * ENDINGS.length * 2);
  });

  it('any text with ": " in a value: its quote fix reads back as the text, whatever ends the line', () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,10}[A-Za-z0-9]$/);
    const rest = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.'"()\\-]{0,30}$/).filter((v) => !/\s$/.test(v));
    let quoted = 0;
    fc.assert(fc.property(word, rest, fc.constantFrom(...ENDINGS), fc.boolean(), (before, after, ending, crlf) => {
      const file = 'ada/2026-03-04.yaml';
      const text = reshaped(`date: 2026-03-04\nnotes: ${before}: ${after}\n`, ending, crlf);
      const fix = loadNotesFile(file, text).findings.find((f) => f.code === 'format/syntax')?.fixes?.[0];
      if (!fix) return;
      const loaded = loadNotesFile(file, applied(text, fix.edits));
      assert.deepEqual(loaded.findings, [], JSON.stringify(applied(text, fix.edits)));
      assert.ok(loaded.kind === 'oneOnOne');
      assert.equal(loaded.data?.notes, `${before}: ${after}`);
      quoted++;
    }), { numRuns: 300 });
    assert.ok(quoted > 150, `${quoted} of 300 values were quoted`);
  });

  it('each fix on a file that ends without a line break, in spaces or a tab', () => {
    for (const ending of ENDINGS) {
      for (const crlf of [false, true]) {
        const files = new Map([...sample].map(([file, text]) => [file, reshaped(text, ending, crlf)]));
        for (const f of fixesOf(files, SAMPLE_DAY)) assertFixReads(files, f);
      }
    }
  });
});
