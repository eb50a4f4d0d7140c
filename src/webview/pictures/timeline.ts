// A person's history on one time axis: their 1:1s, feedback from seen to given (still open while it
// waits), each topic's arc through the stages with its review dates and outcome, and the actions from
// the 1:1 they were agreed in to done or due, the late and overdue ones loud.
import type { ActionMark, FeedbackSpan, PersonTimeline, TimelineRange, TopicArc, TopicStep } from '../../core/pictures/pictureData';
import { Plot, chart } from './charts';
import { dateOf, dayCount, endOf, nth, shortDay } from './days';
import { backButton, button, el } from './dom';
import { linked } from './marks';
import { chartWithTable, lineLink, table } from './tables';
import { colour, delayOpacity, KIND_LOOK, STAGE_LOOK } from './theme';

const RANGES: readonly [TimelineRange, string][] = [['3m', '3 months'], ['6m', '6 months'], ['1y', 'A year'], ['all', 'Everything']];
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
  const who = a.owner === 'me' ? 'You' : 'They';
  const due = a.due ? `, due ${shortDay(a.due, year)}` : '';
  const done = a.done === true ? ', done' : a.done ? `, done ${shortDay(a.done, year)}` : '';
  const timing = { 'on-time': '', late: ' (late)', overdue: ' (overdue)', open: '' }[a.timing];
  return `${who}: ${a.text}. Agreed ${shortDay(a.created, year)}${due}${done}${timing}`;
}

function feedbackWords(f: FeedbackSpan, year?: string): string {
  const kind = KIND_LOOK[f.kind].word;
  return f.given !== undefined
    ? `${kind} feedback seen ${shortDay(f.observed, year)}, given ${shortDay(f.given, year)} (${f.delay === 0 ? 'same day' : dayCount(f.delay ?? 0) + ' later'})`
    : `${kind} feedback seen ${shortDay(f.observed, year)}, not given yet: waiting ${dayCount(f.age ?? 0)}`;
}

function stepWords(s: Step, year?: string): string {
  const stage = s.stage === 'review' ? STAGE_LOOK.review.word : `${nth(s.n)} talk, ${STAGE_LOOK[s.stage].word}`;
  const review = s.reviewDate ? `; review set for ${shortDay(s.reviewDate, year)}` : '';
  const outcome = s.review ? `; outcome: ${s.review.outcome}` : '';
  return `${s.topic}: ${stage} on ${shortDay(s.date, year)} (${s.status})${review}${outcome}`;
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
    ...t.topics.map((a) => [topicLane(a), short(a.title ?? a.topicId)] as [string, string]),
    ...actions.map((a) => [a.lane, short(`${a.owner === 'me' ? 'You' : 'They'}: ${a.text}`)] as [string, string]),
  ]);
  const label = `${t.name} from ${shortDay(span.from, year)} to ${shortDay(today, year)}: ${t.oneOnOnes.length} 1:1s, ${t.feedback.length} feedback items, ${t.topics.length} topics, ${t.actions.length} actions.`;
  return chart({
    width: 1000,
    height: 40 + lanes.length * 24,
    marginLeft: 290,
    marginRight: 80,
    marginTop: 24,
    x: { type: 'utc', domain: [dateOf(span.from), endOf(today)], axis: 'top', grid: true, tickFormat: '%-d %b' },
    y: { type: 'band', domain: lanes, label: null, tickFormat: (lane: string) => laneLabel.get(lane) ?? lane, tickSize: 0, padding: 0.2 },
    color: { type: 'identity' },
    opacity: { type: 'identity' },
    symbol: { type: 'identity' },
    marks: [
      Plot.dot(t.oneOnOnes, {
        x: (o: PersonTimeline['oneOnOnes'][number]) => x(o.date), y: () => ONE_ON_ONES, r: 4, fill: colour.text,
        title: (o: PersonTimeline['oneOnOnes'][number]) => `1:1 on ${shortDay(o.date, year)}`,
        render: linked(t.oneOnOnes, (o) => `1:1 on ${shortDay(o.date, year)}: open it`, (node) => node.classList.add('one-on-one-mark')),
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
        title: (r: (typeof reviews)[number]) => `Review ${r.missed ? 'was due' : 'set for'} ${shortDay(r.day, year)}`,
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
        x: (a: Action) => x(a.end), y: (a: Action) => a.lane, text: (a: Action) => a.timing, textAnchor: 'start', dx: 8, fill: colour.red, fontWeight: 'bold', className: 'mark-deco',
      }),
    ],
  }, label);
}

function legend(): HTMLElement {
  const item = (swatch: string, words: string) => el('li', {}, el('span', { class: `swatch ${swatch}`, 'aria-hidden': 'true' }), words);
  return el('ul', { class: 'legend', 'aria-label': 'What the marks mean' },
    item('fb-positive', 'positive feedback'), item('fb-corrective', 'corrective feedback'), item('fb-waiting', 'seen, not given yet'),
    item('stage-supportive', 'supportive'), item('stage-socratic', 'Socratic'), item('stage-plan', 'plan'), item('stage-review', 'plan review'),
    item('review-tick', 'review date'), item('action-done', 'action done'), item('action-open', 'action open'), item('action-late', 'late or overdue'));
}

function tables(t: PersonTimeline): HTMLElement[] {
  const year = t.span?.to.slice(0, 4);
  const steps = t.topics.flatMap((a) => a.steps.map((s) => ({ ...s, topic: a.title ?? a.topicId, outcome: a.outcome })));
  return [
    table('1:1s', t.oneOnOnes, [{ head: 'Day', cell: (o) => lineLink(shortDay(o.date, year), o.at, `1:1 on ${shortDay(o.date, year)}: open it`) }]),
    table('Feedback', t.feedback, [
      { head: 'Kind', cell: (f) => KIND_LOOK[f.kind].word },
      { head: 'Seen', cell: (f) => lineLink(shortDay(f.observed, year), f.at, feedbackWords(f, year)) },
      { head: 'Given', cell: (f) => (f.given ? shortDay(f.given, year) : 'not yet') },
      { head: 'Delay', cell: (f) => (f.given ? (f.delay ? dayCount(f.delay) : 'same day') : `waiting ${dayCount(f.age ?? 0)}`) },
    ]),
    table('Topics, conversation by conversation', steps, [
      { head: 'Topic', cell: (s) => s.topic },
      { head: 'Day', cell: (s) => lineLink(shortDay(s.date, year), s.at, `${s.topic} on ${shortDay(s.date, year)}: open it`) },
      { head: 'Stage', cell: (s) => (s.stage === 'review' ? 'plan review' : `${nth(s.n)}, ${STAGE_LOOK[s.stage].word}`) },
      { head: 'Review date', cell: (s) => (s.reviewDate ? shortDay(s.reviewDate, year) : '') },
      { head: 'Where it stands', cell: (s) => `${s.outcome.status} since ${shortDay(s.outcome.date, year)}` },
    ]),
    table('Actions', t.actions, [
      { head: 'Whose', cell: (a) => (a.owner === 'me' ? 'yours' : 'theirs') },
      { head: 'Action', cell: (a) => lineLink(a.text, a.at, actionWords(a, year)) },
      { head: 'Agreed', cell: (a) => shortDay(a.created, year) },
      { head: 'Due', cell: (a) => (a.due ? shortDay(a.due, year) : '') },
      { head: 'Done', cell: (a) => (a.done === true ? 'done' : a.done ? shortDay(a.done, year) : 'not yet') },
      { head: 'On time', cell: (a) => a.timing },
    ]),
  ];
}

export function drawTimeline(main: HTMLElement, t: PersonTimeline): void {
  const rangeButtons = el('div', { class: 'ranges', role: 'group', 'aria-label': 'How far back' },
    ...RANGES.map(([range, words]) => button(words, { 'data-range': range, 'aria-pressed': String(range === t.range) })));
  const head = el('header', { class: 'view-head' },
    backButton(),
    el('h1', {}, t.name),
    rangeButtons);
  if (!t.span) {
    main.replaceChildren(el('section', { class: 'timeline' }, head, el('p', { class: 'quiet' }, 'You did not manage them yet in this range.')));
    return;
  }
  const year = t.span.to.slice(0, 4);
  const description = `${t.name}'s history from ${shortDay(t.span.from, year)} to ${shortDay(t.span.to, year)} on one time axis: ${t.oneOnOnes.length} 1:1s, ${t.feedback.length} feedback items from seen to given, ${t.topics.length} topics through their stages, ${t.actions.length} actions from agreed to done.`;
  main.replaceChildren(el('section', { class: 'timeline' }, head, legend(),
    chartWithTable('timeline', description, el('div', { class: 'history' }, historyChart(t, t.span)), () => tables(t))));
}
