// Your coaching habits as small multiples: one card per signal, this quarter beside the quarter before,
// the trend in words and an arrow, and the items behind it, each opening its line.
import * as l10n from '@vscode/l10n';
import type { CoachingHabits, HabitItem, HabitSignal, HabitValue } from '../../core/pictures/pictureData';
import { Plot, chart } from './charts';
import { shortDay } from './days';
import { backButton, el } from './dom';
import { chartWithTable, lineLink, table } from './tables';
import { colour } from './theme';

// The bars' keys (the page's words: words.ts has set the language before this module runs).
const BEFORE = l10n.t('Quarter before');
const NOW = l10n.t('This quarter');

function valueText(s: HabitSignal, v: HabitValue): string {
  if (v.value === undefined) return l10n.t('nothing to measure');
  if (s.unit === 'share') return v.of !== undefined ? l10n.t('{0}% ({1} of {2})', Math.round(v.value * 100), v.count, v.of) : `${Math.round(v.value * 100)}%`;
  if (s.unit === 'days') return v.value === 1 ? l10n.t('1 day') : l10n.t('{0} days', Math.round(v.value * 10) / 10);
  return String(v.value);
}

export function trendWords(s: HabitSignal): { words: string; arrow: string; tone: 'good' | 'bad' | 'same' } {
  if (s.trend === 'none') return { words: l10n.t('nothing to compare yet'), arrow: '', tone: 'same' };
  if (s.trend === 'flat') return { words: l10n.t('same as before'), arrow: '→', tone: 'same' };
  const arrow = s.trend === 'up' ? '↑' : '↓';
  return s.good ? { words: l10n.t('better'), arrow, tone: 'good' } : { words: l10n.t('worse'), arrow, tone: 'bad' };
}

function signalChart(s: HabitSignal): SVGSVGElement {
  const bars = [{ quarter: BEFORE, v: s.lastQuarter }, { quarter: NOW, v: s.thisQuarter }];
  const top = s.unit === 'share' ? 1 : Math.max(1, ...bars.map((b) => b.v.value ?? 0));
  type Bar = (typeof bars)[number];
  return chart({
    width: 300,
    height: 64,
    marginLeft: 90,
    marginRight: 100,
    marginTop: 4,
    marginBottom: 4,
    x: { domain: [0, top], axis: null },
    y: { type: 'band', domain: [BEFORE, NOW], label: null, tickSize: 0, padding: 0.25 },
    color: { type: 'identity' },
    marks: [
      Plot.barX(bars, { filter: (b: Bar) => b.v.value !== undefined, x: (b: Bar) => b.v.value, y: 'quarter', fill: (b: Bar) => (b.quarter === NOW ? colour.blue : colour.lines), className: 'habit-bar' }),
      Plot.text(bars, { x: (b: Bar) => b.v.value ?? 0, y: 'quarter', text: (b: Bar) => valueText(s, b.v), textAnchor: 'start', dx: 4, fill: colour.text }),
    ],
  }, l10n.t('{0}: {1} this quarter, {2} the quarter before.', s.label, valueText(s, s.thisQuarter), valueText(s, s.lastQuarter)));
}

function itemList(title: string, items: readonly HabitItem[], year: string): HTMLElement | undefined {
  if (items.length === 0) return undefined;
  return el('div', {}, el('h4', {}, title), el('ul', { class: 'habit-items' }, ...items.map((i) => el('li', {}, lineLink(`${shortDay(i.date, year)}: ${i.label}`, i.at)))));
}

function card(s: HabitSignal, year: string): HTMLElement {
  const trend = trendWords(s);
  const count = s.thisQuarter.items.length + s.lastQuarter.items.length;
  return el('article', { class: `habit tone-${trend.tone}`, 'data-habit': s.id },
    el('h3', {}, s.label),
    signalChart(s),
    el('p', { class: `trend ${trend.tone}` }, trend.arrow ? el('span', { class: 'arrow', 'aria-hidden': 'true' }, `${trend.arrow} `) : undefined, trend.words),
    count === 0 ? el('p', { class: 'quiet' }, l10n.t('No items behind it yet.')) : el('details', {},
      el('summary', {}, count === 1 ? l10n.t('The item behind it') : l10n.t('The {0} items behind it', count)),
      itemList(NOW, s.thisQuarter.items, year),
      itemList(BEFORE, s.lastQuarter.items, year)));
}

function tables(h: CoachingHabits): HTMLElement[] {
  return [table(l10n.t('Your coaching habits, this quarter beside the one before'), h.signals, [
    { head: l10n.t('Signal'), cell: (s) => s.label },
    { head: BEFORE, cell: (s) => valueText(s, s.lastQuarter) },
    { head: NOW, cell: (s) => valueText(s, s.thisQuarter) },
    { head: l10n.t('Trend'), cell: (s) => trendWords(s).words },
  ])];
}

export function drawHabits(main: HTMLElement, h: CoachingHabits): void {
  const year = h.today.slice(0, 4);
  const period = l10n.t('This quarter is {0} to {1}; the quarter before, {2} to {3}.', shortDay(h.thisQuarter.from, year), shortDay(h.thisQuarter.to, year), shortDay(h.lastQuarter.from, year), shortDay(h.lastQuarter.to, year));
  const better = h.signals.filter((s) => s.trend !== 'none' && s.trend !== 'flat' && s.good).length;
  const worse = h.signals.filter((s) => s.trend !== 'none' && s.trend !== 'flat' && !s.good).length;
  const description = l10n.t('Your coaching habits: {0} signals, each this quarter beside the quarter before; {1} got better and {2} got worse. {3}', h.signals.length, better, worse, period);
  main.replaceChildren(el('section', { class: 'habits' },
    el('header', { class: 'view-head' }, backButton(), el('h1', {}, l10n.t('Your coaching habits')), el('p', { class: 'quiet' }, period)),
    chartWithTable('habits', description, el('div', { class: 'habit-grid' }, ...h.signals.map((s) => card(s, year))), () => tables(h))));
}
