import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';

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

  it('the linter forbids a vscode import in src/core and nowhere else (eslint.config.mjs)', async () => {
    const eslint = new ESLint({ cwd: root });
    // The rule as the project's config sets it for a file, run alone (without type information) on an import of vscode.
    const lint = async (file: string) => {
      const rule = ((await eslint.calculateConfigForFile(file)) as Linter.Config).rules?.['no-restricted-imports'];
      const messages = new Linter().verify("import * as vscode from 'vscode';\nexport const api = vscode;\n", {
        files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: rule ? { 'no-restricted-imports': rule } : {},
      }, join(root, file));
      return messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
    };
    const inCore = await lint('src/core/reading/loader.ts');
    assert.equal(inCore.length, 1, inCore.join('\n'));
    assert.match(inCore[0], /^no-restricted-imports: .*src\/core is pure/);
    assert.deepEqual(await lint('src/diagnostics/problems.ts'), []);
  });
});
