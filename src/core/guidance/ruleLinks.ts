// Links from guidance texts to the documentation of a rule. The core knows no Uris: the editor passes
// a function that gives the link target of a rule id (docs/checks.md shipped with the extension).
export type DocTarget = (ruleId: string) => string;

/** A Markdown link to a rule's documentation, labelled with its id. */
export function ruleLink(target: DocTarget, ruleId: string): string {
  return `[${ruleId}](${target(ruleId)})`;
}
