// From a file's bytes (or a string) to the text the loader parses, as the editor shows it: UTF-8, the
// byte order mark dropped (VS Code's document text does not contain it, so offsets start after it).

/** Files larger than this are not parsed (1 MiB); a 1:1 is a few kilobytes. */
export const DEFAULT_MAX_BYTES = 1_048_576;

const BOM = '\uFEFF';

export type NotesText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: 'too-large'; readonly bytes: number }
  /** `text` is the content decoded with U+FFFD for each bad sequence, as an editor would show it. */
  | { readonly ok: false; readonly problem: 'encoding'; readonly text: string; readonly badOffset: number };

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Checks the size, decodes UTF-8 strictly and drops a leading BOM. Never throws. */
export function readNotesText(content: string | Uint8Array, maxBytes: number): NotesText {
  if (typeof content === 'string') {
    const bytes = utf8Length(content);
    if (bytes > maxBytes) return { ok: false, problem: 'too-large', bytes };
    return { ok: true, text: content.startsWith(BOM) ? content.slice(1) : content };
  }
  if (content.byteLength > maxBytes) return { ok: false, problem: 'too-large', bytes: content.byteLength };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(content) };
  } catch {
    const text = new TextDecoder('utf-8').decode(content);
    return { ok: false, problem: 'encoding', text, badOffset: Math.max(0, text.indexOf('\uFFFD')) };
  }
}

/** `bytes` for people: `1.4 MB`, `812 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_048_576) return `${(bytes / 1_048_576).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
