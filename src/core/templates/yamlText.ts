// Small pieces of YAML text for the templates: a scalar written so that it reads back as the same
// string, and indentation. Pure text; the templates never re-stringify a user's file.

/** Text that YAML would read as something other than the same string when written plain. */
const NEEDS_QUOTES = /^[\s\-?:,[\]{}#&*!|>'"%@`]|: |\s#|[\s:]$|^$|^(?:true|false|yes|no|on|off|null|~|y|n)$/i;
const LOOKS_NUMERIC = /^[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$|^0[box]|^[-+]?\.(?:inf|nan)$/i;
/**
 * What only a double-quoted scalar can hold: line breaks, tabs, other control characters, YAML 1.1
 * line separators, a byte order mark, and halves of a surrogate pair.
 */
const NEEDS_ESCAPES = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * `text` as a YAML scalar that reads back as exactly `text`, written as the manager would write it:
 * plain when that is safe; else in single quotes (a quote inside doubled: 'it''s'); in double quotes,
 * with escapes, only for what single quotes cannot hold.
 */
export function yamlScalar(text: string): string {
  if (NEEDS_ESCAPES.test(text)) return JSON.stringify(text);
  if (!NEEDS_QUOTES.test(text) && !LOOKS_NUMERIC.test(text)) return text;
  return `'${text.replace(/'/g, "''")}'`;
}

/** Each line of `lines` indented by `by` spaces; empty lines stay empty. */
export function indentLines(lines: readonly string[], by: number): string[] {
  const pad = ' '.repeat(by);
  return lines.map((line) => (line === '' ? '' : pad + line));
}
