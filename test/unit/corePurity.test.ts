import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// out/test/unit/ → project root
const root = join(__dirname, '..', '..', '..');
const coreDir = join(root, 'src', 'core');
const importsVscode = /(?:from\s+['"]vscode['"])|(?:require\(\s*['"]vscode['"]\s*\))|(?:import\(\s*['"]vscode['"]\s*\))|(?:import\s+['"]vscode['"])/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.[cm]?[jt]s$/.test(name) ? [p] : [];
  });
}

describe('core purity', () => {
  it('src/core has source files to check', () => {
    assert.ok(sourceFiles(coreDir).length > 0, `no sources found under ${coreDir}`);
  });

  it('no file under src/core imports vscode', () => {
    const offenders = sourceFiles(coreDir).filter((f) => importsVscode.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders.map((f) => relative(root, f)), []);
  });

  it('the import check recognises every form of a vscode import', () => {
    for (const line of ["import * as vscode from 'vscode';", 'import { Uri } from "vscode"', "const v = require('vscode')", "await import('vscode')", "import 'vscode';"]) {
      assert.ok(importsVscode.test(line), line);
    }
    assert.ok(!importsVscode.test("import { z } from 'zod'; // not vscode-languageserver"));
  });
});
