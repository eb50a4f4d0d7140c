// The messages between the extension and the pictures' webview, as zod schemas: checked on both sides,
// so that each side acts only on a message of a known shape and drops anything else.
// - From the extension: the data of the team overview, of a person's history, of the coaching habits.
// - From the webview: ready (the page is listening: send it the data), open a location (a line of a
//   notes file), open a person's history, pick a history's range, sort the overview (and show it), show
//   the coaching habits.
import * as z from 'zod/mini';
import { coachingHabitsSchema, locationSchema, personTimelineSchema, SORT_KEYS, teamOverviewSchema, TIMELINE_RANGES } from './pictureData';

const personIdSchema = z.string().check(z.minLength(1), z.maxLength(1000));

export const extensionMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('overview'), data: teamOverviewSchema }),
  z.strictObject({ type: z.literal('timeline'), data: personTimelineSchema }),
  z.strictObject({ type: z.literal('habits'), data: coachingHabitsSchema }),
]);
export type ExtensionMessage = z.infer<typeof extensionMessageSchema>;

export const webviewMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('show-habits') }),
  z.strictObject({ type: z.literal('open-location'), at: locationSchema }),
  z.strictObject({ type: z.literal('open-person'), personId: personIdSchema }),
  z.strictObject({ type: z.literal('pick-range'), personId: personIdSchema, range: z.enum(TIMELINE_RANGES) }),
  z.strictObject({ type: z.literal('sort'), by: z.enum(SORT_KEYS) }),
]);
export type WebviewMessage = z.infer<typeof webviewMessageSchema>;

/** A message checked: the message itself, or why it was refused (for a log line, never shown as is). */
export type Parsed<T> = { readonly ok: true; readonly message: T } | { readonly ok: false; readonly problem: string };

function parseWith<T>(schema: z.ZodMiniType<T>, value: unknown): Parsed<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, message: result.data };
  const issue = result.error.issues[0];
  return { ok: false, problem: issue ? `${issue.path.join('.') || 'message'}: ${issue.message}` : 'not a message' };
}

/** Checks a message the extension sends (or the webview receives). */
export function parseExtensionMessage(value: unknown): Parsed<ExtensionMessage> {
  return parseWith(extensionMessageSchema, value);
}

/** Checks a message the webview sends (or the extension receives). */
export function parseWebviewMessage(value: unknown): Parsed<WebviewMessage> {
  return parseWith(webviewMessageSchema, value);
}
