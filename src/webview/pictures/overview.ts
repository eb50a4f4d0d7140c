// The team overview: a row per person in the order the extension sends (most urgent first, or by
// name), people kept apart in a quiet section below. A new overview redraws only the rows whose data
// changed: each row is keyed by its person and compared as JSON.
import * as l10n from '@vscode/l10n';
import type { FeedbackMark, OverviewRow, SortKey, TeamOverview } from '../../core/pictures/pictureData';
import { Plot, chart } from './charts';
import { dayCount, shortDay, tickMonth } from './days';
import { button, el, habitsButton, type Child } from './dom';
import { feedbackWords, overviewRow, STRIP, xScale } from './overviewRow';
import { chartWithTable, lineLink, table, updateTables } from './tables';
import { KIND_LOOK, STAGE_LOOK, WEEK_LOOK } from './theme';

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
  return el('ul', { class: 'legend', 'aria-label': l10n.t('What the marks mean') },
    item('week-held', WEEK_LOOK.held.word),
    item('week-missed', WEEK_LOOK.missed.word),
    item('week-away', WEEK_LOOK.away.word),
    item('week-not-due', WEEK_LOOK['not-due'].word),
    item('week-outside', l10n.t('not managed yet, or no longer')),
    item('fb-positive', l10n.t('positive feedback')),
    item('fb-corrective', l10n.t('corrective feedback')),
    item('fb-waiting', l10n.t('seen, not given yet')),
    item('fb-attention', l10n.t('needs you')),
    el('li', { class: 'legend-note' }, l10n.t('Feedback given late is drawn fainter.')));
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
    marks: [Plot.axisX({ anchor: 'top', ticks: 'month', tickFormat: tickMonth, tickSize: 3 })],
  }, l10n.t('From {0} to today', shortDay(overview.span.from, overview.today.slice(0, 4))));
}

function peopleTable(rows: readonly Row[]): HTMLTableElement {
  const count = (r: Row, state: string) => String(r.weeks.filter((w) => w.state === state).length);
  const topic = (t: Row['topics'][number]) => (t.reviewDate
    ? l10n.t('{0} ({1}, review {2})', t.title ?? t.topicId, STAGE_LOOK[t.stage].word, shortDay(t.reviewDate))
    : l10n.t('{0} ({1})', t.title ?? t.topicId, STAGE_LOOK[t.stage].word));
  return table(l10n.t('People, over the last 26 weeks'), rows, [
    { head: l10n.t('Person'), cell: (r) => r.name },
    { head: l10n.t('What needs you'), cell: (r) => r.why ?? (r.urgency.attention ? l10n.t('{0}: {1}', r.urgency.attention, r.urgency.top ?? '') : l10n.t('nothing')) },
    { head: l10n.t('1:1s held'), cell: (r) => count(r, 'held') },
    { head: l10n.t('Missed'), cell: (r) => r.weeks.filter((w) => w.state === 'missed').map((w) => l10n.t('week to {0}', shortDay(w.to))).join(', ') || '0' },
    { head: l10n.t('Away'), cell: (r) => count(r, 'away') },
    { head: l10n.t('Feedback given'), cell: (r) => String(r.feedback.filter((m) => m.state === 'given').length) },
    { head: l10n.t('Not given yet'), cell: (r) => String(r.feedback.filter((m) => m.state === 'waiting').length) },
    { head: l10n.t('Open topics'), cell: (r) => r.topics.map(topic).join('; ') || l10n.t('none') },
    { head: l10n.t('Days since recognition'), cell: (r) => (r.recognition ? String(r.recognition.days) : l10n.t('none yet')) },
  ]);
}

function feedbackTable(rows: readonly Row[], year: string): HTMLTableElement {
  const marks = rows.flatMap((r) => r.feedback.map((m) => ({ name: r.name, m })));
  return table(l10n.t('Feedback, one row per item'), marks, [
    { head: l10n.t('Person'), cell: (d) => d.name },
    { head: l10n.t('Kind'), cell: (d) => KIND_LOOK[d.m.kind].word },
    { head: l10n.t('Seen'), cell: (d) => shortDay(d.m.observed, year) },
    { head: l10n.t('Given'), cell: (d) => (d.m.state === 'given' ? shortDay(d.m.date, year) : l10n.t('not yet')) },
    { head: l10n.t('Delay'), cell: (d) => (d.m.state === 'given' ? (d.m.delay === 0 ? l10n.t('same day') : dayCount(d.m.delay)) : l10n.t('waiting {0}', dayCount(d.m.age))) },
    { head: l10n.t('Needs you'), cell: (d) => d.m.attention ?? '' },
    { head: l10n.t('Line'), cell: (d): Child => lineLink(l10n.t('Open'), d.m.at, feedbackWords(d.m as FeedbackMark, year)) },
  ]);
}

function sortControl(sort: SortKey): HTMLElement {
  const option = (key: SortKey, words: string) => button(words, { 'data-sort': key, 'aria-pressed': String(key === sort) });
  return el('div', { class: 'sort', role: 'group', 'aria-label': l10n.t('Sort people') }, el('span', { class: 'quiet' }, l10n.t('Sort: ')), option('urgency', l10n.t('Who needs you first')), ' ', option('name', l10n.t('Name')));
}

function describe(overview: TeamOverview): string {
  const needing = overview.rows.filter((r) => r.urgency.attention > 0).map((r) => r.name);
  const who = needing.length === 0 ? l10n.t('Nobody needs you right now.')
    : needing.length === 1 ? l10n.t('{0} needs you, most urgent first.', needing.join(', ')) : l10n.t('{0} need you, most urgent first.', needing.join(', '));
  return l10n.t('Your team over the last 26 weeks: a row per person with their 1:1s week by week, feedback given and not given yet, open topics and days since you last recognised them. {0}', who);
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
      el('div', { class: 'overview-head', 'aria-hidden': 'true' }, el('span', {}, l10n.t('Person')), el('span', { class: 'axis' }), el('span', {}, l10n.t('Open topics')), el('span', {}, l10n.t('Days since recognition'))),
      el('div', { class: 'rows', role: 'list', 'aria-label': l10n.t('People') }),
      el('p', { class: 'no-people quiet' }, l10n.t('Nobody to show yet: add the people you manage, and their 1:1s appear here.')),
      el('section', { class: 'apart', 'aria-label': l10n.t('People kept apart') }, el('h2', {}, l10n.t('Kept apart')), el('div', { class: 'rows', role: 'list' })));
    view = el('section', { class: 'overview' },
      el('header', { class: 'view-head' }, el('h1', {}, l10n.t('Your team')), sortControl(sort), habitsButton()),
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
