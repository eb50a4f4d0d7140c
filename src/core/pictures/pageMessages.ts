// What the pictures' page may ask of the extension, as a zod schema: ready (it is listening: send it the
// data), open a location (a line of a notes file), open a person's history, pick a history's range, sort
// the overview (and show it), show the coaching habits. The extension acts only on a message of this
// shape and drops anything else. Kept apart from the pictures' data, so the extension's bundle holds only
// this small check (the page checks the data it receives; protocol.ts).
import * as z from 'zod/mini';
import { locationSchema } from './location';
import { SORT_KEYS, TIMELINE_RANGES } from './pictureKeys';

const personIdSchema = z.string().check(z.minLength(1), z.maxLength(1000));

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

/** `value` checked by `schema`. */
export function parseWith<T>(schema: z.ZodMiniType<T>, value: unknown): Parsed<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, message: result.data };
  const issue = result.error.issues[0];
  return { ok: false, problem: issue ? `${issue.path.join('.') || 'message'}: ${issue.message}` : 'not a message' };
}

/** Checks a message the webview sends (or the extension receives). */
export function parseWebviewMessage(value: unknown): Parsed<WebviewMessage> {
  return parseWith(webviewMessageSchema, value);
}
