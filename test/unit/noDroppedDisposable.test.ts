import { join } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { noDroppedDisposable } from '../../scripts/eslint/noDroppedDisposable.mjs';

// out/test/unit/ → project root. The cases are typed against the real @types/vscode, as the project lints.
const root = join(__dirname, '..', '..', '..');
const filename = join(root, 'lint-rule-case.ts');
const header = "import * as vscode from 'vscode';\ndeclare const context: vscode.ExtensionContext;\n";
const valid = (name: string, code: string) => ({ name, code: header + code, filename });
const invalid = (name: string, code: string) => ({ name, code: header + code, filename, errors: [{ messageId: 'dropped' }] });

describe('the lint rule against dropped disposables', function () {
  // The first case builds a TypeScript program with VS Code's API types: seconds, not milliseconds.
  this.timeout(120_000);
  RuleTester.it = (text: string, fn: () => void) => it(text, fn).timeout(120_000);

  new RuleTester({
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: { allowDefaultProject: ['*.ts'], defaultProject: 'tsconfig.json' }, tsconfigRootDir: root },
    },
  }).run('no-dropped-disposable', noDroppedDisposable, {
    valid: [
      valid('a command kept in context.subscriptions', "context.subscriptions.push(vscode.commands.registerCommand('coach.x', () => undefined));"),
      valid('a subscription kept and disposed', 'const saved = vscode.workspace.onDidSaveTextDocument(() => undefined);\nsaved.dispose();'),
      valid('a promise, not a disposable', "void vscode.window.showInformationMessage('Saved');"),
      valid('a channel disposed at once', "vscode.window.createOutputChannel('Coach').dispose();"),
      // Another library's object with a dispose() of its own: mocha's describe() returns a Suite.
      valid('mocha\'s Suite', "describe('a suite', () => undefined);"),
    ],
    invalid: [
      invalid('a dropped command', "vscode.commands.registerCommand('coach.x', () => undefined);"),
      invalid('a dropped output channel', "vscode.window.createOutputChannel('Coach');"),
      invalid('a dropped workspace event subscription', 'vscode.workspace.onDidSaveTextDocument(() => undefined);'),
      invalid('a dropped subscription to an own event', 'const emitter = new vscode.EventEmitter<number>();\ncontext.subscriptions.push(emitter);\nemitter.event(() => undefined);'),
      invalid('a dropped subscription through optional chaining', 'declare const view: { onDidHide(listener: () => void): vscode.Disposable } | undefined;\nview?.onDidHide(() => undefined);'),
      invalid('a dropped object of a project class with dispose()', 'class Watch { dispose(): void { return undefined; } }\nfunction watch(): Watch { return new Watch(); }\nwatch();'),
    ],
  });
});
