// The messages between the extension and the pictures' webview, as zod schemas: checked on both sides,
// so that each side acts only on a message of a known shape and drops anything else.
// - From the extension: the data of the team overview, of a person's history, of the coaching habits
//   (the page checks them with parseExtensionMessage).
// - From the webview: see pageMessages.ts (the extension checks them with parseWebviewMessage).
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

/** Checks a message the extension sends (or the webview receives). */
export function parseExtensionMessage(value: unknown): Parsed<ExtensionMessage> {
  return parseWith(extensionMessageSchema, value);
}
