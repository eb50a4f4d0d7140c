// The manager's own coaching signals (coaching-model.md, section 7: culture is led by example), for this
// quarter (the 13 weeks ending today) beside the 13 weeks before, each with the items behind it. Each
// person counts over the part of the quarter you managed them (the review summary's window:
// documents/review/reviewScope.ts), so a new report or one who left weighs only while you managed them.
//
// Decisions:
// - 1:1s kept: per person, the 1:1s held up to the number the cadence expects over the days they were
//   not away (as the review summary counts it), over everyone's expected 1:1s.
// - Commitments kept: your actions (owner: me) due in the quarter, done by their due day, over those
//   due (one due today and not done yet is not late: it is left out until tomorrow). An action done
//   with no day written counts as on time, as in the review summary.
// - Recognition: positive feedback given in the quarter; its share of all feedback given in it.
// - Delay: the median days from observed to given, over the feedback given in the quarter.
// - Two-way conversations: Socratic conversations in the quarter that record their view (theirView
//   written, as escalation/empty-stage reads it), over all Socratic conversations.
// - Recurring barriers: the barrier lines of Socratic conversations in the quarter met by as many
//   people as culture/recurring-barrier asks; fewer is better (the process got fixed).
import { cadenceOf } from '../checks/cadence';
import { isBlank } from '../checks/escalation/emptyStage';
import { recurringBarrierThreshold, recurringBarriersBetween } from '../checks/recurringBarrier';
import type { CheckContext } from '../checks/rule';
import { days } from '../checks/wording';
import { daysBetween } from '../dates';
import { median } from '../documents/review/reviewSummary';
import { actionTiming, reviewScope, within, type ReviewScope } from '../documents/review/reviewScope';
import type { Located } from '../people/located';
import type { FeedbackEntry, PersonNotes } from '../people/personNotes';
import { cadenceDays } from '../schema';
import { oneLine } from '../workspace/sidebarModel';
import { QUARTER_WEEKS, spanOfWeeks } from './daySpans';
import { locationOf } from './itemLocation';
import type { CoachingHabits, DaySpan, HabitId, HabitItem, HabitSignal, HabitValue } from './pictureData';

interface SignalSpec {
  readonly id: HabitId;
  readonly label: string;
  readonly unit: HabitSignal['unit'];
  readonly better: HabitSignal['better'];
  measure(quarter: Quarter): HabitValue;
}

/** What a signal is measured over: everyone over one quarter. */
interface Quarter {
  readonly people: readonly Scoped[];
  readonly span: DaySpan;
  readonly ctx: CheckContext;
}

/** A person with the part of the quarter you managed them (see reviewScope). */
interface Scoped {
  readonly notes: PersonNotes;
  readonly scope: ReviewScope;
}

function item(notes: PersonNotes, date: string, label: string, entry: Located, field?: string): HabitItem {
  return { personId: notes.person.id, date, label, at: locationOf(entry, field) };
}

function share(count: number, of: number, items: HabitItem[]): HabitValue {
  return of > 0 ? { value: count / of, count, of, items } : { count, of, items };
}

/** Feedback given in the span, everyone's (a span of the habits never ends after today). */
function givenIn(people: readonly Scoped[], span: DaySpan): { notes: PersonNotes; f: FeedbackEntry }[] {
  return people.flatMap(({ notes }) => notes.feedback.filter((f) => within(f.given, span)).map((f) => ({ notes, f })));
}

const feedbackLabel = (notes: PersonNotes, f: FeedbackEntry) => `${notes.person.name}: ${oneLine(f.item.behaviour, 60)}`;

const SIGNALS: readonly SignalSpec[] = [
  {
    id: 'cadence', label: '1:1s kept against cadence', unit: 'share', better: 'up',
    measure({ people, ctx }) {
      let kept = 0;
      let expected = 0;
      const items: HabitItem[] = [];
      for (const { notes, scope } of people) {
        if (!scope.window) continue;
        const due = scope.away.expectedIn(scope.window.from, scope.window.to, cadenceDays(cadenceOf(notes, ctx.settings))).expected;
        kept += Math.min(scope.held.length, due);
        expected += due;
        for (const o of scope.held) items.push(item(notes, o.date, `1:1 with ${notes.person.name}`, o, 'date'));
      }
      return share(kept, expected, items);
    },
  },
  {
    id: 'commitments', label: 'Your commitments kept on time', unit: 'share', better: 'up',
    measure({ people, ctx }) {
      let kept = 0;
      const items: HabitItem[] = [];
      for (const { notes, scope } of people) {
        for (const a of scope.actions) {
          if (a.item.owner !== 'me' || !within(a.item.due, scope.window)) continue;
          const timing = actionTiming(a, ctx.today);
          if (timing === 'open') continue;
          if (timing === 'on-time') kept += 1;
          items.push(item(notes, a.item.due as string, `${timing === 'on-time' ? 'On time' : timing === 'late' ? 'Late' : 'Overdue'}: ${oneLine(a.item.text, 60)}`, a, 'due'));
        }
      }
      return share(kept, items.length, items);
    },
  },
  {
    id: 'recognition', label: 'Recognition given', unit: 'count', better: 'up',
    measure({ people, span }) {
      const positive = givenIn(people, span).filter(({ f }) => f.item.kind === 'positive');
      return { value: positive.length, count: positive.length, items: positive.map(({ notes, f }) => item(notes, f.given as string, feedbackLabel(notes, f), f)) };
    },
  },
  {
    id: 'positive-share', label: 'Share of feedback that is positive', unit: 'share', better: 'up',
    measure({ people, span }) {
      const given = givenIn(people, span);
      const items = given.map(({ notes, f }) => item(notes, f.given as string, `${f.item.kind === 'positive' ? 'Positive' : 'Corrective'}, ${feedbackLabel(notes, f)}`, f));
      return share(given.filter(({ f }) => f.item.kind === 'positive').length, given.length, items);
    },
  },
  {
    id: 'feedback-delay', label: 'Median days from seeing to saying', unit: 'days', better: 'down',
    measure({ people, span }) {
      const given = givenIn(people, span);
      const delays = given.map(({ f }) => daysBetween(f.item.observed, f.given as string));
      const items = given.map(({ notes, f }, i) => item(notes, f.given as string, `${days(delays[i] as number)}, ${feedbackLabel(notes, f)}`, f));
      return given.length ? { value: median(delays), count: given.length, items } : { count: 0, items };
    },
  },
  {
    id: 'two-way', label: 'Socratic talks that record their view', unit: 'share', better: 'up',
    measure({ people }) {
      let heard = 0;
      const items: HabitItem[] = [];
      for (const { notes, scope } of people) {
        for (const thread of scope.threads) {
          for (const c of thread.conversations) {
            if (c.stance !== 'socratic') continue;
            const recorded = !isBlank(c.conversation.theirView);
            if (recorded) heard += 1;
            items.push(item(notes, c.date, `${recorded ? 'Their view written' : 'No view written'}: ${notes.person.name}, ${thread.title ?? thread.topicId}`, c, recorded ? 'theirView' : undefined));
          }
        }
      }
      return share(heard, items.length, items);
    },
  },
  {
    id: 'recurring-barriers', label: 'Barriers shared by several people', unit: 'count', better: 'down',
    measure({ people, span, ctx }) {
      const met = recurringBarriersBetween(people.map((p) => p.notes), span.from, span.to, recurringBarrierThreshold(ctx.settings));
      const items: HabitItem[] = [];
      for (const found of met.values()) {
        for (const o of found) items.push({ personId: o.person.id, date: o.entry.date, label: `${o.person.name}: ${oneLine(o.label, 60)}`, at: locationOf(o.entry, o.field) });
      }
      return { value: met.size, count: met.size, items };
    },
  },
];

function trendOf(now: number | undefined, before: number | undefined): HabitSignal['trend'] {
  if (now === undefined || before === undefined) return 'none';
  if (Math.abs(now - before) < 1e-9) return 'flat';
  return now > before ? 'up' : 'down';
}

/** The manager's coaching signals over everyone's notes: this quarter, the quarter before, and the trend. */
export function coachingHabits(people: readonly PersonNotes[], ctx: CheckContext): CoachingHabits {
  const thisQuarter = spanOfWeeks(ctx.today, QUARTER_WEEKS);
  const lastQuarter = spanOfWeeks(ctx.today, QUARTER_WEEKS, QUARTER_WEEKS);
  const scoped = (span: DaySpan): Scoped[] => people.map((notes) => ({ notes, scope: reviewScope({ notes, ctx }, { ...span, includePrivate: false }) }));
  const [now, before] = [scoped(thisQuarter), scoped(lastQuarter)];
  const signals = SIGNALS.map((spec): HabitSignal => {
    const thisValue = spec.measure({ people: now, span: thisQuarter, ctx });
    const lastValue = spec.measure({ people: before, span: lastQuarter, ctx });
    const trend = trendOf(thisValue.value, lastValue.value);
    return {
      id: spec.id, label: spec.label, unit: spec.unit, better: spec.better, thisQuarter: thisValue, lastQuarter: lastValue, trend,
      ...(trend === 'up' || trend === 'down' ? { good: trend === spec.better } : {}),
    };
  });
  return { today: ctx.today, thisQuarter, lastQuarter, signals };
}
