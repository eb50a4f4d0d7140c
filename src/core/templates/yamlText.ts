// Small pieces of YAML text for the templates: a scalar written so that it reads back as the same
// string, and indentation. Pure text; the templates never re-stringify a user's file.

/** Text that YAML would read as something other than the same string when written plain. */
const NEEDS_QUOTES = /^[\s\-?:,[\]{}#&*!|>'"%@`]|: |\s#|[\s:]$|^$|[\n\r\t\\]|^(?:true|false|yes|no|on|off|null|~|y|n)$/i;
const LOOKS_NUMERIC = /^[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$|^0[box]/i;

/** `text` as a YAML scalar that reads back as exactly `text`: plain when safe, else double-quoted. */
export function yamlScalar(text: string): string {
  return NEEDS_QUOTES.test(text) || LOOKS_NUMERIC.test(text) ? JSON.stringify(text) : text;
}

/** Each line of `lines` indented by `by` spaces; empty lines stay empty. */
export function indentLines(lines: readonly string[], by: number): string[] {
  const pad = ' '.repeat(by);
  return lines.map((line) => (line === '' ? '' : pad + line));
}
