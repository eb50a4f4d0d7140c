// Finding messages and guidance mark keys and values as `code`. In a Markdown tooltip those spans are
// shown as code; the rest is shown exactly as written, so no backtick is ever seen as a character.
import * as vscode from 'vscode';

/** Appends `text` to `md`: its backtick spans as code, everything else as plain text. */
export function appendWithCode(md: vscode.MarkdownString, text: string): vscode.MarkdownString {
  text.split(/(`[^`\n]+`)/).forEach((part, i) => (i % 2 ? md.appendMarkdown(part) : md.appendText(part)));
  return md;
}
