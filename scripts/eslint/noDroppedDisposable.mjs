// A local ESLint rule: a call whose result can be disposed must not be dropped.
// `vscode.commands.registerCommand(…)`, `vscode.window.createOutputChannel(…)` or `emitter.event(…)` on a
// line of its own leaks the registration until the window closes: it belongs in context.subscriptions
// or an owner's disposables. typescript-eslint has no rule for this. The rule asks the type checker
// whether the result has a dispose() method declared by VS Code's API or by this project, so it covers
// the extension's own events too, and leaves other libraries' objects alone (mocha's describe() returns
// a Suite with a dispose() of its own).

/** @type {import('eslint').Rule.RuleModule} */
export const noDroppedDisposable = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow dropping the Disposable that a call returns' },
    messages: {
      dropped:
        'This call returns a Disposable that is dropped. Add it to context.subscriptions or its owner\'s disposables, or keep it to dispose it later.',
    },
    schema: [],
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    if (!services?.program || !services.esTreeNodeToTSNodeMap) {
      throw new Error('no-dropped-disposable needs type information: lint with typescript-eslint and a projectService.');
    }
    const checker = services.program.getTypeChecker();
    const ours = (declaration) => {
      const file = declaration.getSourceFile().fileName;
      return !file.includes('/node_modules/') || file.includes('/node_modules/@types/vscode/');
    };
    const disposable = (node) => {
      const type = checker.getNonNullableType(checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node)));
      const dispose = type.getProperty('dispose');
      return dispose !== undefined && (dispose.getDeclarations() ?? []).some(ours)
        && checker.getTypeOfSymbol(dispose).getCallSignatures().length > 0;
    };
    return {
      ExpressionStatement(statement) {
        const call = statement.expression.type === 'ChainExpression' ? statement.expression.expression : statement.expression;
        if ((call.type === 'CallExpression' || call.type === 'NewExpression') && disposable(call)) {
          context.report({ node: call, messageId: 'dropped' });
        }
      },
    };
  },
};
