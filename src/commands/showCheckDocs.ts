// "Show Check Documentation": docs/checks.md, shipped with the extension, in the Markdown preview.
// Argument: (ruleId?) e.g. 'feedback/stale': the preview opens at that check's section. A finding's row
// in Needs Attention (anything with `finding.code`) opens at its rule too.
import * as vscode from 'vscode';
import { ruleAnchor } from '../core/report/checkDocs';
import type { Feature } from '../services';

export const showCheckDocsCommand: Feature = (context) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('oneOnOneCoach.showCheckDocs', async (ruleId?: unknown) => {
      const docs = vscode.Uri.joinPath(context.extensionUri, 'docs', 'checks.md');
      // The preview scrolls to the element whose id is the Uri's fragment (the rule's <a id>).
      const id = typeof ruleId === 'string' ? ruleId : (ruleId as { finding?: { code?: unknown } } | undefined)?.finding?.code;
      const at = typeof id === 'string' && id ? docs.with({ fragment: ruleAnchor(id) }) : docs;
      await vscode.commands.executeCommand('markdown.showPreview', at);
    }),
  );
};
