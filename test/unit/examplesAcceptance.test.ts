// The sample team in examples/notes is the acceptance test of the coaching checks: on its day,
// 27 November 2026, the checks find exactly the mistakes its README plants, and nothing else.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'mocha';
import { allRules } from '../../src/core/checks/registry';
import { DEFAULT_SETTINGS } from '../../src/core/checks/settings';
import { checkNotesRoot } from '../../src/core/workspace/checkFolder';
import type { Finding } from '../../src/core/findings';
import { SAMPLE_DAY } from '../../src/core/sample/sampleCopy';

// out/test/unit/ → project root
const examples = join(__dirname, '..', '..', '..', 'examples', 'notes');

interface Planted {
  readonly rule: string;
  /** A severity named in the rule cell, e.g. `feedback/delay` (warning). */
  readonly severity?: string;
  /** `person/file.yaml:line`, or `person/` for a finding about the person as a whole. */
  readonly where: string;
}

/** The rows of the README's "Planted mistakes" table. */
function plantedMistakes(readme: string): Planted[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Planted mistakes'));
  assert.ok(section, 'examples/notes/README.md has no "## Planted mistakes" section');
  const rows = section.split('\n').filter((l) => l.startsWith('|')).slice(2); // header and separator
  return rows.map((row) => {
    const [ruleCell = '', whereCell = ''] = row.split('|').slice(1).map((c) => c.trim());
    const rule = /^`([^`]+)`(?:\s*\((\w+)\))?/.exec(ruleCell);
    const where = /^`([^`]+)`/.exec(whereCell);
    assert.ok(rule && where, `cannot read the row: ${row}`);
    const severity = rule[2] !== undefined && ['error', 'warning', 'info', 'hint'].includes(rule[2]) ? rule[2] : undefined;
    return { rule: rule[1] as string, where: where[1] as string, ...(severity ? { severity } : {}) };
  });
}

/** Where a finding is, as the table writes it: on the person's folder alone when a row names only the folder. */
function whereOf(f: Finding, folderRows: ReadonlySet<string>): string {
  const folder = `${f.file.split('/')[0]}/`;
  return folderRows.has(`${f.code} ${folder}`) ? folder : `${f.file}:${f.range.start.line + 1}`;
}

describe('acceptance: the sample notes on 27 November 2026', () => {
  let planted: Planted[];
  let loaderFindings: readonly Finding[];
  let coaching: Finding[];
  /** `rule person/` for each row that names only a person's folder. */
  let folderRows: Set<string>;

  before(() => {
    planted = plantedMistakes(readFileSync(join(examples, 'README.md'), 'utf8'));
    const { index, findings } = checkNotesRoot(join(examples, 'one-on-ones'), { today: SAMPLE_DAY, settings: DEFAULT_SETTINGS });
    loaderFindings = index.findings();
    const fromLoader = new Set(loaderFindings);
    coaching = findings.filter((f) => !fromLoader.has(f));
    folderRows = new Set(planted.filter((p) => p.where.endsWith('/')).map((p) => `${p.rule} ${p.where}`));
  });

  it('the README plants mistakes to find (the table reads)', () => {
    assert.ok(planted.length >= 10, `only ${planted.length} rows read`);
  });

  it('load without a single format finding', () => {
    assert.deepEqual(loaderFindings.map((f) => `${f.file}:${f.range.start.line + 1} ${f.code} ${f.message}`), []);
  });

  it('the coaching checks find exactly the planted mistakes: rule, file and line', () => {
    const found = new Set(coaching.map((f) => `${f.code} ${whereOf(f, folderRows)}`));
    const expected = new Set(planted.map((p) => `${p.rule} ${p.where}`));
    assert.deepEqual(
      { missed: [...expected].filter((k) => !found.has(k)).sort(), unexpected: [...found].filter((k) => !expected.has(k)).sort() },
      { missed: [], unexpected: [] },
    );
  });

  it('findings have the severity the README names', () => {
    for (const p of planted.filter((row) => row.severity !== undefined)) {
      const hit = coaching.find((f) => f.code === p.rule && whereOf(f, folderRows) === p.where);
      assert.equal(hit?.severity, p.severity, `${p.rule} at ${p.where}`);
    }
  });

  it('every registered rule finds something in the sample', () => {
    const fired = new Set(coaching.map((f) => f.code));
    assert.deepEqual(allRules.map((r) => r.id).filter((id) => !fired.has(id)), []);
  });

  it('every rule the README plants is registered', () => {
    const registered = new Set(allRules.map((r) => r.id));
    assert.deepEqual([...new Set(planted.map((p) => p.rule))].filter((id) => !registered.has(id)), []);
  });
});
