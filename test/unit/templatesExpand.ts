// Expands VS Code snippet text the way the editor would with every placeholder left at its default
// (a choice at the option asked for, else its first), for the template tests.

const VARIABLES = (today: string): Record<string, string> => {
  const [y, m, d] = today.split('-') as [string, string, string];
  return { CURRENT_YEAR: y, CURRENT_MONTH: m, CURRENT_DATE: d };
};

/** Every choice in a snippet body, in order, as its list of options. */
export function choicesOf(body: string): string[][] {
  const out: string[][] = [];
  const re = /\$\{\d+\|((?:\\.|[^|\\])*)\|\}/g;
  for (let m = re.exec(body); m; m = re.exec(body)) out.push((m[1] as string).split(/(?<!\\),/).map(unescape));
  return out;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** The text the snippet produces; `pick(i)` chooses the option of the i-th choice (default 0). */
export function expandSnippet(body: string, today: string, pick: (choice: number) => number = () => 0): string {
  const vars = VARIABLES(today);
  let choice = 0;
  let i = 0;
  const read = (until: string | undefined): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i] as string;
      if (until !== undefined && c === until) { i++; return out; }
      if (c === '\\') { out += body[i + 1] ?? ''; i += 2; continue; }
      if (c === '$') {
        const rest = body.slice(i + 1);
        const tab = /^(\d+)/.exec(rest);
        if (tab) { i += 1 + (tab[1] as string).length; continue; }
        const variable = /^([A-Z_]+)/.exec(rest);
        if (variable) {
          const name = variable[1] as string;
          if (!(name in vars)) throw new Error(`unknown variable ${name}`);
          out += vars[name]; i += 1 + name.length; continue;
        }
        const open = /^\{(\d+)([:|]?)/.exec(rest);
        if (open) {
          i += 1 + open[0].length;
          if (open[2] === ':') out += read('}');
          else if (open[2] === '|') {
            const start = i;
            while (!(body[i] === '|' && body[i + 1] === '}')) i += body[i] === '\\' ? 2 : 1;
            const options = body.slice(start, i).split(/(?<!\\),/).map(unescape);
            i += 2;
            out += options[pick(choice++)] ?? options[0];
          } else i++; // `${1}`
          continue;
        }
      }
      out += c;
      i++;
    }
    return out;
  };
  return read(undefined);
}
