import { strict as assert } from 'node:assert';
import { rmSync, truncateSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { codeOf, coach, diagnosticsWhen, hasCode, notesUri } from './helpers';

describe('A notes file over the size cap', () => {
  before(coach);

  it('a 3 GB file (sparse) appearing on disk: format/too-large from its size, without reading it; gone when it is', async () => {
    const uri = notesUri('alpha', 'ada/2026-01-19.yaml');
    // Sparse: 3 GB long, no disk used. Reading it whole would fail, or cost 3 GB.
    writeFileSync(uri.fsPath, '');
    truncateSync(uri.fsPath, 3 * 1024 ** 3);
    try {
      const diagnostics = await diagnosticsWhen(uri, hasCode('format/too-large'), 'the too-large finding');
      const d = diagnostics.find((x) => codeOf(x) === 'format/too-large');
      assert.equal(d?.message, 'This file is 3072.0 MB; 1:1 Coach reads notes files up to 1.0 MB, so it was not read. Split it, or move long texts elsewhere.');
      assert.equal(d?.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      rmSync(uri.fsPath, { force: true });
    }
    await diagnosticsWhen(uri, (ds) => ds.length === 0, 'the finding to go with the file');
  });
});
