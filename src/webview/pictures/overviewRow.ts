// One person's row of the team overview: who they are and what needs you, their 1:1 strip and feedback
// marks over the 26 weeks, their open topics, and the days since you last recognised them.
import * as l10n from '@vscode/l10n';
import type { FeedbackMark, OneOnOneWeek, OverviewRow, TeamOverview } from '../../core/pictures/pictureData';
import { Plot, chart } from './charts';
import { dateOf, dayCount, endOf, nth, shortDay } from './days';
import { button, el } from './dom';
import { linked, opensLine, tagEach } from './marks';
import { lineLink } from './tables';
import { colour, delayOpacity, KIND_LOOK, STAGE_LOOK, WEEK_LOOK } from './theme';

/** The strip's size and margins; the axis above the rows uses the same, so the weeks line up. */
export const STRIP = { width: 460, marginLeft: 4, marginRight: 10 } as const;
const LANES = ['1:1s', 'Feedback'];

export function xScale(span: TeamOverview['span']) {
  return { type: 'utc' as const, domain: [dateOf(span.from), endOf(span.to)] };
}

function weekWords(w: OneOnOneWeek, year: string): string {
  const week = l10n.t('Week {0} to {1}: {2}', shortDay(w.from, year), shortDay(w.to, year), WEEK_LOOK[w.state].word);
  return w.held.length ? l10n.t('{0} on {1}', week, w.held.map((o) => shortDay(o.date, year)).join(l10n.t(' and '))) : week;
}

export function feedbackWords(m: FeedbackMark, year: string): string {
  const kind = KIND_LOOK[m.kind].word;
  const words = m.state === 'given'
    ? (m.delay === 0 ? l10n.t('{0} feedback given {1}, the day it was seen', kind, shortDay(m.date, year))
      : l10n.t('{0} feedback given {1}, {2} after it was seen', kind, shortDay(m.date, year), dayCount(m.delay)))
    : l10n.t('{0} feedback not given yet: seen {1}, waiting {2}', kind, shortDay(m.observed, year), dayCount(m.age));
  return m.attention ? `${words}. ${m.attention}` : words;
}

function stripChart(row: OverviewRow, span: TeamOverview['span'], today: string): SVGSVGElement {
  const year = today.slice(0, 4);
  const first = span.from;
  const x = (day: string) => dateOf(day < first ? first : day);
  const middle = (w: OneOnOneWeek) => new Date((dateOf(w.from).getTime() + endOf(w.to).getTime()) / 2);
  const held = row.weeks.filter((w) => w.state === 'held').length;
  const missed = row.weeks.filter((w) => w.state === 'missed').length;
  const waiting = row.feedback.filter((m) => m.state === 'waiting').length;
  const label = l10n.t('{0}: 1:1s held in {1} of {2} weeks, {3} missed; {4} feedback items, {5} not given yet.', row.name, held, row.weeks.length, missed, row.feedback.length, waiting);
  return chart({
    width: STRIP.width,
    height: 46,
    marginLeft: STRIP.marginLeft,
    marginRight: STRIP.marginRight,
    marginTop: 3,
    marginBottom: 3,
    x: { ...xScale(span), axis: null },
    y: { type: 'band', domain: LANES, axis: null, padding: 0.1 },
    color: { type: 'identity' },
    opacity: { type: 'identity' },
    symbol: { type: 'identity' },
    marks: [
      ...[false, true].map((away) => Plot.barX(row.weeks, {
        filter: (w: OneOnOneWeek) => (w.state === 'away') === away,
        x1: (w: OneOnOneWeek) => dateOf(w.from),
        x2: (w: OneOnOneWeek) => endOf(w.to),
        y: () => '1:1s',
        inset: 1,
        fill: (w: OneOnOneWeek) => WEEK_LOOK[w.state].fill,
        fillOpacity: (w: OneOnOneWeek) => WEEK_LOOK[w.state].fillOpacity,
        stroke: (w: OneOnOneWeek) => WEEK_LOOK[w.state].stroke,
        ...(away ? { strokeDasharray: '2,2', strokeWidth: 1.5 } : {}),
        title: (w: OneOnOneWeek) => weekWords(w, year),
        render: tagEach(row.weeks, (node, w) => {
          node.classList.add('week-cell');
          node.setAttribute('data-state', w.state);
          const at = w.held[0]?.at;
          if (at) opensLine(node, at, l10n.t('{0}: open the 1:1', weekWords(w, year)));
        }),
      })),
      Plot.text(row.weeks, { filter: (w: OneOnOneWeek) => w.state === 'missed', x: middle, y: () => '1:1s', text: () => '✕', fill: colour.background, fontWeight: 'bold', fontSize: 11, className: 'mark-deco', ariaHidden: 'true' }),
      Plot.ruleY(row.feedback, {
        filter: (m: FeedbackMark) => m.state === 'waiting',
        x1: (m: FeedbackMark) => x(m.observed),
        x2: () => endOf(today),
        y: () => 'Feedback',
        stroke: colour.red,
        strokeWidth: 2,
        strokeDasharray: '3,2',
        className: 'mark-deco',
        ariaHidden: 'true',
      }),
      Plot.dot(row.feedback, {
        filter: (m: FeedbackMark) => m.attention !== undefined,
        x: (m: FeedbackMark) => x(m.date),
        y: () => 'Feedback',
        r: 8,
        fill: 'none',
        stroke: colour.red,
        strokeWidth: 2,
        className: 'mark-deco',
        ariaHidden: 'true',
      }),
      Plot.dot(row.feedback, {
        x: (m: FeedbackMark) => x(m.date),
        y: () => 'Feedback',
        r: 5,
        symbol: (m: FeedbackMark) => KIND_LOOK[m.kind].symbol,
        fill: (m: FeedbackMark) => (m.state === 'given' ? KIND_LOOK[m.kind].colour : 'none'),
        fillOpacity: (m: FeedbackMark) => (m.state === 'given' ? delayOpacity(m.delay) : 1),
        stroke: (m: FeedbackMark) => KIND_LOOK[m.kind].colour,
        strokeWidth: (m: FeedbackMark) => (m.state === 'given' ? 1 : 2.5),
        // Feedback not given yet is drawn last, on top: it must never hide under a given mark.
        sort: (m: FeedbackMark) => (m.state === 'waiting' ? 1 : 0),
        title: (m: FeedbackMark) => feedbackWords(m, year),
        render: linked(row.feedback, (m) => feedbackWords(m, year), (node, m) => {
          node.classList.add('feedback-mark');
          node.setAttribute('data-state', m.state);
          node.setAttribute('data-kind', m.kind);
        }),
      }),
    ],
  }, label);
}

function urgencyLine(row: OverviewRow): HTMLElement {
  const { attention, top } = row.urgency;
  if (attention === 0) return el('div', { class: 'urgency quiet' }, l10n.t('Nothing needs you'));
  const things = attention === 1 ? l10n.t('1 thing needs you') : l10n.t('{0} things need you', attention);
  return el('div', { class: 'urgency loud' }, top ? l10n.t('{0}: {1}', things, top) : things);
}

function topicsList(row: OverviewRow, year: string): HTMLElement {
  if (row.topics.length === 0) return el('div', { class: 'topics quiet' }, l10n.t('No open topics'));
  return el('ul', { class: 'topics' }, ...row.topics.map((t) => {
    const stage = STAGE_LOOK[t.stage].word;
    const talk = l10n.t('{0}, {1} talk', stage, nth(t.conversations));
    const step = t.next !== t.stage ? l10n.t('{0}; next: {1}', talk, STAGE_LOOK[t.next].word) : talk;
    const review = t.reviewDate === undefined ? undefined
      : el('span', { class: t.reviewOverdue ? 'review loud' : 'review' }, t.reviewOverdue ? l10n.t('review was due {0}', shortDay(t.reviewDate, year)) : l10n.t('review {0}', shortDay(t.reviewDate, year)));
    return el('li', { class: `topic stage-${t.stage}` },
      lineLink(t.title ?? t.topicId, t.at, l10n.t('Open topic {0}', t.title ?? t.topicId)),
      el('span', { class: 'topic-step' }, ` ${step}`),
      review ? ' · ' : undefined,
      review);
  }));
}

function recognitionCell(row: OverviewRow, year: string): HTMLElement {
  const r = row.recognition;
  if (!r) return el('div', { class: 'recognition long' }, el('span', { class: 'flag' }, l10n.t('none yet')));
  const long = r.overdue;
  return el('div', { class: long ? 'recognition long' : 'recognition' },
    lineLink(String(r.days), r.at, l10n.t('Last recognition {0}, {1} ago: open it', shortDay(r.date, year), dayCount(r.days))),
    el('span', { class: 'unit' }, r.days === 1 ? l10n.t(' day') : l10n.t(' days')),
    long ? el('span', { class: 'flag' }, l10n.t('long')) : undefined);
}

/** One person's row; `why` for someone kept apart. */
export function overviewRow(row: OverviewRow & { why?: string }, overview: TeamOverview): HTMLElement {
  const year = overview.today.slice(0, 4);
  return el('div', { class: row.urgency.attention > 0 ? 'person-row needs-you' : 'person-row', 'data-person-row': row.personId },
    el('div', { class: 'who' },
      button(row.name, { class: 'person-name', 'data-person': row.personId, 'aria-label': l10n.t('{0}: open their history', row.name) }),
      row.role ? el('div', { class: 'role' }, row.role) : undefined,
      row.why ? el('div', { class: 'why' }, row.why) : urgencyLine(row)),
    el('div', { class: 'strip' }, stripChart(row, overview.span, overview.today)),
    topicsList(row, year),
    recognitionCell(row, year));
}
