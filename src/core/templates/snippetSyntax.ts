// VS Code snippet syntax, as far as the templates need it: numbered placeholders with a default,
// choices, and the variables for today's date. The same templates render as plain YAML too
// (see TemplateStyle): then a placeholder becomes an empty key with a hint in a comment.

/** Today's date in snippet variables: `YYYY-MM-DD` on the user's calendar. */
export const TODAY_VARIABLES = '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';

/** Escapes text for use inside a placeholder (`${1:text}`) or as literal snippet text. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Escapes one option of a choice (`${1|a,b|}`). */
function escapeChoice(text: string): string {
  return text.replace(/[\\,|$}]/g, (c) => `\\${c}`);
}

/** Numbers the tab stops of one snippet, in the order they are written. */
export class TabStops {
  private next = 1;

  /** `${n:text}`; `rawDefault` is written as is (e.g. the date variables). */
  placeholder(text: string, rawDefault = false): string {
    return `\${${this.next++}:${rawDefault ? text : escapeSnippetText(text)}}`;
  }

  /** `${n|a,b,c|}`: the first option is the default. */
  choice(options: readonly string[]): string {
    return `\${${this.next++}|${options.map(escapeChoice).join(',')}|}`;
  }
}
