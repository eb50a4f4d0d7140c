// Commitments kept build trust (coaching-model.md, section 7).
//
// Decisions:
// - An action item is overdue when it has a `due` date before today and is not done (`done` false or
//   absent); due today is not overdue yet. Items without `due` are never overdue.
// - The manager's own items (`owner: me`) are warnings with a message of their own: they are what the
//   manager can fix alone, and what the person watches. The person's items (`owner: them`) are hints:
//   something to follow up on, not a failing of the manager.
import { daysBetween } from '../dates';
import { fieldRange } from '../located';
import { setKey } from './entryEdits';
import { finding, present, type Rule } from './rule';
import { days, quoted } from './wording';

export const actionsOverdue: Rule = {
  id: 'actions/overdue',
  defaultSeverity: 'warning',
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
      + 'are hints to follow up on. An item is overdue once its `due` date has passed and it is not done.',
    example: [
      'actions:',
      '  - text: Get Ben a slot at the architecture guild to present the retry design',
      '    owner: me',
      '    due: 2026-11-20   # not done a week later',
    ].join('\n'),
    settings: [],
  },
  check(notes, ctx) {
    return present(notes.actions.map((a) => {
      const { due, done, owner, text } = a.item;
      if (due === undefined || done !== false || due >= ctx.today) return undefined;
      const late = days(daysBetween(due, ctx.today));
      const edit = setKey(a, 'done', ctx.today);
      return finding(actionsOverdue, ctx, {
        at: a,
        range: fieldRange(a, 'due'),
        summary: owner === 'me' ? `Your action overdue · ${late}` : `Their action overdue · ${late}`,
        message: owner === 'me'
          ? `Your commitment to ${notes.person.name}, ${quoted(text)}, is ${late} overdue: trust is built by keeping them`
          : `${notes.person.name}'s action ${quoted(text)} is ${late} overdue (due ${due}): follow up on it`,
        severity: owner === 'me' ? 'warning' : 'hint',
        fixes: edit ? [{ title: `Mark done today (${ctx.today})`, edits: [edit] }] : [],
      });
    }));
  },
};

export const actionRules: readonly Rule[] = [actionsOverdue];
