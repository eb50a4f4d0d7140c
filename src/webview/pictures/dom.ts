// Building the page's HTML: elements with attributes and text (textContent only, never markup), and
// nothing with a style attribute (the page's CSP allows only its stylesheet).
import * as l10n from '@vscode/l10n';

export type Child = Node | string | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) element.setAttribute(name, value);
  append(element, ...children);
  return element;
}

export function append(parent: Element, ...children: Child[]): void {
  for (const child of children) if (child !== undefined && child !== false) parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
}

/** A button that does one thing the page's click handler knows by its data attributes. */
export function button(text: string, attrs: Record<string, string | undefined> = {}, ...more: Child[]): HTMLButtonElement {
  return el('button', { type: 'button', ...attrs }, text, ...more);
}

/** Back to the team overview, from a person's history or the habits. */
export function backButton(): HTMLButtonElement {
  return button(l10n.t('Team overview'), { class: 'back', 'data-back': 'overview', 'aria-label': l10n.t('Back to the team overview') });
}

/** To your coaching habits, from the team overview. */
export function habitsButton(): HTMLButtonElement {
  return button(l10n.t('Your coaching habits'), { class: 'to-habits', 'data-habits': 'show' });
}
