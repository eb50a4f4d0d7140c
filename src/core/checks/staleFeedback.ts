// Corrective feedback that was given and then left alone goes stale (coaching-model.md, section 4):
// the headline warning.
//
// Decisions:
// - Only corrective feedback that was given (not `not-yet`: feedback/not-given covers that).
// - The latest follow-up is the item's `followUp`, or a later conversation on the topic the item names
//   (`topic:`), whichever is newer: taking it up as a topic is following it up (escalating it). A
//   conversation in the same 1:1 the feedback was given in is where it started, not a follow-up.
// - `resolved` is done. Otherwise the item is stale when the latest follow-up (or, without one, the
//   day it was given) is more than staleFeedbackDays (14) old: 14 days is fine, 15 is stale.
// - Time away (person.yaml `away:`, see timeAway.ts): quiet while the person is away; afterwards the
//   days away do not count toward the age.
import type { Fix, RelatedLocation } from '../findings';
import { fieldRange, locate } from '../people/located';
import { latestFollowUp } from '../people/followUp';
import type { FeedbackEntry, TopicConversationEntry } from '../people/personNotes';
import type { ProgressState } from '../schema';
import { awayOf } from '../people/timeAway';
import { childPath } from '../reading/yamlSpans';
import { setKey } from './entryEdits';
import { finding, present, type Rule } from './rule';
import { days, notCountingAway, PAUSED_WHILE_AWAY } from './wording';

/** The conversation on the item's topic that counts as its latest follow-up, as a related location. */
function onTopic(c: TopicConversationEntry): RelatedLocation {
  return { file: c.file, range: fieldRange(c, 'id'), message: `Conversation on ${c.topicId}, ${c.date} (${c.status})` };
}

function followUpFix(entry: FeedbackEntry, state: ProgressState, today: string): Fix | undefined {
  const title = `Mark ${state} today (${today})`;
  if (entry.item.followUp) {
    const node = locate(entry.loaded, childPath(entry.path, 'followUp'));
    const edits = [setKey(node, 'state', state), setKey(node, 'date', today)];
    return edits[0] && edits[1] ? { title, edits: [edits[0], edits[1]] } : undefined;
  }
  const edit = setKey(entry, 'followUp', `{ state: ${state}, date: ${today} }`);
  return edit ? { title, edits: [edit] } : undefined;
}

export const feedbackStale: Rule = {
  id: 'feedback/stale',
  defaultSeverity: 'warning',
  afterUntil: 'quiet',
  title: 'Corrective feedback not followed up',
  label: 'Stale feedback',
  guidance:
    'Check in on it: has the behaviour changed since you raised it? Say what you have seen, and acknowledge '
    + 'the improvement if there is one. Then record it on the original item as `followUp: { state, date }`: '
    + 'resolved when it is behind you, improving or open when you will look again. If it keeps coming back, '
    + 'give it a `topic:` and take it up as a topic conversation.',
  doc: {
    why:
      'Corrective feedback that is never followed up leaves both sides guessing: the person does not know whether '
      + 'the change was noticed, and you do not know whether it happened. An item goes stale when it was given, '
      + 'or last followed up as open or improving, more than the stale setting\'s days ago. A later conversation '
      + 'on the topic the item names counts as a follow-up; `resolved` ends it. '
      + PAUSED_WHILE_AWAY,
    example: [
      '# feedback.yaml',
      'feedback:',
      '  - kind: corrective',
      '    observed: 2026-10-30',
      '    given: 2026-10-30',
      '    behaviour: Merged a change to billing code with one approval; the rule for billing code is two.',
      '    # no followUp, four weeks later',
    ].join('\n'),
    settings: ['staleFeedbackDays'],
  },
  check(notes, ctx) {
    const limit = ctx.settings.staleFeedbackDays;
    const away = awayOf(notes);
    if (away.awayOn(ctx.today)) return [];
    return present(notes.feedback.map((entry) => {
      if (entry.item.kind !== 'corrective' || entry.given === undefined) return undefined;
      const latest = latestFollowUp(entry, notes);
      if (latest?.state === 'resolved') return undefined;
      const since = latest?.date ?? entry.given;
      const age = away.countedDays(since, ctx.today);
      if (age <= limit) return undefined;
      const skipped = notCountingAway(away.daysAwayBetween(since, ctx.today));
      const message = latest
        ? `Corrective feedback last followed up ${days(age)} ago (${latest.state}, ${latest.date}${skipped}); check in on it again`
        : `Corrective feedback given ${days(age)} ago (${entry.given}${skipped}) and never followed up; has anything changed?`;
      return finding(feedbackStale, ctx, {
        at: entry,
        range: fieldRange(entry, 'kind'),
        message,
        summary: `Stale feedback · ${days(age)}`,
        related: latest?.conversation ? [onTopic(latest.conversation)] : [],
        fixes: () => [followUpFix(entry, 'improving', ctx.today), followUpFix(entry, 'resolved', ctx.today)].filter((f): f is Fix => f !== undefined),
      });
    }));
  },
};

export const staleFeedbackRules: readonly Rule[] = [feedbackStale];
