// The lint rule that keeps the words the extension shows on their way to a translation (l10n.t): it
// reports words put straight where VS Code shows them, and leaves ids, codicons, values and l10n.t alone.
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { wordsThroughL10n } from '../../scripts/eslint/wordsThroughL10n.mjs';

const header = "import * as vscode from 'vscode';\ndeclare const name: string;\ndeclare const item: vscode.StatusBarItem;\ndeclare const count: number;\n";
const valid = (caseName: string, code: string) => ({ name: caseName, code: header + code });
const invalid = (caseName: string, code: string, errors = 1, messageId = 'words') =>
  ({ name: caseName, code: header + code, errors: Array.from({ length: errors }, () => ({ messageId })) });

describe('the lint rule that sends shown words through l10n.t', () => {
  new RuleTester({ languageOptions: { parser: tseslint.parser } }).run('words-through-l10n', wordsThroughL10n, {
    valid: [
      valid('a message through l10n.t', "void vscode.window.showInformationMessage(vscode.l10n.t('1:1 Coach: {0} copied.', name));"),
      valid('a message with a translator\'s comment', "void vscode.window.showErrorMessage(vscode.l10n.t({ message: 'The {0} list', args: [name], comment: ['{0} is a YAML key'] }));"),
      valid('a message made elsewhere', 'declare const problem: string;\nvoid vscode.window.showWarningMessage(problem);'),
      valid('QuickPick items and options through l10n.t, a value as description', "void vscode.window.showQuickPick([{ label: vscode.l10n.t('Yes'), description: name }], { title: vscode.l10n.t('Add Person'), placeHolder: vscode.l10n.t('Who?') });"),
      valid('a status bar text of a codicon and a number', 'item.text = `$(bell) ${count}`;'),
      valid('a codicon before words through l10n.t', "void vscode.window.showQuickPick([{ label: `$(check) ${vscode.l10n.t('Log it')}` }]);"),
      valid('command ids, context keys, view ids and file names', "void vscode.commands.executeCommand('setContext', 'oneOnOneCoach.loading', true);\nconst c = { command: 'oneOnOneCoach.refresh', arguments: ['person.yaml'] };\nvoid c;"),
      valid('a validation message through l10n.t', "void vscode.window.showInputBox({ validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A name is needed')) });"),
      valid('a tree item named by a value', 'const t = new vscode.TreeItem(name);\nvoid t;'),
      valid('the webview panel\'s view type and a title through l10n.t', "vscode.window.createWebviewPanel('oneOnOneCoach.pictures', vscode.l10n.t('Team at a Glance'), vscode.ViewColumn.Active).dispose();"),
      valid('l10n.t of @vscode/l10n in the page', "import * as l10n from '@vscode/l10n';\nconst w = l10n.t('Your team');\nvoid w;"),
    ],
    invalid: [
      invalid('a message as a string', "void vscode.window.showInformationMessage('1:1 Coach: open a 1:1 file first.');"),
      invalid('a message as a template', 'void vscode.window.showErrorMessage(`1:1 Coach: ${name} has no person.yaml yet.`);'),
      invalid('a button of a notification', "void vscode.window.showInformationMessage(vscode.l10n.t('Restricted Mode'), 'Manage Workspace Trust');"),
      invalid('QuickPick items\' label, description and detail', "void vscode.window.showQuickPick([{ label: 'Yes', description: 'a staff engineer', detail: `about ${name}` }]);", 3),
      invalid('QuickPick items as strings', "void vscode.window.showQuickPick(['Positive', 'Corrective']);", 2),
      invalid('title, placeHolder and prompt options', "void vscode.window.showInputBox({ title: 'Add Person', placeHolder: 'e.g. parental leave', prompt: `Meet ${name} every how many days?` });", 3),
      invalid('a validation message', "void vscode.window.showInputBox({ validateInput: (v) => (v.trim() ? undefined : 'A name is needed') });"),
      invalid('words in one branch of a choice', "void vscode.window.showInputBox({ validateInput: () => undefined, prompt: count ? vscode.l10n.t('Again') : 'Write a date' });"),
      invalid('a status bar text and tooltip', "item.text = `$(bell) ${count} need attention`;\nitem.tooltip = '1:1 Coach: nothing needs attention';", 2),
      invalid('a tree item label', "const t = new vscode.TreeItem('Open topics');\nvoid t;"),
      invalid('a code action title', "const a = new vscode.CodeAction('Snooze until…');\nvoid a;"),
      invalid('a webview panel title', "vscode.window.createWebviewPanel('oneOnOneCoach.pictures', 'Team at a Glance', vscode.ViewColumn.Active).dispose();"),
      invalid('a lens command title', "const lens = new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), { title: 'Prepare next 1:1', command: 'oneOnOneCoach.prepareOneOnOne' });\nvoid lens;"),
      invalid('a progress title', "void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Reading your notes' }, async () => undefined);"),
      invalid('l10n.t with its message in a variable', 'const w = vscode.l10n.t(name);\nvoid w;', 1, 'notWrittenOut'),
      invalid('l10n.t with its comment in a variable', "const note = ['short month'];\nconst w = vscode.l10n.t({ message: 'May', comment: note });\nvoid w;", 1, 'notWrittenOut'),
    ],
  });
});
