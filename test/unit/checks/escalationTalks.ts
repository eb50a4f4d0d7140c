// Topic conversations for the escalation tests: a 1:1 file holding one conversation on a topic, with
// everything its stance should show unless a test says otherwise. Not a test file itself.
import type { Stance } from '../../../src/core/schema';

/** Keys (already indented by four) that make each stance complete. */
export const COMPLETE: Record<Stance, string> = {
  supportive: [
    '    expectation: A first response on any review request within one working day.',
    '    support: [Pair with Ana on two reviews]',
  ].join('\n'),
  socratic: [
    '    questions: [What gets in the way of a first response?]',
    '    theirView: The requests get lost among other messages.',
  ].join('\n'),
  plan: [
    '    goals: [A first response within one working day]',
    '    measures: [Days to first response, from the review report]',
    '    support: [I take the status meeting for a month]',
    '    reviewDate: 2026-12-31',
  ].join('\n'),
};

export interface TalkOptions {
  /** The keys after `stance:` (four-space indented); the stance's complete set when absent. */
  readonly body?: string;
  readonly status?: 'open' | 'improving' | 'resolved';
  readonly topic?: string;
}

/** `[file name, text]` of a 1:1 on `date` with one conversation on the topic. */
export function talk(date: string, stance: Stance, options: TalkOptions = {}): [string, string] {
  const lines = [
    `date: ${date}`,
    'topics:',
    '  # the topic of this 1:1',
    `  - id: ${options.topic ?? 'review-latency'}`,
    `    stance: ${stance}`,
    options.body ?? COMPLETE[stance],
    ...(options.status ? [`    status: ${options.status}`] : []),
  ];
  return [`${date}.yaml`, `${lines.filter((l) => l !== '').join('\n')}\n`];
}

/** The files of a person from several talks. */
export function talks(...list: [string, string][]): Record<string, string> {
  return Object.fromEntries(list);
}
