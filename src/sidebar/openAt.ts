// Tree items open notes at the exact place they are about.
import * as vscode from 'vscode';
import { toRange } from '../convert';
import type { Range } from '../core/findings';

/** A command that opens `uri` with `range` selected (a finding's range: what Problems would select). */
export function openAt(uri: vscode.Uri, range: Range, title = 'Open'): vscode.Command {
  const options: vscode.TextDocumentShowOptions = { selection: toRange(range), preserveFocus: false };
  return { command: 'vscode.open', title, arguments: [uri, options] };
}

/** A command that opens `uri` with the cursor at the start of `range` (an entry: its first line). */
export function openAtStart(uri: vscode.Uri, range: Range, title = 'Open'): vscode.Command {
  return openAt(uri, { start: range.start, end: range.start }, title);
}
