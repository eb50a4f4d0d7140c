// Hovers on the nodes of a notes file that the coaching model explains: a topic's stance, what was
// agreed last time on a topic (on its id), a feedback item's dates, a person's cadence. The texts come from src/core/guidance; this only finds the node.
import * as vscode from 'vscode';
import { fromPosition, toRange } from '../convert';
import { cadenceFacts, cadenceHover } from '../core/guidance/cadence';
import { conversationHover, conversationsIn } from '../core/guidance/conversation';
import { feedbackAt, feedbackHover, feedbackTiming } from '../core/guidance/feedback';
import { lastAgreed, lastAgreedHover } from '../core/guidance/lastAgreed';
import { guidanceNodeAt, type GuidanceNode } from '../core/guidance/nodeAt';
import type { DocTarget } from '../core/guidance/ruleLinks';
import type { PersonNotes } from '../core/people/personNotes';
import { checkDocUri } from '../diagnostics/checkDocs';
import type { Feature } from '../services';
import { NOTES_DOCUMENTS, notesDocumentWhenCurrent, type NotesDocument } from './notesDocument';

function hoverText(at: NotesDocument, notes: PersonNotes, node: GuidanceNode, docs: DocTarget): string | undefined {
  const { ctx, file } = at;
  switch (node.kind) {
    case 'stance': {
      const place = conversationsIn(notes, file, ctx.settings).find((p) => p.step.entry.path === node.entryPath);
      return place && conversationHover(place, ctx, at.root.notes.findingsFor(file), docs);
    }
    case 'topicId': {
      const agreed = lastAgreed(notes, file, node.entryPath);
      return agreed && lastAgreedHover(agreed, notes.person.name, ctx.today);
    }
    case 'feedback': {
      const entry = feedbackAt(notes, file, node.entryPath);
      return entry && feedbackHover(feedbackTiming(entry, notes, ctx.today), ctx.settings, docs);
    }
    case 'cadence':
      return cadenceHover(cadenceFacts(notes, ctx), notes.person.name, ctx.today, docs);
  }
}

export const guidanceHovers: Feature = (context, { notes }) => {
  const docs: DocTarget = (ruleId) => checkDocUri(context.extensionUri, ruleId).toString();
  const provider: vscode.HoverProvider = {
    async provideHover(document, position, token) {
      const at = await notesDocumentWhenCurrent(notes, document, token);
      const node = at && guidanceNodeAt(at.loaded, fromPosition(position));
      const text = at?.notes && node && hoverText(at, at.notes, node, docs);
      return text && node ? new vscode.Hover(new vscode.MarkdownString(text), toRange(node.range)) : undefined;
    },
  };
  context.subscriptions.push(vscode.languages.registerHoverProvider(NOTES_DOCUMENTS, provider));
};
