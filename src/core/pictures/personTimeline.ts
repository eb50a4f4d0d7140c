// A person's history on one time axis, over 3 months, 6 months, a year or everything up to today: the
// 1:1s held, feedback as spans from observed to given, each topic's arc through its stages, and the
// action items with the day they were agreed, due and done. What belongs to the range is what the
// review summary takes for a period (documents/review/reviewScope.ts): 1:1s and conversations dated in
// it, feedback observed in it, actions agreed, due or done in it; and, as on the overview, feedback
// still not given, whenever it was observed. Arcs number each conversation in its episode as the
// escalation checks count them (ids in doubt counted with the topic they most likely mean).
import { episodeSteps } from '../checks/escalation/episodes';
import { settledNotes } from '../checks/escalation/settledIds';
import type { CheckContext } from '../checks/rule';
import { daysBetween } from '../dates';
import type { ActionEntry, FeedbackEntry, PersonNotes } from '../people/personNotes';
import type { TopicThread } from '../people/topicThreads';
import { actionTiming, doneDate, reviewScope, within } from '../documents/review/reviewScope';
import { rangeSpan } from './daySpans';
import { locationOf } from './itemLocation';
import { heldMark } from './oneOnOneWeeks';
import type { ActionMark, DaySpan, FeedbackSpan, PersonTimeline, TimelineRange, TopicArc, TopicStep } from './pictureData';

/** The first day the person's notes speak of: `since`, a 1:1, an observation. */
function earliestDay(notes: PersonNotes, today: string): string {
  const days = [notes.person.data?.since, notes.oneOnOnes[0]?.date, notes.feedback[0]?.item.observed].filter((d): d is string => d !== undefined);
  return days.reduce((a, b) => (b < a ? b : a), today);
}

function feedbackSpan(f: FeedbackEntry, today: string): FeedbackSpan {
  const { kind, observed, topic } = f.item;
  return {
    kind, observed,
    ...(f.given !== undefined ? { given: f.given, delay: daysBetween(observed, f.given) } : { age: daysBetween(observed, today) }),
    ...(topic !== undefined ? { topic } : {}),
    at: locationOf(f),
  };
}

function topicArc(thread: TopicThread, span: DaySpan, ctx: CheckContext): TopicArc | undefined {
  const steps: TopicStep[] = [];
  for (const step of episodeSteps(thread, ctx.settings)) {
    const { entry } = step;
    if (!within(entry.date, span)) continue;
    const { reviewDate, review } = entry.conversation;
    steps.push({
      date: entry.date, suffix: entry.suffix,
      stage: step.reviewOnly ? 'review' : entry.stance,
      status: entry.status,
      n: step.n,
      ...(reviewDate !== undefined ? { reviewDate } : {}),
      ...(review !== undefined ? { review: { date: review.date ?? entry.date, outcome: review.outcome } } : {}),
      at: locationOf(entry),
    });
  }
  const last = steps[steps.length - 1];
  if (!last) return undefined;
  return { topicId: thread.topicId, ...(thread.title !== undefined ? { title: thread.title } : {}), steps, outcome: { status: last.status, date: last.date } };
}

function actionMark(a: ActionEntry, today: string): ActionMark {
  const { text, owner, due, done } = a.item;
  const doneOn = doneDate(a) ?? (done === true ? true : undefined);
  return {
    text, owner, created: a.date,
    ...(due !== undefined ? { due } : {}),
    ...(doneOn !== undefined ? { done: doneOn } : {}),
    timing: actionTiming(a, today),
    at: locationOf(a),
  };
}

/** One person's history over a range ending today. */
export function personTimeline(notes: PersonNotes, ctx: CheckContext, range: TimelineRange): PersonTimeline {
  const wanted = rangeSpan(range, ctx.today, earliestDay(notes, ctx.today));
  const scope = reviewScope({ notes, ctx }, { ...wanted, includePrivate: false });
  const base = { personId: notes.person.id, name: notes.person.name, range };
  const span = scope.window;
  if (!span) return { ...base, oneOnOnes: [], feedback: [], topics: [], actions: [] };
  const waiting = notes.feedback.filter((f) => f.given === undefined && f.item.observed < span.from);
  return {
    ...base,
    span: { from: span.from, to: span.to },
    oneOnOnes: scope.held.map(heldMark),
    feedback: [...waiting, ...scope.feedback].map((f) => feedbackSpan(f, ctx.today)),
    topics: settledNotes(notes).topicThreads.flatMap((t) => topicArc(t, span, ctx) ?? []),
    actions: scope.actions.map((a) => actionMark(a, ctx.today)),
  };
}
