import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { ruleAnchor } from '../core/report/checkDocs';


let anchorLines: Map<string, number> | undefined;

/** 1-based line of each `<a id="…">` anchor in the shipped docs/checks.md (read once). */
function linesOfAnchors(docs: vscode.Uri): Map<string, number> {
  if (!anchorLines) {
    anchorLines = new Map();
    try {
      readFileSync(docs.fsPath, 'utf8').split('\n').forEach((line, i) => {
        const m = /<a id="([^"]+)"/.exec(line);
        if (m?.[1]) anchorLines?.set(m[1], i + 1);
      });
    } catch {
      // no docs shipped: links open the top of the file
    }
  }
  return anchorLines;
}

/** A link to a rule's section of docs/checks.md, shipped inside the extension (`#L<line>` opens it there). */
export function checkDocUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  const docs = vscode.Uri.joinPath(extensionUri, 'docs', 'checks.md');
  const line = linesOfAnchors(docs).get(ruleAnchor(ruleId));
  return line ? docs.with({ fragment: `L${line}` }) : docs;
}
