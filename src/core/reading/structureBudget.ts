// How much YAML structure a text holds, counted before it is parsed. Parsing costs about the same for
// each line, list item, key, bracket, quote, tag, anchor and alias, whatever surrounds it: a 1 MiB file of
// `- a` lines or of `{}, {}, ...` costs several times a 1 MiB file of ordinary notes, whose lines are
// sentences. Counting those marks (one pass over the characters, nothing allocated) bounds what the
// parser will spend, so a file denser than notes ever are can be refused before it costs seconds.

/**
 * The most marks a notes file may hold. A 1:1 holds one or two hundred, a feedback.yaml of years a few
 * thousand, the longest feedback.yaml the list limits allow (2,000 items written one a line) about 24,000.
 * Past 30,000 the densest shapes cost yaml more than 100 MB to parse (`npm run bench -- --hostile`).
 */
export const MAX_STRUCTURE = 30_000;

/** `\n`, `,`, `[`, `{`, `"`, `'`, `!`, `&`, `*`: each a mark wherever it is. */
function isMark(c: number): boolean {
  return c === 10 || c === 44 || c === 91 || c === 123 || c === 34 || c === 39 || c === 33 || c === 38 || c === 42;
}

/** `-`, `:`, `?`: an indicator (a mark) only when a space, a tab, a line break or the end follows. */
function isIndicator(c: number): boolean {
  return c === 45 || c === 58 || c === 63;
}

function isBreakOrBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}

/**
 * The offset at which `text` passes `limit` marks (see above), or undefined when it holds no more than
 * that. A lone `\r` counts as a line break; `\r\n` once.
 */
export function structureOverflow(text: string, limit = MAX_STRUCTURE): number | undefined {
  // A mark is one character: a text no longer than the limit cannot pass it (nor can a 1:1 of a few kilobytes).
  if (text.length <= limit) return undefined;
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isMark(c) || (c === 13 && text.charCodeAt(i + 1) !== 10) || (isIndicator(c) && isBreakOrBlank(text.charCodeAt(i + 1)))) {
      marks += 1;
      if (marks > limit) return i;
    }
  }
  return undefined;
}
