// Text that reaches a terminal or a log: control characters shown as escapes (\x1b, \x00, \n), never
// sent raw, so a folder name, key or value cannot colour the output, ring the bell, move the cursor
// or split one finding over two lines; and messages kept to a length a line can hold.

/**
 * C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional overrides and
 * isolates (they reorder what a terminal shows).
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character written as an escape: `\x1b` below U+0100, else `\u202e`. */
export function visibleText(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** What JSON.stringify leaves raw of CONTROL: DEL, the C1 controls, the separators and the bidi controls. */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON text with those written as `\u` escapes too: the same JSON, safe to print in a terminal. */
export function visibleJson(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The most characters of a message the reports print; the rest is counted, not shown. */
export const MAX_MESSAGE_CHARS = 500;

/** `message` cut to `max` UTF-16 units, with how many characters were left out; unchanged when short enough. */
export function cappedMessage(message: string, max = MAX_MESSAGE_CHARS): string {
  if (message.length <= max) return message;
  let cut = message.slice(0, max);
  // Never end on half of a surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const left = Array.from(message.slice(cut.length)).length;
  return `${cut}… (${left} more ${left === 1 ? 'character' : 'characters'} not shown)`;
}
