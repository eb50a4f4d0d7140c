// A person's history on one time axis: their 1:1s, feedback from seen to given (still open while it
// waits), each topic's arc through the stages with its review dates and outcome, and the actions from
// the 1:1 they were agreed in to done or due, the late and overdue ones loud.
import * as l10n from '@vscode/l10n';
import type { ActionMark, FeedbackSpan, PersonTimeline, TimelineRange, TopicArc, TopicStep } from '../../core/pictures/pictureData';
import { Plot, chart } from './charts';
import { dateOf, dayCount, endOf, nth, shortDay, tickDay } from './days';
import { backButton, button, el } from './dom';
import { linked } from './marks';
import { chartWithTable, lineLink, table } from './tables';
import { colour, delayOpacity, KIND_LOOK, STAGE_LOOK } from './theme';

const RANGES: readonly [TimelineRange, () => string][] = [['3m', () => l10n.t('3 months')], ['6m', () => l10n.t('6 months')], ['1y', () => l10n.t('A year')], ['all', () => l10n.t('Everything')]];
/** The lanes' keys; their labels are the page's words. */
const ONE_ON_ONES = '1:1s';
const FEEDBACK = 'Feedback';

const short = (text: string, max = 46) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const topicLane = (t: TopicArc) => `topic:${t.topicId}`;
const actionLane = (i: number) => `action:${i}`;

type Step = TopicStep & { lane: string; topic: string };
type Action = ActionMark & { lane: string; end: string };

function actionEnd(a: ActionMark, today: string): string {
  return typeof a.done === 'string' ? a.done : a.due !== undefined && a.due < today ? today : a.due ?? today;
}

function actionWords(a: ActionMark, year?: string): string {
  const words = [l10n.t('{0}. Agreed {1}', whose(a), shortDay(a.created, year))];
  if (a.due) words.push(l10n.t('due {0}', shortDay(a.due, year)));
  if (a.done === true) words.push(l10n.t('done'));
  else if (a.done) words.push(l10n.t('done {0}', shortDay(a.done, year)));
  const timing = { 'on-time': '', late: l10n.t(' (late)'), overdue: l10n.t(' (overdue)'), open: '' }[a.timing];
  return `${words.join(', ')}${timing}`;
}

/** "You: the action's text", or "They: …". */
function whose(a: ActionMark): string {
  return a.owner === 'me' ? l10n.t('You: {0}', a.text) : l10n.t('They: {0}', a.text);
}

function feedbackWords(f: FeedbackSpan, year?: string): string {
  const kind = KIND_LOOK[f.kind].word;
  return f.given !== undefined
    ? (f.delay === 0 ? l10n.t('{0} feedback seen {1}, given {2} (same day)', kind, shortDay(f.observed, year), shortDay(f.given, year))
      : l10n.t('{0} feedback seen {1}, given {2} ({3} later)', kind, shortDay(f.observed, year), shortDay(f.given, year), dayCount(f.delay ?? 0)))
    : l10n.t('{0} feedback seen {1}, not given yet: waiting {2}', kind, shortDay(f.observed, year), dayCount(f.age ?? 0));
}

function stepWords(s: Step, year?: string): string {
  const stage = s.stage === 'review' ? STAGE_LOOK.review.word : l10n.t('{0} talk, {1}', nth(s.n), STAGE_LOOK[s.stage].word);
  const review = s.reviewDate ? l10n.t('; review set for {0}', shortDay(s.reviewDate, year)) : '';
  const outcome = s.review ? l10n.t('; outcome: {0}', s.review.outcome) : '';
  return `${l10n.t('{0}: {1} on {2} ({3})', s.topic, stage, shortDay(s.date, year), s.status)}${review}${outcome}`;
}

/** Reviews set by a plan and not held by their day. */
function missedReviews(t: TopicArc, today: string): string[] {
  const reviewed = t.steps.filter((s) => s.stage === 'review').map((s) => s.date);
  return t.steps.flatMap((s) => (s.reviewDate && s.reviewDate < today && !reviewed.some((d) => d >= s.reviewDate!) ? [s.reviewDate] : []));
}

function historyChart(t: PersonTimeline, span: { from: string; to: string }): SVGSVGElement {
  const today = span.to;
  const year = today.slice(0, 4);
  const x = (day: string) => dateOf(day < span.from ? span.from : day > today ? today : day);
  const steps: Step[] = t.topics.flatMap((a) => a.steps.map((s) => ({ ...s, lane: topicLane(a), topic: a.title ?? a.topicId })));
  const actions: Action[] = t.actions.map((a, i) => ({ ...a, lane: actionLane(i), end: actionEnd(a, today) }));
  const reviews = t.topics.flatMap((a) => a.steps.flatMap((s) => (s.reviewDate ? [{ lane: topicLane(a), day: s.reviewDate, missed: missedReviews(a, today).includes(s.reviewDate) }] : [])));
  const lanes = [ONE_ON_ONES, FEEDBACK, ...t.topics.map(topicLane), ...actions.map((a) => a.lane)];
  const laneLabel = new Map<string, string>([
    [ONE_ON_ONES, l10n.t('1:1s')],
    [FEEDBACK, l10n.t('Feedback')],
    ...t.topics.map((a) => [topicLane(a), short(a.title ?? a.topicId)] as [string, string]),
    ...actions.map((a) => [a.lane, short(whose(a))] as [string, string]),
  ]);
  const label = l10n.t('{0} from {1} to {2}: {3} 1:1s, {4} feedback items, {5} topics, {6} actions.', t.name, shortDay(span.from, year), shortDay(today, year), t.oneOnOnes.length, t.feedback.length, t.topics.length, t.actions.length);
  return chart({
    width: 1000,
    height: 40 + lanes.length * 24,
    marginLeft: 290,
    marginRight: 80,
    marginTop: 24,
    x: { type: 'utc', domain: [dateOf(span.from), endOf(today)], axis: 'top', grid: true, tickFormat: tickDay },
    y: { type: 'band', domain: lanes, label: null, tickFormat: (lane: string) => laneLabel.get(lane) ?? lane, tickSize: 0, padding: 0.2 },
    color: { type: 'identity' },
    opacity: { type: 'identity' },
    symbol: { type: 'identity' },
    marks: [
      Plot.dot(t.oneOnOnes, {
        x: (o: PersonTimeline['oneOnOnes'][number]) => x(o.date), y: () => ONE_ON_ONES, r: 4, fill: colour.text,
        title: (o: PersonTimeline['oneOnOnes'][number]) => l10n.t('1:1 on {0}', shortDay(o.date, year)),
        render: linked(t.oneOnOnes, (o) => l10n.t('1:1 on {0}: open it', shortDay(o.date, year)), (node) => node.classList.add('one-on-one-mark')),
      }),
      ...[true, false].map((given) => Plot.ruleY(t.feedback, {
        filter: (f: FeedbackSpan) => (f.given !== undefined) === given,
        x1: (f: FeedbackSpan) => x(f.observed), x2: (f: FeedbackSpan) => (f.given !== undefined ? x(f.given) : endOf(today)), y: () => FEEDBACK,
        stroke: (f: FeedbackSpan) => (f.given !== undefined ? KIND_LOOK[f.kind].colour : colour.red),
        strokeWidth: 2, ...(given ? {} : { strokeDasharray: '3,2' }), className: 'mark-deco', ariaHidden: 'true',
      })),
      Plot.dot(t.feedback, {
        x: (f: FeedbackSpan) => x(f.given ?? f.observed), y: () => FEEDBACK, r: 5,
        symbol: (f: FeedbackSpan) => KIND_LOOK[f.kind].symbol,
        fill: (f: FeedbackSpan) => (f.given !== undefined ? KIND_LOOK[f.kind].colour : 'none'),
        fillOpacity: (f: FeedbackSpan) => delayOpacity(f.delay ?? 0),
        stroke: (f: FeedbackSpan) => KIND_LOOK[f.kind].colour,
        strokeWidth: (f: FeedbackSpan) => (f.given !== undefined ? 1 : 2.5),
        sort: (f: FeedbackSpan) => (f.given === undefined ? 1 : 0),
        title: (f: FeedbackSpan) => feedbackWords(f, year),
        render: linked(t.feedback, (f) => feedbackWords(f, year), (node, f) => {
          node.classList.add('feedback-mark');
          node.setAttribute('data-state', f.given !== undefined ? 'given' : 'waiting');
        }),
      }),
      Plot.ruleY(t.topics, {
        x1: (a: TopicArc) => x(a.steps[0]?.date ?? a.outcome.date),
        x2: (a: TopicArc) => (a.outcome.status === 'resolved' ? x(a.outcome.date) : endOf(today)),
        y: topicLane, stroke: colour.lines, strokeWidth: 2, className: 'mark-deco', ariaHidden: 'true',
      }),
      Plot.tickX(reviews, {
        x: (r: (typeof reviews)[number]) => x(r.day), y: (r: (typeof reviews)[number]) => r.lane,
        stroke: (r: (typeof reviews)[number]) => (r.missed ? colour.red : STAGE_LOOK.review.colour), strokeWidth: 2,
        title: (r: (typeof reviews)[number]) => (r.missed ? l10n.t('Review was due {0}', shortDay(r.day, year)) : l10n.t('Review set for {0}', shortDay(r.day, year))),
        className: 'review-tick',
      }),
      Plot.dot(steps, {
        x: (s: Step) => x(s.date), y: (s: Step) => s.lane, r: 5.5,
        symbol: (s: Step) => STAGE_LOOK[s.stage].symbol, fill: (s: Step) => STAGE_LOOK[s.stage].colour, stroke: colour.text, strokeWidth: 0.5,
        title: (s: Step) => stepWords(s, year),
        render: linked(steps, (s) => stepWords(s, year), (node, s) => { node.classList.add('topic-step-mark'); node.setAttribute('data-stage', s.stage); }),
      }),
      Plot.text(t.topics, {
        x: (a: TopicArc) => (a.outcome.status === 'resolved' ? x(a.outcome.date) : endOf(today)), y: topicLane,
        text: (a: TopicArc) => a.outcome.status, textAnchor: 'start', dx: 8, fill: colour.text, className: 'mark-deco',
      }),
      Plot.ruleY(actions, {
        x1: (a: Action) => x(a.created), x2: (a: Action) => x(a.end), y: (a: Action) => a.lane,
        stroke: (a: Action) => (a.timing === 'late' || a.timing === 'overdue' ? colour.red : colour.lines), strokeWidth: 2, className: 'mark-deco', ariaHidden: 'true',
      }),
      Plot.dot(actions, {
        x: (a: Action) => x(a.end), y: (a: Action) => a.lane, r: 4.5,
        fill: (a: Action) => (a.done === undefined ? 'none' : a.timing === 'late' ? colour.red : colour.green),
        stroke: (a: Action) => (a.timing === 'late' || a.timing === 'overdue' ? colour.red : a.done === undefined ? colour.quiet : colour.green),
        strokeWidth: 2,
        title: (a: Action) => actionWords(a, year),
        render: linked(actions, (a) => actionWords(a, year), (node, a) => { node.classList.add('action-mark'); node.setAttribute('data-timing', a.timing); }),
      }),
      Plot.text(actions, {
        filter: (a: Action) => a.timing === 'late' || a.timing === 'overdue',
        x: (a: Action) => x(a.end), y: (a: Action) => a.lane, text: (a: Action) => (a.timing === 'late' ? l10n.t('late') : l10n.t('overdue')), textAnchor: 'start', dx: 8, fill: colour.red, fontWeight: 'bold', className: 'mark-deco',
      }),
    ],
  }, label);
}

function legend(): HTMLElement {
  const item = (swatch: string, words: string) => el('li', {}, el('span', { class: `swatch ${swatch}`, 'aria-hidden': 'true' }), words);
  return el('ul', { class: 'legend', 'aria-label': l10n.t('What the marks mean') },
    item('fb-positive', l10n.t('positive feedback')), item('fb-corrective', l10n.t('corrective feedback')), item('fb-waiting', l10n.t('seen, not given yet')),
    item('stage-supportive', STAGE_LOOK.supportive.word), item('stage-socratic', STAGE_LOOK.socratic.word), item('stage-plan', STAGE_LOOK.plan.word), item('stage-review', STAGE_LOOK.review.word),
    item('review-tick', l10n.t('review date')), item('action-done', l10n.t('action done')), item('action-open', l10n.t('action open')), item('action-late', l10n.t('late or overdue')));
}

function tables(t: PersonTimeline): HTMLElement[] {
  const year = t.span?.to.slice(0, 4);
  const steps = t.topics.flatMap((a) => a.steps.map((s) => ({ ...s, topic: a.title ?? a.topicId, outcome: a.outcome })));
  return [
    table(l10n.t('1:1s'), t.oneOnOnes, [{ head: l10n.t('Day'), cell: (o) => lineLink(shortDay(o.date, year), o.at, l10n.t('1:1 on {0}: open it', shortDay(o.date, year))) }]),
    table(l10n.t('Feedback'), t.feedback, [
      { head: l10n.t('Kind'), cell: (f) => KIND_LOOK[f.kind].word },
      { head: l10n.t('Seen'), cell: (f) => lineLink(shortDay(f.observed, year), f.at, feedbackWords(f, year)) },
      { head: l10n.t('Given'), cell: (f) => (f.given ? shortDay(f.given, year) : l10n.t('not yet')) },
      { head: l10n.t('Delay'), cell: (f) => (f.given ? (f.delay ? dayCount(f.delay) : l10n.t('same day')) : l10n.t('waiting {0}', dayCount(f.age ?? 0))) },
    ]),
    table(l10n.t('Topics, conversation by conversation'), steps, [
      { head: l10n.t('Topic'), cell: (s) => s.topic },
      { head: l10n.t('Day'), cell: (s) => lineLink(shortDay(s.date, year), s.at, l10n.t('{0} on {1}: open it', s.topic, shortDay(s.date, year))) },
      { head: l10n.t('Stage'), cell: (s) => (s.stage === 'review' ? STAGE_LOOK.review.word : l10n.t('{0}, {1}', nth(s.n), STAGE_LOOK[s.stage].word)) },
      { head: l10n.t('Review date'), cell: (s) => (s.reviewDate ? shortDay(s.reviewDate, year) : '') },
      { head: l10n.t('Where it stands'), cell: (s) => l10n.t('{0} since {1}', s.outcome.status, shortDay(s.outcome.date, year)) },
    ]),
    table(l10n.t('Actions'), t.actions, [
      { head: l10n.t('Whose'), cell: (a) => (a.owner === 'me' ? l10n.t('yours') : l10n.t('theirs')) },
      { head: l10n.t('Action'), cell: (a) => lineLink(a.text, a.at, actionWords(a, year)) },
      { head: l10n.t('Agreed'), cell: (a) => shortDay(a.created, year) },
      { head: l10n.t('Due'), cell: (a) => (a.due ? shortDay(a.due, year) : '') },
      { head: l10n.t('Done'), cell: (a) => (a.done === true ? l10n.t('done') : a.done ? shortDay(a.done, year) : l10n.t('not yet')) },
      { head: l10n.t('On time'), cell: (a) => a.timing },
    ]),
  ];
}

export function drawTimeline(main: HTMLElement, t: PersonTimeline): void {
  const rangeButtons = el('div', { class: 'ranges', role: 'group', 'aria-label': l10n.t('How far back') },
    ...RANGES.map(([range, words]) => button(words(), { 'data-range': range, 'aria-pressed': String(range === t.range) })));
  const head = el('header', { class: 'view-head' },
    backButton(),
    el('h1', {}, t.name),
    rangeButtons);
  if (!t.span) {
    main.replaceChildren(el('section', { class: 'timeline' }, head, el('p', { class: 'quiet' }, l10n.t('You did not manage them yet in this range.'))));
    return;
  }
  const year = t.span.to.slice(0, 4);
  const description = l10n.t("{0}'s history from {1} to {2} on one time axis: {3} 1:1s, {4} feedback items from seen to given, {5} topics through their stages, {6} actions from agreed to done.", t.name, shortDay(t.span.from, year), shortDay(t.span.to, year), t.oneOnOnes.length, t.feedback.length, t.topics.length, t.actions.length);
  main.replaceChildren(el('section', { class: 'timeline' }, head, legend(),
    chartWithTable('timeline', description, el('div', { class: 'history' }, historyChart(t, t.span)), () => tables(t))));
}
