// The team overview: a row per person in the order the extension sends (most urgent first, or by
// name), people kept apart in a quiet section below. A new overview redraws only the rows whose data
// changed: each row is keyed by its person and compared as JSON.
import type { FeedbackMark, OverviewRow, SortKey, TeamOverview } from '../../core/pictures/pictureData';
import { Plot, chart } from './charts';
import { dayCount, shortDay } from './days';
import { button, el, habitsButton, type Child } from './dom';
import { feedbackWords, overviewRow, STRIP, xScale } from './overviewRow';
import { chartWithTable, lineLink, table, updateTables } from './tables';
import { KIND_LOOK, STAGE_LOOK } from './theme';

type Row = OverviewRow & { why?: string };

interface Drawn {
  readonly json: string;
  readonly element: HTMLElement;
}

/** The rows on the page, by key, with the JSON they were drawn from. */
const drawn = new Map<string, Drawn>();
let axisKey = '';

function legend(): HTMLElement {
  const item = (swatch: string, words: string) => el('li', {}, el('span', { class: `swatch ${swatch}`, 'aria-hidden': 'true' }), words);
  return el('ul', { class: 'legend', 'aria-label': 'What the marks mean' },
    item('week-held', '1:1 held'),
    item('week-missed', 'missed'),
    item('week-away', 'away'),
    item('week-not-due', 'no 1:1 due'),
    item('week-outside', 'not managed yet, or no longer'),
    item('fb-positive', 'positive feedback'),
    item('fb-corrective', 'corrective feedback'),
    item('fb-waiting', 'seen, not given yet'),
    item('fb-attention', 'needs you'),
    el('li', { class: 'legend-note' }, 'Feedback given late is drawn fainter.'));
}

function axis(overview: TeamOverview): SVGSVGElement {
  return chart({
    width: STRIP.width,
    height: 22,
    marginLeft: STRIP.marginLeft,
    marginRight: STRIP.marginRight,
    marginTop: 20,
    marginBottom: 0,
    x: { ...xScale(overview.span), axis: null },
    marks: [Plot.axisX({ anchor: 'top', ticks: 'month', tickFormat: '%b', tickSize: 3 })],
  }, `From ${shortDay(overview.span.from, overview.today.slice(0, 4))} to today`);
}

function peopleTable(rows: readonly Row[]): HTMLTableElement {
  const count = (r: Row, state: string) => String(r.weeks.filter((w) => w.state === state).length);
  return table('People, over the last 26 weeks', rows, [
    { head: 'Person', cell: (r) => r.name },
    { head: 'What needs you', cell: (r) => r.why ?? (r.urgency.attention ? `${r.urgency.attention}: ${r.urgency.top ?? ''}` : 'nothing') },
    { head: '1:1s held', cell: (r) => count(r, 'held') },
    { head: 'Missed', cell: (r) => r.weeks.filter((w) => w.state === 'missed').map((w) => `week to ${shortDay(w.to)}`).join(', ') || '0' },
    { head: 'Away', cell: (r) => count(r, 'away') },
    { head: 'Feedback given', cell: (r) => String(r.feedback.filter((m) => m.state === 'given').length) },
    { head: 'Not given yet', cell: (r) => String(r.feedback.filter((m) => m.state === 'waiting').length) },
    { head: 'Open topics', cell: (r) => r.topics.map((t) => `${t.title ?? t.topicId} (${STAGE_LOOK[t.stage].word}${t.reviewDate ? `, review ${shortDay(t.reviewDate)}` : ''})`).join('; ') || 'none' },
    { head: 'Days since recognition', cell: (r) => (r.recognition ? String(r.recognition.days) : 'none yet') },
  ]);
}

function feedbackTable(rows: readonly Row[], year: string): HTMLTableElement {
  const marks = rows.flatMap((r) => r.feedback.map((m) => ({ name: r.name, m })));
  return table('Feedback, one row per item', marks, [
    { head: 'Person', cell: (d) => d.name },
    { head: 'Kind', cell: (d) => KIND_LOOK[d.m.kind].word },
    { head: 'Seen', cell: (d) => shortDay(d.m.observed, year) },
    { head: 'Given', cell: (d) => (d.m.state === 'given' ? shortDay(d.m.date, year) : 'not yet') },
    { head: 'Delay', cell: (d) => (d.m.state === 'given' ? (d.m.delay === 0 ? 'same day' : dayCount(d.m.delay)) : `waiting ${dayCount(d.m.age)}`) },
    { head: 'Needs you', cell: (d) => d.m.attention ?? '' },
    { head: 'Line', cell: (d): Child => lineLink('Open', d.m.at, feedbackWords(d.m as FeedbackMark, year)) },
  ]);
}

function sortControl(sort: SortKey): HTMLElement {
  const option = (key: SortKey, words: string) => button(words, { 'data-sort': key, 'aria-pressed': String(key === sort) });
  return el('div', { class: 'sort', role: 'group', 'aria-label': 'Sort people' }, el('span', { class: 'quiet' }, 'Sort: '), option('urgency', 'Who needs you first'), ' ', option('name', 'Name'));
}

function describe(overview: TeamOverview): string {
  const needing = overview.rows.filter((r) => r.urgency.attention > 0).map((r) => r.name);
  const who = needing.length ? `${needing.join(', ')} ${needing.length === 1 ? 'needs' : 'need'} you, most urgent first.` : 'Nobody needs you right now.';
  return `Your team over the last 26 weeks: a row per person with their 1:1s week by week, feedback given and not given yet, open topics and days since you last recognised them. ${who}`;
}

/** The rows' tables, for the toggle. */
function tables(overview: TeamOverview): HTMLElement[] {
  const all: Row[] = [...overview.rows, ...overview.apart];
  return [peopleTable(all), feedbackTable(all, overview.today.slice(0, 4))];
}

/** Draws the overview into `main`, or updates the one already there row by row. */
export function drawOverview(main: HTMLElement, overview: TeamOverview, sort: SortKey): void {
  let view = main.querySelector<HTMLElement>(':scope > .overview');
  if (!view) {
    main.replaceChildren();
    drawn.clear();
    axisKey = '';
    const rowsPart = el('div', { class: 'rows-part' },
      el('div', { class: 'overview-head', 'aria-hidden': 'true' }, el('span', {}, 'Person'), el('span', { class: 'axis' }), el('span', {}, 'Open topics'), el('span', {}, 'Days since recognition')),
      el('div', { class: 'rows', role: 'list', 'aria-label': 'People' }),
      el('p', { class: 'no-people quiet' }, 'Nobody to show yet: add the people you manage, and their 1:1s appear here.'),
      el('section', { class: 'apart', 'aria-label': 'People kept apart' }, el('h2', {}, 'Kept apart'), el('div', { class: 'rows', role: 'list' })));
    view = el('section', { class: 'overview' },
      el('header', { class: 'view-head' }, el('h1', {}, 'Your team'), sortControl(sort), habitsButton()),
      legend(),
      chartWithTable('overview', describe(overview), rowsPart, () => tables(overview)));
    main.append(view);
  } else {
    for (const b of Array.from(view.querySelectorAll<HTMLElement>('[data-sort]'))) b.setAttribute('aria-pressed', String(b.getAttribute('data-sort') === sort));
    view.querySelector('.chart-description')!.textContent = describe(overview);
    updateTables(view, 'overview', () => tables(overview));
  }

  const key = JSON.stringify(overview.span);
  if (key !== axisKey) {
    view.querySelector('.overview-head .axis')?.replaceChildren(axis(overview));
    axisKey = key;
  }
  const lists = view.querySelectorAll<HTMLElement>('.rows');
  const seen = new Set<string>();
  placeRows(lists[0]!, overview.rows.map((r) => ['row', r] as const), overview, seen);
  placeRows(lists[1]!, overview.apart.map((r) => ['apart', r] as const), overview, seen);
  view.querySelector<HTMLElement>('.apart')!.hidden = overview.apart.length === 0;
  view.querySelector<HTMLElement>('.no-people')!.hidden = overview.rows.length + overview.apart.length > 0;
  for (const [k, d] of drawn) if (!seen.has(k)) { d.element.remove(); drawn.delete(k); }
}

/**
 * Puts the rows in `list` in order, redrawing only those whose data changed; rows that stay keep their
 * elements, so focus and scroll stay where the manager left them.
 */
function placeRows(list: HTMLElement, rows: readonly (readonly [string, Row])[], overview: TeamOverview, seen: Set<string>): void {
  // A row's look depends on the span and the day too.
  const context = `${overview.today}|${JSON.stringify(overview.span)}`;
  let cursor: ChildNode | null = list.firstChild;
  for (const [section, row] of rows) {
    const key = `${section}:${row.personId}`;
    seen.add(key);
    const json = `${context}|${JSON.stringify(row)}`;
    let d = drawn.get(key);
    if (!d || d.json !== json) {
      const element = overviewRow(row, overview);
      element.setAttribute('role', 'listitem');
      if (d) {
        if (d.element === cursor) cursor = cursor.nextSibling;
        d.element.remove();
      }
      d = { json, element };
      drawn.set(key, d);
    }
    if (d.element === cursor) cursor = cursor.nextSibling;
    else list.insertBefore(d.element, cursor);
  }
}
