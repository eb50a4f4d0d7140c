import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'mocha';
import { parseDocument } from 'yaml';
import { allRules } from '../../src/core/checks/registry';
import { renderCheckDocs, ruleAnchor } from '../../src/core/report/checkDocs';
import { LOADER_CODES } from '../../src/core/report/loaderCodes';

// out/test/unit/ → project root
const root = join(__dirname, '..', '..', '..');
const doc = readFileSync(join(root, 'docs', 'checks.md'), 'utf8');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourcesUnder(p) : name.endsWith('.ts') ? [p] : [];
  });
}

describe('docs/checks.md', () => {
  it('is current with the rule data (else run: node scripts/gen-check-docs.mjs)', () => {
    assert.equal(doc, renderCheckDocs(allRules));
  });

  it('has a section with a stable anchor for every registered rule', () => {
    for (const rule of allRules) {
      assert.ok(doc.includes(`<a id="${ruleAnchor(rule.id)}"></a>\n## ${rule.id}\n`), `no section for ${rule.id}`);
    }
  });

  it('anchors are unique: no two rules or codes share one', () => {
    const anchors = [...allRules.map((r) => r.id), ...LOADER_CODES.map((c) => c.code)].map(ruleAnchor);
    assert.deepEqual(anchors.filter((a, i) => anchors.indexOf(a) !== i), []);
    assert.equal(ruleAnchor('escalation/skipped-stage'), 'escalation-skipped-stage');
  });

  it('every rule gives the docs something to say: title, why, guidance and an example', () => {
    for (const rule of allRules) {
      for (const [field, text] of Object.entries({ title: rule.title, why: rule.doc.why, guidance: rule.guidance, example: rule.doc.example })) {
        assert.ok(text.trim() !== '', `${rule.id}: ${field} is empty`);
      }
    }
  });

  it("every rule's example is YAML that parses", () => {
    for (const rule of allRules) {
      assert.deepEqual(parseDocument(rule.doc.example).errors.map((e) => e.message), [], rule.id);
    }
  });

  it('lists every format/, layout/ and internal/ code the core reports, and no other', () => {
    const reportDir = join(root, 'src', 'core', 'report');
    const used = new Set<string>();
    for (const file of sourcesUnder(join(root, 'src', 'core'))) {
      if (!relative(reportDir, file).startsWith('..')) continue; // the list itself
      for (const m of readFileSync(file, 'utf8').matchAll(/['"`]((?:format|layout|internal)\/[a-z][a-z-]*)['"`]/g)) used.add(m[1] as string);
    }
    const listed = LOADER_CODES.map((c) => c.code);
    assert.deepEqual([...used].filter((c) => !listed.includes(c)).sort(), [], 'codes missing from src/core/report/loaderCodes.ts');
    assert.deepEqual(listed.filter((c) => !used.has(c)).sort(), [], 'codes listed but no longer reported');
  });
});
