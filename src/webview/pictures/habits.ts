// Your coaching habits as small multiples: one card per signal, this quarter beside the quarter before,
// the trend in words and an arrow, and the items behind it, each opening its line.
import type { CoachingHabits, HabitItem, HabitSignal, HabitValue } from '../../core/pictures/pictureData';
import { Plot, chart } from './charts';
import { shortDay } from './days';
import { backButton, el } from './dom';
import { chartWithTable, lineLink, table } from './tables';
import { colour } from './theme';

const BEFORE = 'Quarter before';
const NOW = 'This quarter';

function valueText(s: HabitSignal, v: HabitValue): string {
  if (v.value === undefined) return 'nothing to measure';
  if (s.unit === 'share') return `${Math.round(v.value * 100)}%${v.of !== undefined ? ` (${v.count} of ${v.of})` : ''}`;
  if (s.unit === 'days') return v.value === 1 ? '1 day' : `${Math.round(v.value * 10) / 10} days`;
  return String(v.value);
}

export function trendWords(s: HabitSignal): { words: string; arrow: string; tone: 'good' | 'bad' | 'same' } {
  if (s.trend === 'none') return { words: 'nothing to compare yet', arrow: '', tone: 'same' };
  if (s.trend === 'flat') return { words: 'same as before', arrow: '→', tone: 'same' };
  const arrow = s.trend === 'up' ? '↑' : '↓';
  return s.good ? { words: 'better', arrow, tone: 'good' } : { words: 'worse', arrow, tone: 'bad' };
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
  }, `${s.label}: ${valueText(s, s.thisQuarter)} this quarter, ${valueText(s, s.lastQuarter)} the quarter before.`);
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
    count === 0 ? el('p', { class: 'quiet' }, 'No items behind it yet.') : el('details', {},
      el('summary', {}, count === 1 ? 'The item behind it' : `The ${count} items behind it`),
      itemList(NOW, s.thisQuarter.items, year),
      itemList(BEFORE, s.lastQuarter.items, year)));
}

function tables(h: CoachingHabits): HTMLElement[] {
  return [table('Your coaching habits, this quarter beside the one before', h.signals, [
    { head: 'Signal', cell: (s) => s.label },
    { head: BEFORE, cell: (s) => valueText(s, s.lastQuarter) },
    { head: NOW, cell: (s) => valueText(s, s.thisQuarter) },
    { head: 'Trend', cell: (s) => trendWords(s).words },
  ])];
}

export function drawHabits(main: HTMLElement, h: CoachingHabits): void {
  const year = h.today.slice(0, 4);
  const period = `This quarter is ${shortDay(h.thisQuarter.from, year)} to ${shortDay(h.thisQuarter.to, year)}; the quarter before, ${shortDay(h.lastQuarter.from, year)} to ${shortDay(h.lastQuarter.to, year)}.`;
  const better = h.signals.filter((s) => s.trend !== 'none' && s.trend !== 'flat' && s.good).length;
  const worse = h.signals.filter((s) => s.trend !== 'none' && s.trend !== 'flat' && !s.good).length;
  const description = `Your coaching habits: ${h.signals.length} signals, each this quarter beside the quarter before; ${better} got better and ${worse} got worse. ${period}`;
  main.replaceChildren(el('section', { class: 'habits' },
    el('header', { class: 'view-head' }, backButton(), el('h1', {}, 'Your coaching habits'), el('p', { class: 'quiet' }, period)),
    chartWithTable('habits', description, el('div', { class: 'habit-grid' }, ...h.signals.map((s) => card(s, year))), () => tables(h))));
}
