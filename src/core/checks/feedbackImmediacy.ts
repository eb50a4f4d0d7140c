// Feedback is worth most right after what was observed (coaching-model.md, section 4).
//
// Decisions:
// - The delay is whole days from `observed` to when it was given (`given`, or the 1:1's date when a
//   1:1 file leaves `given` out). More than feedbackDelayHintDays (2) is a hint, more than
//   feedbackDelayWarningDays (7) a warning: 2 days says nothing, 3 and 7 are hints, 8 is a warning.
// - `given: not-yet` is a hint from the day it was observed and a warning once it is older than
//   feedbackDelayWarningDays; it is counted to today, so it grows every day. Feedback observed after
//   today (a typo, most likely) is left alone.
// - Time away (person.yaml `away:`, see timeAway.ts) pauses feedback/not-given: quiet while the person
//   is away, and days away do not count toward its age. feedback/delay records what happened between
//   two dates written in the notes and is left as it is.
import { daysBetween } from '../dates';
import { fieldRange } from '../people/located';
import type { FeedbackEntry } from '../people/personNotes';
import { awayOf } from '../people/timeAway';
import { setKey } from './entryEdits';
import { finding, present, type Rule } from './rule';
import { days, notCountingAway, PAUSED_WHILE_AWAY } from './wording';

function kindWord(entry: FeedbackEntry): string {
  return entry.item.kind === 'positive' ? 'Positive' : 'Corrective';
}

export const feedbackDelay: Rule = {
  id: 'feedback/delay',
  defaultSeverity: 'warning',
  afterUntil: 'hint',
  title: 'Feedback given long after it was observed',
  label: 'Late feedback',
  guidance:
    'Nothing to change in this entry: it is a true record. Next time, say it sooner: within a day or two, while '
    + 'both of you remember the details and before a habit sets in. Feedback does not need to wait for the next '
    + '1:1; give it on the spot or in a message, and log it in feedback.yaml with the date you gave it.',
  doc: {
    why:
      'Feedback helps most when it follows the behaviour closely: the person can still connect it to what they '
      + 'did, and can change course before a habit forms or the damage grows. Praise that comes weeks late tells '
      + 'them little about what to repeat. The check measures the days from `observed` to `given` (in a 1:1 '
      + 'file, the 1:1\'s date when `given` is left out): more than the hint setting is a hint, more than the '
      + 'warning setting a warning. With the defaults, 2 days says nothing, 3 to 7 days is a hint and 8 or more a '
      + 'warning.',
    example: [
      '# 2026-11-11.yaml',
      'date: 2026-11-11',
      'feedback:',
      '  - kind: positive',
      '    observed: 2026-11-02   # given in this 1:1, 9 days later: a warning',
      '    behaviour: Suggested idempotency keys instead of a new deduplication service.',
    ].join('\n'),
    settings: ['feedbackDelayHintDays', 'feedbackDelayWarningDays'],
  },
  check(notes, ctx) {
    const { feedbackDelayHintDays: hintAfter, feedbackDelayWarningDays: warnAfter } = ctx.settings;
    return present(notes.feedback.map((entry) => {
      if (entry.given === undefined) return undefined;
      const delay = daysBetween(entry.item.observed, entry.given);
      if (delay <= hintAfter && delay <= warnAfter) return undefined;
      return finding(feedbackDelay, ctx, {
        at: entry,
        range: entry.item.given !== undefined ? fieldRange(entry, 'given') : entry.range,
        summary: `Late feedback · ${days(delay)}`,
        message: `${kindWord(entry)} feedback given ${days(delay)} after it was observed (${entry.item.observed} to ${entry.given}); the sooner, the more it helps`,
        severity: delay > warnAfter ? 'warning' : 'hint',
      });
    }));
  },
};

export const feedbackNotGiven: Rule = {
  id: 'feedback/not-given',
  defaultSeverity: 'warning',
  afterUntil: 'quiet',
  title: 'Feedback observed and not given yet',
  label: 'Feedback not given',
  guidance:
    'Give it now: at your next chance today, in person or in a short message, rather than saving it for the '
    + 'next 1:1. Then replace `not-yet` with the date you gave it. If the moment has truly passed, say so and '
    + 'remove the entry, so the log shows what the person actually heard.',
  doc: {
    why:
      'Feedback you noticed but have not said is the worst kind of delay: it gets older, and less useful, every '
      + 'day it waits. It is a hint from the day it was observed and becomes a warning once it is older than '
      + 'the warning setting for feedback delay. ' + PAUSED_WHILE_AWAY,
    example: [
      '# feedback.yaml',
      'feedback:',
      '  - kind: positive',
      '    observed: 2026-11-20',
      '    given: not-yet',
      '    behaviour: Ran the cut-over from the rehearsed runbook, calling each step out in the channel.',
    ].join('\n'),
    settings: ['feedbackDelayWarningDays'],
  },
  check(notes, ctx) {
    const away = awayOf(notes);
    if (away.awayOn(ctx.today)) return [];
    return present(notes.feedback.map((entry) => {
      if (entry.given !== undefined) return undefined;
      if (daysBetween(entry.item.observed, ctx.today) < 0) return undefined;
      const age = away.countedDays(entry.item.observed, ctx.today);
      const skipped = notCountingAway(away.daysAwayBetween(entry.item.observed, ctx.today));
      return finding(feedbackNotGiven, ctx, {
        at: entry,
        range: fieldRange(entry, 'given'),
        summary: `Feedback not given · ${age === 0 ? 'today' : days(age)}`,
        message: `${kindWord(entry)} feedback observed ${age === 0 ? 'today' : `${days(age)} ago`}${skipped ? `${skipped},` : ''} and not given yet; it loses value every day it waits`,
        severity: age > ctx.settings.feedbackDelayWarningDays ? 'warning' : 'hint',
        fixes: () => {
          const edit = setKey(entry, 'given', ctx.today);
          return edit ? [{ title: `Mark as given today (${ctx.today})`, edits: [edit] }] : [];
        },
      });
    }));
  },
};

export const feedbackImmediacyRules: readonly Rule[] = [feedbackDelay, feedbackNotGiven];
