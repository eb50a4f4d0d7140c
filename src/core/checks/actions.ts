// Commitments kept build trust (coaching-model.md, section 7).
//
// Decisions:
// - An action item is overdue when it has a `due` date before today and is not done (`done` false or
//   absent); due today is not overdue yet. Items without `due` are never overdue.
// - The manager's own items (`owner: me`) are warnings with a message of their own: they are what the
//   manager can fix alone, and what the person watches. The person's items (`owner: them`) are hints:
//   something to follow up on, not a failing of the manager.
// - Time away (person.yaml `away:`, see timeAway.ts) pauses the person's own items: quiet while the
//   person is away, and the days away do not count afterwards (an item due during the time away is
//   overdue once a day has passed since they came back). The manager's own items do not pause.
import { daysBetween } from '../dates';
import { fieldRange } from '../people/located';
import { awayOf } from '../people/timeAway';
import { setKey } from './entryEdits';
import { finding, present, type Rule } from './rule';
import { days, notCountingAway, quoted } from './wording';

export const actionsOverdue: Rule = {
  id: 'actions/overdue',
  defaultSeverity: 'warning',
  afterUntil: 'quiet',
  title: 'An action item is overdue',
  label: 'Action overdue',
  guidance:
    'If it is yours: do it now, or tell the person it will be late and when it will be done. Moving a date '
    + 'openly keeps trust, missing it silently costs it. If it is theirs: ask about it in the next 1:1 and '
    + 'find out what got in the way. When an item is done, mark it with the date: `done: 2026-03-05`.',
  doc: {
    why:
      'A commitment the manager keeps is one of the plainest signals of respect; one quietly dropped teaches the '
      + 'person that 1:1 agreements do not count. The manager\'s own overdue items are warnings; the person\'s '
      + 'are hints to follow up on. An item is overdue once its `due` date has passed and it is not done. Time away written in person.yaml (`away:`) '
      + 'pauses the person\'s own items: quiet while they are away, and the days away do not count once they are back.',
    example: [
      'actions:',
      '  - text: Get Ben a slot at the architecture guild to present the retry design',
      '    owner: me',
      '    due: 2026-11-20   # not done a week later',
    ].join('\n'),
    settings: [],
  },
  check(notes, ctx) {
    const away = awayOf(notes);
    const awayToday = away.awayOn(ctx.today) !== undefined;
    return present(notes.actions.map((a) => {
      const { due, done, owner, text } = a.item;
      if (due === undefined || done !== false || due >= ctx.today) return undefined;
      const paused = owner === 'them';
      if (paused && awayToday) return undefined;
      const lateDays = paused ? away.countedDays(due, ctx.today) : daysBetween(due, ctx.today);
      if (lateDays <= 0) return undefined;
      const late = days(lateDays);
      return finding(actionsOverdue, ctx, {
        at: a,
        range: fieldRange(a, 'due'),
        summary: owner === 'me' ? `Your action overdue · ${late}` : `Their action overdue · ${late}`,
        message: owner === 'me'
          ? `Your commitment to ${notes.person.name}, ${quoted(text)}, is ${late} overdue: trust is built by keeping them`
          : `${notes.person.name}'s action ${quoted(text)} is ${late} overdue (due ${due}${notCountingAway(away.daysAwayBetween(due, ctx.today))}): follow up on it`,
        severity: owner === 'me' ? 'warning' : 'hint',
        fixes: () => {
          const edit = setKey(a, 'done', ctx.today);
          return edit ? [{ title: `Mark done today (${ctx.today})`, edits: [edit] }] : [];
        },
      });
    }));
  },
};

export const actionRules: readonly Rule[] = [actionsOverdue];
