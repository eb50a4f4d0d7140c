// A local ESLint rule: the words the extension shows go through l10n.t, so that a translation reaches them.
// It reports a string literal, or a template literal with words in its fixed parts, put straight where VS
// Code shows it: a message of window.show*Message and its buttons, a QuickPick item's label, description or
// detail, a title, placeHolder or prompt, an input box's validation message, a tooltip, a tree item's label, a status bar item's text, a
// webview panel's title, a code action's title. Words are letters outside codicons (`$(bell)`): numbers,
// codicons and ids made of variables pass. It also reports an l10n.t call whose message or comment is not
// written out: `npm run l10n` reads messages from the source text and would leave such a message out.

const WORDS_PROPERTIES = new Set(['label', 'description', 'detail', 'title', 'placeHolder', 'prompt', 'tooltip', 'message', 'validationMessage']);
const SHOW_MESSAGE = /^show(Information|Warning|Error)Message$/;

/** Whether `node` is a literal with words, as a person would read them. */
function hasWords(node) {
  if (node?.type === 'Literal') return typeof node.value === 'string' && /[a-z]/i.test(node.value.replace(/\$\([\w~-]+\)/g, ''));
  if (node?.type === 'TemplateLiteral') return node.quasis.some((q) => /[a-z]/i.test((q.value.cooked ?? '').replace(/\$\([\w~-]+\)/g, '')));
  if (node?.type === 'ConditionalExpression') return hasWords(node.consequent) || hasWords(node.alternate);
  if (node?.type === 'LogicalExpression') return hasWords(node.left) || hasWords(node.right);
  return false;
}

/** The name a call or `new` calls: `showQuickPick` for vscode.window.showQuickPick(…). */
function calleeName(node) {
  const callee = node.callee;
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') return callee.property.name;
  return undefined;
}

/** Whether a call is l10n.t(…) or vscode.l10n.t(…). */
function isL10nT(node) {
  const callee = node.callee;
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.name === 't'
    && ((callee.object.type === 'Identifier' && callee.object.name === 'l10n')
      || (callee.object.type === 'MemberExpression' && !callee.object.computed && callee.object.property.name === 'l10n'));
}

const isPlainString = (node) => node?.type === 'Literal' && typeof node.value === 'string';
const isFixedTemplate = (node) => node?.type === 'TemplateLiteral' && node.expressions.length === 0;

/** Whether l10n.t's first argument is written out: a string, or { message, comment? } of strings. */
function writtenOut(arg) {
  if (isPlainString(arg) || isFixedTemplate(arg)) return true;
  if (arg?.type !== 'ObjectExpression') return false;
  const prop = (name) => arg.properties.find((p) => p.type === 'Property' && !p.computed && p.key.type === 'Identifier' && p.key.name === name);
  const message = prop('message');
  const comment = prop('comment');
  if (!message || !(isPlainString(message.value) || isFixedTemplate(message.value))) return false;
  if (!comment) return true;
  return isPlainString(comment.value) || (comment.value.type === 'ArrayExpression' && comment.value.elements.every(isPlainString));
}

/** @type {import('eslint').Rule.RuleModule} */
export const wordsThroughL10n = {
  meta: {
    type: 'problem',
    docs: { description: 'Require the words the extension shows to go through l10n.t' },
    messages: {
      words: 'These words are shown as they are, in English: wrap them in vscode.l10n.t(…) (placeholders {0}, {1} for the values), then run npm run l10n.',
      notWrittenOut: 'npm run l10n reads l10n.t messages from the source text: write the message (and its comment) out here, not in a variable.',
    },
    schema: [],
  },
  create(context) {
    const report = (node) => { if (hasWords(node)) context.report({ node, messageId: 'words' }); };
    return {
      CallExpression(node) {
        if (isL10nT(node)) {
          if (!writtenOut(node.arguments[0])) context.report({ node, messageId: 'notWrittenOut' });
          return;
        }
        const name = calleeName(node);
        // The message and every button of a notification.
        if (name && SHOW_MESSAGE.test(name)) for (const arg of node.arguments) report(arg);
        // A QuickPick's items given as strings.
        if (name === 'showQuickPick' && node.arguments[0]?.type === 'ArrayExpression') for (const item of node.arguments[0].elements) report(item);
        // A webview panel's title.
        if (name === 'createWebviewPanel') report(node.arguments[1]);
      },
      NewExpression(node) {
        const name = calleeName(node);
        if (name === 'TreeItem' || name === 'CodeAction') report(node.arguments[0]);
      },
      // { label: 'Yes' }, { title: …, placeHolder: … }: QuickPick items, input and pick options, commands, progress.
      Property(node) {
        const call = node.parent?.parent;
        if (call?.type === 'CallExpression' && isL10nT(call)) return; // l10n.t({ message: … }) itself
        if (node.computed || node.key.type !== 'Identifier') return;
        if (WORDS_PROPERTIES.has(node.key.name)) report(node.value);
        // An input box's validation message: validateInput: (v) => (… ? 'Write a date as YYYY-MM-DD' : undefined).
        if (node.key.name === 'validateInput' && node.value.type === 'ArrowFunctionExpression' && node.value.body.type !== 'BlockStatement') report(node.value.body);
      },
      // item.text = …, item.tooltip = …, view.message = …: status bar items, tree items, views.
      AssignmentExpression(node) {
        const target = node.left;
        if (target.type === 'MemberExpression' && !target.computed && target.property.type === 'Identifier'
          && (WORDS_PROPERTIES.has(target.property.name) || target.property.name === 'text')) report(node.right);
      },
    };
  },
};
