// Whole-word phrase matching for the word lists of the coaching checks (vague expectations, leading
// language): case-insensitive, any run of spaces or hyphens between the words of a phrase, a straight
// apostrophe also matching a curly one, and a hyphenated compound (`always-on`) counted as one word.

/** A regular expression source matching any of `phrases` as whole words, optionally with a plural s. */
export function phrasePattern(phrases: readonly string[], options: { plural?: boolean } = {}): string {
  const alternatives = phrases.map((phrase) =>
    phrase
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
      .join('[\\s-]+'),
  );
  return `(?<![\\p{L}\\p{N}'’-])(?:${alternatives.join('|')})${options.plural ? 's?' : ''}(?![\\p{L}\\p{N}-])`;
}
