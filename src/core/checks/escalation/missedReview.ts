// escalation/missed-review: the latest plan of a topic that is still open has a review date in the
// past, and no review is written: neither on the plan entry itself nor in a conversation after it.
// A review on the plan entry is this plan's, dated or taking the 1:1's date, unless the episode holds
// an earlier plan and the review is not dated after this 1:1: then it is the review of that earlier
// plan, written where the plan was revised.
// An outcome still reading as the placeholder of the "add the review" action is no review yet.
// Time away (person.yaml `away:`, see timeAway.ts) pauses it: quiet while the person is away, and a
// review date that falls in the time away is missed once a day has passed since they came back.
//
// Its fix is a command (templates/reviewEntry.ts decides where the review goes): in the person's 1:1
// of today when there is one, else on the plan entry, dated today.
import { fieldRange } from '../../people/located';
import type { TopicConversationEntry } from '../../people/personNotes';
import { awayOf } from '../../people/timeAway';
import type { TopicThread } from '../../people/topicThreads';
import { finding, present, type Rule } from '../rule';
import type { CheckSettings } from '../settings';
import { days, notCountingAway, PAUSED_WHILE_AWAY } from '../wording';
import { episodesOf, hasReview, isReviewOnly, topicName } from './episodes';

/** The written plan a topic is under, and whether a review is written after it. */
export interface OpenPlan {
  readonly plan: TopicConversationEntry;
  readonly reviewDate?: string;
  readonly reviewed: boolean;
  /** The conversations on the topic after the plan, in its episode: where a review was looked for. */
  readonly after: readonly TopicConversationEntry[];
  /** The plan entry holds a review, which is the review of an earlier plan (the plan was revised). */
  readonly reviewOfEarlier: boolean;
}

/**
 * The latest plan of a topic that is still open, in its current episode (a review-only entry is not a
 * plan of its own). Undefined when the topic is resolved or no plan is written in this episode.
 */
export function openPlan(thread: TopicThread, settings: Pick<CheckSettings, 'newEpisodeAfterDays'>): OpenPlan | undefined {
  const episodes = episodesOf(thread, settings);
  const episode = episodes[episodes.length - 1] ?? [];
  if (episode[episode.length - 1]?.status === 'resolved') return undefined;
  const planAt = episode.findLastIndex((e) => e.stance === 'plan' && !isReviewOnly(e));
  const plan = episode[planAt];
  if (!plan) return undefined;
  const revised = episode.slice(0, planAt).some((e) => e.stance === 'plan' && !isReviewOnly(e));
  const reviewedOnPlan = hasReview(plan) && (!revised || (plan.conversation.review?.date ?? plan.date) > plan.date);
  const after = episode.slice(planAt + 1);
  const reviewed = reviewedOnPlan || after.some(hasReview);
  const reviewDate = plan.conversation.reviewDate;
  const open = { plan, reviewed, after, reviewOfEarlier: hasReview(plan) && !reviewedOnPlan };
  return reviewDate === undefined ? open : { ...open, reviewDate };
}

/** Where the review was looked for, as a sentence: the plan entry and the conversations after it. */
function lookedAt({ plan, after, reviewOfEarlier }: OpenPlan): string {
  const last = after[after.length - 1];
  const since = last === undefined
    ? `Looked at: the plan entry of ${plan.date}; no conversation on the topic is written after it.`
    : `Looked at: the plan entry of ${plan.date} and the ${after.length === 1 ? 'conversation' : `${after.length} conversations`} on the topic after it, up to ${last.date}.`;
  return reviewOfEarlier ? `${since} The review on the plan entry is not dated after that 1:1, so it is the review of the plan before.` : since;
}

export const missedReview: Rule = {
  id: 'escalation/missed-review',
  defaultSeverity: 'warning',
  afterUntil: 'quiet',
  title: 'A plan whose review date has passed',
  label: 'Plan review missed',
  guidance:
    'Hold the review you promised, or write down the one you held: add a `plan` entry on the same topic in the 1:1 ' +
    'where you reviewed it, with `review: { outcome: ... }` saying what the measures show and what happens next ' +
    '(or write the review, with the `date` it was held, on the plan entry itself). ' +
    'If the review had to move, say so and set a new `reviewDate` on the plan.',
  doc: {
    why:
      'A formal plan is only fair with its review: the person worked towards dated goals and deserves to hear where ' +
      'they stand. A plan left unreviewed either hangs over them or quietly lapses, and both erode trust. ' +
      PAUSED_WHILE_AWAY,
    example: [
      'topics:',
      '  - id: design-review-turnaround',
      '    stance: plan',
      '    goals: [A first response on every design request within three working days]',
      '    reviewDate: 2026-11-23   # passed, and no later 1:1 records a review',
    ].join('\n'),
    settings: [],
  },
  check(notes, ctx) {
    const away = awayOf(notes);
    if (away.awayOn(ctx.today)) return [];
    return present(
      notes.topicThreads.map((thread) => {
        const open = openPlan(thread, ctx.settings);
        const due = open?.reviewDate;
        if (!open || open.reviewed || due === undefined || due >= ctx.today) return undefined;
        const { plan } = open;
        const late = away.countedDays(due, ctx.today);
        if (late <= 0) return undefined;
        return finding(missedReview, ctx, {
          at: plan,
          range: fieldRange(plan, 'reviewDate'),
          summary: `Plan review missed · ${days(late)}`,
          message: `The plan on ${topicName(thread)} was due for review on ${due} (${days(late)} ago${notCountingAway(away.daysAwayBetween(due, ctx.today))}), and no review is written since. ${lookedAt(open)}`,
          fixes: [{ title: 'Add the review of this plan', edits: [], command: { kind: 'add-review', file: plan.file, path: plan.path } }],
        });
      }),
    );
  },
};
