// The messages between the extension and the pictures' webview, as zod schemas: checked on both sides,
// so that each side acts only on a message of a known shape and drops anything else.
// - From the extension: the data of the team overview, of a person's history, of the coaching habits
//   (the page checks them with parseExtensionMessage).
// - From the webview: see pageMessages.ts (the extension checks them with parseWebviewMessage).
// - The page's words in the display language: VS Code's bundle of the extension's translated messages,
//   written into the page (picturesHtml.ts) and checked by the page before it draws (parsePageWords).
import * as z from 'zod/mini';
import { parseWith, type Parsed } from './pageMessages';
import { coachingHabitsSchema, personTimelineSchema, teamOverviewSchema } from './pictureData';

export { parseWebviewMessage, webviewMessageSchema, type Parsed, type WebviewMessage } from './pageMessages';

export const extensionMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('overview'), data: teamOverviewSchema }),
  z.strictObject({ type: z.literal('timeline'), data: personTimelineSchema }),
  z.strictObject({ type: z.literal('habits'), data: coachingHabitsSchema }),
]);
export type ExtensionMessage = z.infer<typeof extensionMessageSchema>;

/** The translated messages the page draws with, by their English text (as vscode.l10n.bundle holds them). */
export const pageWordsSchema = z.record(z.string(), z.string());
export type PageWords = z.infer<typeof pageWordsSchema>;

/** Checks the page's words (the extension writes them, the page reads them). */
export function parsePageWords(value: unknown): Parsed<PageWords> {
  return parseWith(pageWordsSchema, value);
}

/** Checks a message the extension sends (or the webview receives). */
export function parseExtensionMessage(value: unknown): Parsed<ExtensionMessage> {
  return parseWith(extensionMessageSchema, value);
}
