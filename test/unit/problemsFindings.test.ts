// What goes to Problems when Red Hat YAML reports a file's YAML mistakes as well.
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { loadNotesFile } from '../../src/core/reading/loader';
import { findingsForProblems } from '../../src/core/workspace/problemsFindings';

const load = (text: string) => loadNotesFile('ana/2026-03-10.yaml', new TextEncoder().encode(text)).findings;

describe('findings for Problems', () => {
  // A file that does not read gets no content findings, so the list joins those of two versions of it.
  const findings = [...load('date: 2026-03-10\nnotes: we agreed: ship it\nprivate: a\nprivate: b\n'), ...load('date: 2026-03-10\nrolee: x\n')];

  it('are every finding when no YAML extension reports the file, and it is not even asked then when there is no YAML mistake', () => {
    assert.deepEqual(findingsForProblems(findings, () => false), findings);
    const clean = load('date: 2026-03-10\nrolee: x\n');
    assert.deepEqual(findingsForProblems(clean, () => assert.fail('asked without a YAML mistake')), clean);
  });

  it('leave out the syntax and a key written twice when one does, and keep the content mistakes', () => {
    assert.deepEqual(findings.map((f) => f.code).sort(), ['format/duplicate-key', 'format/syntax', 'format/unknown-key']);
    assert.deepEqual(findingsForProblems(findings, () => true).map((f) => f.code), ['format/unknown-key']);
  });
});
