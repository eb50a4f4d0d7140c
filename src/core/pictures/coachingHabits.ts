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

/**
 * One person's share of a signal over one quarter: what they add to its count and to what it is out of,
 * the days it takes the median of, and the items behind it. A signal sums the parts of everyone.
 */
interface Part {
  readonly count: number;
  readonly of: number;
  readonly days: readonly number[];
  readonly items: readonly HabitItem[];
}

interface SignalSpec {
  readonly id: HabitId;
  readonly label: string;
  readonly unit: HabitSignal['unit'];
  readonly better: HabitSignal['better'];
  /** One person's part, when the signal adds up person by person. */
  part?(person: Scoped, quarter: QuarterOf): Part;
  /** The value from everyone's parts in order, or (without part) from everyone's notes at once. */
  measure(parts: readonly Part[], quarter: Quarter): HabitValue;
}

/** What a signal is measured over: one quarter, and the day and settings. */
interface QuarterOf {
  readonly span: DaySpan;
  readonly ctx: CheckContext;
}

/** Everyone over one quarter. */
interface Quarter extends QuarterOf {
  readonly people: readonly Scoped[];
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

/** Everyone's parts added up. */
function sum(parts: readonly Part[]): { count: number; of: number; days: number[]; items: HabitItem[] } {
  const total = { count: 0, of: 0, days: [] as number[], items: [] as HabitItem[] };
  for (const p of parts) {
    total.count += p.count;
    total.of += p.of;
    total.days.push(...p.days);
    total.items.push(...p.items);
  }
  return total;
}

/** A person's feedback given in the span (a span of the habits never ends after today). */
const givenIn = (notes: PersonNotes, span: DaySpan): FeedbackEntry[] => notes.feedback.filter((f) => within(f.given, span));

const feedbackLabel = (notes: PersonNotes, f: FeedbackEntry) => `${notes.person.name}: ${oneLine(f.item.behaviour, 60)}`;

const NO_DAYS: readonly number[] = [];

const SIGNALS: readonly SignalSpec[] = [
  {
    id: 'cadence', label: '1:1s kept against cadence', unit: 'share', better: 'up',
    part({ notes, scope }, { ctx }) {
      if (!scope.window) return { count: 0, of: 0, days: NO_DAYS, items: [] };
      const due = scope.away.expectedIn(scope.window.from, scope.window.to, cadenceDays(cadenceOf(notes, ctx.settings))).expected;
      const items = scope.held.map((o) => item(notes, o.date, `1:1 with ${notes.person.name}`, o, 'date'));
      return { count: Math.min(scope.held.length, due), of: due, days: NO_DAYS, items };
    },
    measure(parts) {
      const { count, of, items } = sum(parts);
      return share(count, of, items);
    },
  },
  {
    id: 'commitments', label: 'Your commitments kept on time', unit: 'share', better: 'up',
    part({ notes, scope }, { ctx }) {
      let kept = 0;
      const items: HabitItem[] = [];
      for (const a of scope.actions) {
        if (a.item.owner !== 'me' || !within(a.item.due, scope.window)) continue;
        const timing = actionTiming(a, ctx.today);
        if (timing === 'open') continue;
        if (timing === 'on-time') kept += 1;
        items.push(item(notes, a.item.due as string, `${timing === 'on-time' ? 'On time' : timing === 'late' ? 'Late' : 'Overdue'}: ${oneLine(a.item.text, 60)}`, a, 'due'));
      }
      return { count: kept, of: items.length, days: NO_DAYS, items };
    },
    measure(parts) {
      const { count, of, items } = sum(parts);
      return share(count, of, items);
    },
  },
  {
    id: 'recognition', label: 'Recognition given', unit: 'count', better: 'up',
    part({ notes }, { span }) {
      const positive = givenIn(notes, span).filter((f) => f.item.kind === 'positive');
      return { count: positive.length, of: positive.length, days: NO_DAYS, items: positive.map((f) => item(notes, f.given as string, feedbackLabel(notes, f), f)) };
    },
    measure(parts) {
      const { count, items } = sum(parts);
      return { value: count, count, items };
    },
  },
  {
    id: 'positive-share', label: 'Share of feedback that is positive', unit: 'share', better: 'up',
    part({ notes }, { span }) {
      const given = givenIn(notes, span);
      const items = given.map((f) => item(notes, f.given as string, `${f.item.kind === 'positive' ? 'Positive' : 'Corrective'}, ${feedbackLabel(notes, f)}`, f));
      return { count: given.filter((f) => f.item.kind === 'positive').length, of: given.length, days: NO_DAYS, items };
    },
    measure(parts) {
      const { count, of, items } = sum(parts);
      return share(count, of, items);
    },
  },
  {
    id: 'feedback-delay', label: 'Median days from seeing to saying', unit: 'days', better: 'down',
    part({ notes }, { span }) {
      const given = givenIn(notes, span);
      const delays = given.map((f) => daysBetween(f.item.observed, f.given as string));
      const items = given.map((f, i) => item(notes, f.given as string, `${days(delays[i] as number)}, ${feedbackLabel(notes, f)}`, f));
      return { count: given.length, of: given.length, days: delays, items };
    },
    measure(parts) {
      const { count, days: delays, items } = sum(parts);
      return count ? { value: median(delays), count, items } : { count: 0, items };
    },
  },
  {
    id: 'two-way', label: 'Socratic talks that record their view', unit: 'share', better: 'up',
    part({ notes, scope }) {
      let heard = 0;
      const items: HabitItem[] = [];
      for (const thread of scope.threads) {
        for (const c of thread.conversations) {
          if (c.stance !== 'socratic') continue;
          const recorded = !isBlank(c.conversation.theirView);
          if (recorded) heard += 1;
          items.push(item(notes, c.date, `${recorded ? 'Their view written' : 'No view written'}: ${notes.person.name}, ${thread.title ?? thread.topicId}`, c, recorded ? 'theirView' : undefined));
        }
      }
      return { count: heard, of: items.length, days: NO_DAYS, items };
    },
    measure(parts) {
      const { count, of, items } = sum(parts);
      return share(count, of, items);
    },
  },
  {
    id: 'recurring-barriers', label: 'Barriers shared by several people', unit: 'count', better: 'down',
    measure(_parts, { people, span, ctx }) {
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

/** One person's parts of every signal that adds up person by person, this quarter and the one before. */
interface PersonParts {
  readonly now: readonly (Part | undefined)[];
  readonly before: readonly (Part | undefined)[];
}

function partsOf(notes: PersonNotes, ctx: CheckContext, thisQuarter: DaySpan, lastQuarter: DaySpan): PersonParts & { scoped: [Scoped, Scoped] } {
  const scoped = (span: DaySpan): Scoped => ({ notes, scope: reviewScope({ notes, ctx }, { ...span, includePrivate: false }) });
  const [now, before] = [scoped(thisQuarter), scoped(lastQuarter)];
  return {
    scoped: [now, before],
    now: SIGNALS.map((spec) => spec.part?.(now, { span: thisQuarter, ctx })),
    before: SIGNALS.map((spec) => spec.part?.(before, { span: lastQuarter, ctx })),
  };
}

/** What is kept of one person between changes, with the notes it was made from. */
interface KeptParts extends PersonParts {
  readonly notes: PersonNotes;
  readonly scoped: readonly [Scoped, Scoped];
}

/**
 * The coaching habits kept between changes, as the pictures' panel keeps them: each call works out anew
 * only the parts of people whose notes changed (the day or the settings changing makes everyone's anew).
 */
export class CoachingHabitsKept {
  private readonly kept = new Map<string, KeptParts>();
  private context = '';
  /** How many people's parts the last call worked out anew. */
  madeAnew = 0;

  habits(people: readonly PersonNotes[], ctx: CheckContext): CoachingHabits {
    const context = `${ctx.today} ${JSON.stringify(ctx.settings)}`;
    if (context !== this.context) {
      this.kept.clear();
      this.context = context;
    }
    const thisQuarter = spanOfWeeks(ctx.today, QUARTER_WEEKS);
    const lastQuarter = spanOfWeeks(ctx.today, QUARTER_WEEKS, QUARTER_WEEKS);
    this.madeAnew = 0;
    const everyone = people.map((notes) => {
      const known = this.kept.get(notes.person.id);
      if (known?.notes === notes) return known;
      const made = { notes, ...partsOf(notes, ctx, thisQuarter, lastQuarter) };
      this.kept.set(notes.person.id, made);
      this.madeAnew += 1;
      return made;
    });
    if (this.kept.size > everyone.length) {
      const here = new Set(people.map((n) => n.person.id));
      for (const id of [...this.kept.keys()]) if (!here.has(id)) this.kept.delete(id);
    }
    const now: Quarter = { people: everyone.map((k) => k.scoped[0]), span: thisQuarter, ctx };
    const before: Quarter = { people: everyone.map((k) => k.scoped[1]), span: lastQuarter, ctx };
    const signals = SIGNALS.map((spec, i): HabitSignal => {
      const thisValue = spec.measure(everyone.map((k) => k.now[i] as Part), now);
      const lastValue = spec.measure(everyone.map((k) => k.before[i] as Part), before);
      const trend = trendOf(thisValue.value, lastValue.value);
      return {
        id: spec.id, label: spec.label, unit: spec.unit, better: spec.better, thisQuarter: thisValue, lastQuarter: lastValue, trend,
        ...(trend === 'up' || trend === 'down' ? { good: trend === spec.better } : {}),
      };
    });
    return { today: ctx.today, thisQuarter, lastQuarter, signals };
  }
}

/** The manager's coaching signals over everyone's notes: this quarter, the quarter before, and the trend. */
export function coachingHabits(people: readonly PersonNotes[], ctx: CheckContext): CoachingHabits {
  return new CoachingHabitsKept().habits(people, ctx);
}
