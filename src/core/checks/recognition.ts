// Telling people what they do right is half of the job (coaching-model.md, sections 2 and 7). Both
// rules are about the person as a whole and point at person.yaml.
//
// Decisions:
// - Positive feedback counts on the day it was given; `not-yet` does not count.
// - People you no longer manage (`until` before today) are left alone.
// - recognition/none-recent: recent means given at most recognitionDays (30) days ago: 30 days ago is
//   recent, 31 is not. It needs at least one 1:1 held in those days (no 1:1s is cadence's business), and a
//   person you have managed for longer than those days (`since`, else their first 1:1): a new report
//   is not flagged after one meeting.
// - recognition/imbalance: over the last 90 days, at least 3 corrections and at least 3 times as many
//   corrections as positive feedback. A correction is corrective feedback given, or a topic
//   conversation (each is corrective by nature), counted once when a 1:1 holds both on one topic; the
//   review of a plan is not a correction. A hint only: see doc.why.
// - Time away (person.yaml `away:`, see timeAway.ts) pauses recognition/none-recent: quiet while the
//   person is away, and days away do not count toward the recognition window or the time managed, so
//   the window reaches back past the time away. recognition/imbalance counts what was said, not days,
//   and is left as it is.
import { daysBetween } from '../dates';
import { heldOneOnOnes, type FeedbackEntry, type PersonNotes } from '../people/personNotes';
import { awayOf, type TimeAway } from '../people/timeAway';
import { isReviewOnly } from './escalation/episodes';
import { finding, personAnchor, present, type CheckContext, type Rule } from './rule';
import { days, notCountingAway, PAUSED_WHILE_AWAY, times } from './wording';

/** The window of recognition/imbalance, in days. */
export const IMBALANCE_WINDOW_DAYS = 90;
/** recognition/imbalance needs at least this many corrections ... */
export const IMBALANCE_MIN_CORRECTIONS = 3;
/** ... and at least this many corrections for each piece of positive feedback. */
export const IMBALANCE_RATIO = 3;

function managedToday(notes: PersonNotes, today: string): boolean {
  const until = notes.person.data?.until;
  return until === undefined || until >= today;
}

/** True when `date` is today or at most `window` days before it (days away not counted, when given). */
function within(date: string, today: string, window: number, away?: TimeAway): boolean {
  const age = daysBetween(date, today);
  return age >= 0 && (away ? away.countedDays(date, today) : age) <= window;
}

function positivesGiven(notes: PersonNotes, today: string): FeedbackEntry[] {
  return notes.feedback.filter((f) => f.item.kind === 'positive' && f.given !== undefined && f.given <= today);
}

/** The positive feedback given most recently, on or before today (the last recognition); undefined when none. */
export function lastRecognition(notes: PersonNotes, today: string): FeedbackEntry | undefined {
  return positivesGiven(notes, today).reduce<FeedbackEntry | undefined>(
    (latest, f) => (!latest || (f.given as string) >= (latest.given as string) ? f : latest), undefined);
}

export const recognitionNoneRecent: Rule = {
  id: 'recognition/none-recent',
  defaultSeverity: 'warning',
  afterUntil: 'quiet',
  title: 'No positive feedback lately',
  label: 'No recent recognition',
  guidance:
    'Look for something this person did well recently, however small, and tell them soon: what they did, and '
    + 'the difference it made. Write it down as positive feedback. If you cannot think of anything, that is '
    + 'worth noticing too: watch for it on purpose this week.',
  doc: {
    why:
      'People learn what to keep doing from positive feedback, and it is what makes corrections easy to hear. '
      + 'When you keep meeting someone but the notes show no recognition for weeks, the gap is usually in what '
      + 'the manager notices, not in the person. The check fires when at least one 1:1 happened in the recognition '
      + 'window and no positive feedback was given in it. '
      + PAUSED_WHILE_AWAY,
    example: [
      '# person.yaml (weekly 1:1s on 29 October, 5 and 12 November; today 27 November)',
      'name: Chen Wei',
      'cadence: weekly',
      '# the last positive feedback was given on 8 October',
    ].join('\n'),
    settings: ['recognitionDays'],
  },
  check(notes, ctx) {
    const window = ctx.settings.recognitionDays;
    if (!managedToday(notes, ctx.today)) return [];
    const away = awayOf(notes);
    if (away.awayOn(ctx.today)) return [];
    const held = heldOneOnOnes(notes, ctx.today);
    const start = notes.person.data?.since ?? held[0]?.date;
    if (start === undefined || away.countedDays(start, ctx.today) <= window) return [];
    const met = held.filter((o) => within(o.date, ctx.today, window, away)).length;
    if (met === 0) return [];
    const last = lastRecognition(notes, ctx.today);
    if (last?.given !== undefined && within(last.given, ctx.today, window, away)) return [];
    const since = last?.given === undefined ? 'none recorded' : `the last was given ${days(daysBetween(last.given, ctx.today))} ago`;
    const awayInWindow = away.daysAwayBetween(away.countedDaysBefore(ctx.today, window), ctx.today);
    return present([finding(recognitionNoneRecent, ctx, {
      at: personAnchor(notes),
      summary: last?.given === undefined ? 'No positive feedback yet' : `No positive feedback · ${days(daysBetween(last.given, ctx.today))}`,
      message: `No positive feedback for ${notes.person.name} in the last ${days(window)}${notCountingAway(awayInWindow)} (${since}), though you met ${times(met)}`,
      related: last?.given === undefined ? [] : [{ file: last.file, range: last.range, message: `Last positive feedback, given ${last.given}` }],
      fixes: [{ title: `Log positive feedback for ${notes.person.name}…`, edits: [], command: { kind: 'log-feedback', personId: notes.person.id, feedbackKind: 'positive' } }],
    })]);
  },
};

/** Corrections in the imbalance window: corrective feedback, and topic conversations not already counted with it. */
function correctionsWithin(notes: PersonNotes, ctx: CheckContext): number {
  const counted = new Set<string>();
  let count = 0;
  for (const f of notes.feedback) {
    if (f.item.kind !== 'corrective' || f.given === undefined || !within(f.given, ctx.today, IMBALANCE_WINDOW_DAYS)) continue;
    count += 1;
    if (f.oneOnOne && f.item.topic !== undefined) counted.add(`${f.file}#${f.item.topic}`);
  }
  for (const thread of notes.topicThreads) {
    for (const c of thread.conversations) {
      if (!within(c.date, ctx.today, IMBALANCE_WINDOW_DAYS) || isReviewOnly(c) || counted.has(`${c.file}#${c.topicId}`)) continue;
      count += 1;
    }
  }
  return count;
}

export const recognitionImbalance: Rule = {
  id: 'recognition/imbalance',
  defaultSeverity: 'hint',
  afterUntil: 'quiet',
  title: 'Corrections far outweigh recognition',
  label: 'Mostly corrections',
  guidance:
    'Read back this person\'s last three months of notes as they would experience them. Are there good things '
    + 'you saw and never said? Say them, specifically. Keep correcting what needs correcting: the point is not a '
    + 'quota, it is that the person also hears what to keep doing.',
  doc: {
    why:
      'Someone who hears mostly corrections learns what to stop, not what to keep, and may start to read every '
      + '1:1 as a verdict. This is only a hint, and the numbers behind it are a rough rule of thumb: the '
      + 'once-popular claim of an exact ideal ratio of positive to negative remarks (the "Losada ratio") rested on '
      + 'mathematics that was later shown not to hold, and was formally withdrawn. It fires when, over the last 90 '
      + 'days, there were at least 3 corrections (corrective feedback and topic conversations) and at least 3 '
      + 'times as many corrections as positive feedback.',
    example: [
      '# 2026-11-12.yaml: the ninth correction in 90 days, against three pieces of positive feedback',
      'date: 2026-11-12',
      'topics:',
      '  - id: ticket-hygiene',
      '    stance: supportive',
      '    expectation: Move a ticket to "In review" when its pull request is up.',
    ].join('\n'),
    settings: [],
  },
  check(notes, ctx) {
    if (!managedToday(notes, ctx.today)) return [];
    const corrections = correctionsWithin(notes, ctx);
    const positives = positivesGiven(notes, ctx.today).filter((f) => within(f.given as string, ctx.today, IMBALANCE_WINDOW_DAYS)).length;
    if (corrections < IMBALANCE_MIN_CORRECTIONS || corrections < IMBALANCE_RATIO * positives) return [];
    return present([finding(recognitionImbalance, ctx, {
      at: personAnchor(notes),
      message: `In the last ${IMBALANCE_WINDOW_DAYS} days ${notes.person.name} received ${corrections} corrections and ${positives} pieces of positive feedback; do they hear what to keep doing?`,
    })]);
  },
};

export const recognitionRules: readonly Rule[] = [recognitionNoneRecent, recognitionImbalance];
