// Writing Markdown from the notes: every text the manager wrote goes in as text, never as markup, and
// every item can link to the line it came from.
import type { Located } from '../people/located';
import { fieldRange } from '../people/located';

/**
 * `text` as Markdown that shows exactly these characters, on one line: line breaks become spaces, and a
 * backslash goes before each character that Markdown (CommonMark, with GFM tables and strikethrough)
 * could read as markup there. Ordinary sentences stay as they are, so the Markdown reads well as text.
 */
export function mdText(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line
    // Anywhere: escapes, code, links, HTML, table cells, strikethrough.
    .replace(/[\\`[\]<>|~]/g, (c) => `\\${c}`)
    // Emphasis: * always; _ unless inside a word (snake_case stays readable).
    .replace(/\*|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, (c) => `\\${c}`)
    // An entity (&amp;) would show as the character it names.
    .replace(/&(?=#?\w+;)/g, '\\&')
    // At the start: a heading, a quote, a list item, a numbered item, a rule.
    .replace(/^([#>+=-]|\d+(?=[.)]))/, (c) => (/^\d/.test(c) ? `${c}\\` : `\\${c}`));
}

/** A link target to `file` (relative to the notes root) at a 1-based line: `dana/2026-03-04.yaml#L12`. */
export function lineTarget(file: string, line: number): string {
  return `${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}

/** A link target to where `entry` (or its `field`, e.g. `behaviour`) was written. */
export function entryTarget(entry: Located, field?: string): string {
  const range = field === undefined ? entry.range : fieldRange(entry, field);
  return lineTarget(entry.file, range.start.line + 1);
}

/** `[label](target)`, with the label escaped. */
export function mdLink(label: string, target: string): string {
  return `[${mdText(label)}](${target})`;
}

/** Reads a link target written by lineTarget back: the file (relative to the notes root) and the 1-based line. */
export function parseLineTarget(target: string): { file: string; line: number } | undefined {
  const match = /^([^#?]+)#L(\d+)$/.exec(target);
  if (!match) return undefined;
  try {
    const file = (match[1] as string).split('/').map(decodeURIComponent).join('/');
    return { file, line: Number(match[2]) };
  } catch {
    return undefined;
  }
}

/**
 * `markdown` with every link target written by lineTarget turned into `toTarget(file, line)`: for a
 * document that has no folder of its own (an untitled editor), where a relative link leads nowhere.
 * A `](` written by mdText is escaped, so only real links change.
 */
export function retargetLineLinks(markdown: string, toTarget: (file: string, line: number) => string): string {
  return markdown.replace(/(?<!\\)\]\(([^()\s]+#L\d+)\)/g, (whole, target: string) => {
    const place = parseLineTarget(target);
    return place ? `](${toTarget(place.file, place.line)})` : whole;
  });
}
