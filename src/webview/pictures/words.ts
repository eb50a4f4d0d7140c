// The page's words in VS Code's display language. The extension writes the translated messages into
// the page (data-l10n on the main element, picturesHtml.ts); they are checked like every message, and
// @vscode/l10n's t() then gives each English text its translation. main.ts imports this file before any
// file that draws, so the words are set before a module makes its labels.
import * as l10n from '@vscode/l10n';
import { parsePageWords } from '../../core/pictures/protocol';

/** The translated messages written into the page, when they are there and well formed. */
function writtenWords(): Record<string, string> | undefined {
  const text = document.getElementById('pictures')?.getAttribute('data-l10n');
  if (!text) return undefined;
  try {
    const parsed = parsePageWords(JSON.parse(text));
    return parsed.ok ? parsed.message : undefined;
  } catch {
    return undefined;
  }
}

const words = writtenWords();
if (words) l10n.config({ contents: words });
