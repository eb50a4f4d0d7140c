// The table views: each chart has a sentence that says what it shows and a "Show as table" button that
// puts the same data in an HTML table a screen reader can walk.
import * as l10n from '@vscode/l10n';
import type { PictureLocation } from '../../core/pictures/pictureData';
import { button, el, type Child } from './dom';

export interface Column<T> {
  head: string;
  cell: (d: T) => Child;
}

export function table<T>(caption: string, rows: readonly T[], columns: readonly Column<T>[]): HTMLTableElement {
  return el('table', { class: 'chart-table' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...columns.map((c) => el('th', { scope: 'col' }, c.head)))),
    el('tbody', {}, ...rows.map((row) => el('tr', {}, ...columns.map((c) => el('td', {}, c.cell(row)))))));
}

/** A link in a table or a list that opens a line of the notes. */
export function lineLink(text: string, at: PictureLocation, label?: string): HTMLButtonElement {
  return button(text, { class: 'line-link', 'data-file': at.file, 'data-line': String(at.line), 'aria-label': label });
}

/** Which charts show their table: kept across redraws, by the chart's key. */
const asTable = new Set<string>();
/** How to build each chart's tables from its latest data. */
const lazyTables = new Map<string, () => HTMLElement[]>();

/**
 * A chart (or a group of charts) with its text alternative and its table: a toggle shows one or the
 * other. `key` names the chart, so a redraw keeps the view the manager picked.
 */
export function chartWithTable(key: string, description: string, chartPart: HTMLElement, tables: () => HTMLElement[]): HTMLElement {
  const shown = asTable.has(key);
  const tablePart = el('div', { class: 'chart-tables', 'data-chart-tables': key }, ...(shown ? tables() : []));
  tablePart.hidden = !shown;
  chartPart.hidden = shown;
  chartPart.classList.add('chart-part');
  chartPart.setAttribute('data-chart', key);
  const toggle = button(shown ? l10n.t('Show as chart') : l10n.t('Show as table'), { class: 'table-toggle', 'data-toggle': key, 'aria-expanded': String(shown) });
  // The tables are built when first asked for: most of the time nobody opens them.
  lazyTables.set(key, tables);
  return el('figure', { class: 'chart-block', 'data-block': key },
    el('div', { class: 'chart-tools' }, toggle),
    el('figcaption', { class: 'chart-description' }, description),
    chartPart,
    tablePart);
}

/** New data for a chart's tables: rebuilt now if they are shown, else when next asked for. */
export function updateTables(root: ParentNode, key: string, tables: () => HTMLElement[]): void {
  lazyTables.set(key, tables);
  const part = root.querySelector<HTMLElement>(`[data-chart-tables="${key}"]`);
  if (part) part.replaceChildren(...(part.hidden ? [] : tables()));
}

/** Flips a chart between its picture and its table (the toggle's click). */
export function toggleTable(toggle: HTMLElement): void {
  const key = toggle.getAttribute('data-toggle') ?? '';
  const block = toggle.closest('.chart-block');
  const chartPart = block?.querySelector<HTMLElement>(':scope > .chart-part');
  const tablePart = block?.querySelector<HTMLElement>(':scope > .chart-tables');
  if (!chartPart || !tablePart) return;
  const show = !asTable.has(key);
  if (show) {
    asTable.add(key);
    if (tablePart.childElementCount === 0) tablePart.append(...(lazyTables.get(key)?.() ?? []));
  } else {
    asTable.delete(key);
  }
  tablePart.hidden = !show;
  chartPart.hidden = show;
  toggle.textContent = show ? l10n.t('Show as chart') : l10n.t('Show as table');
  toggle.setAttribute('aria-expanded', String(show));
}
