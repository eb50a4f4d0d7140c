import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { addDays } from '../../../src/core/dates';
import { episodesOf, expectedStance, isReviewOnly, ordinal } from '../../../src/core/checks/escalation/episodes';
import { DEFAULT_SETTINGS } from '../../../src/core/checks/settings';
import type { TopicThread } from '../../../src/core/people/topicThreads';
import { ctxOn, notesOf } from './builders';
import { talk, talks } from './escalationTalks';

const REVIEW = '    review: { outcome: Goals met; plan closed. }';

function thread(files: Record<string, string>): TopicThread {
  const [only] = notesOf(files).topicThreads;
  assert.ok(only);
  return only;
}

/** A topic resolved on 2026-01-05 that comes back `days` days later. */
function backAfter(days: number): TopicThread {
  return thread(talks(talk('2026-01-05', 'supportive', { status: 'resolved' }), talk(addDays('2026-01-05', days), 'supportive')));
}

describe('escalation episodes', () => {
  it('a topic resolved 179 or 180 days before it comes back is the same episode; 181 days starts a new one', () => {
    assert.deepEqual(episodesOf(backAfter(179), DEFAULT_SETTINGS).map((e) => e.length), [2]);
    assert.deepEqual(episodesOf(backAfter(180), DEFAULT_SETTINGS).map((e) => e.length), [2]);
    assert.deepEqual(episodesOf(backAfter(181), DEFAULT_SETTINGS).map((e) => e.length), [1, 1]);
  });

  it('follows the newEpisodeAfterDays setting', () => {
    assert.deepEqual(episodesOf(backAfter(31), { newEpisodeAfterDays: 30 }).map((e) => e.length), [1, 1]);
    assert.deepEqual(episodesOf(backAfter(30), { newEpisodeAfterDays: 30 }).map((e) => e.length), [2]);
  });

  it('an open or improving topic never starts a new episode, however long the gap', () => {
    const t = thread(talks(talk('2025-01-05', 'supportive', { status: 'improving' }), talk('2026-06-05', 'socratic')));
    assert.deepEqual(episodesOf(t, DEFAULT_SETTINGS).map((e) => e.length), [2]);
  });

  it('expects socratic after one conversation, a plan after two, and a plan (its review) after a plan', () => {
    const ctx = ctxOn('2026-03-01');
    const one = talk('2026-01-05', 'supportive');
    const two = talk('2026-01-19', 'socratic');
    assert.deepEqual(expectedStance(thread(talks(one)), ctx), { n: 1, expected: 'socratic' });
    assert.deepEqual(expectedStance(thread(talks(one, two)), ctx), { n: 2, expected: 'plan' });
    assert.deepEqual(expectedStance(thread(talks(talk('2026-01-05', 'plan'))), ctx), { n: 1, expected: 'plan' });
  });

  it('expects nothing once the topic is resolved; a new episode starts from supportive again', () => {
    const ctx = ctxOn('2026-12-01');
    assert.equal(expectedStance(thread(talks(talk('2026-01-05', 'supportive', { status: 'resolved' }))), ctx), undefined);
    assert.deepEqual(expectedStance(backAfter(181), ctx), { n: 1, expected: 'socratic' });
    assert.deepEqual(expectedStance(backAfter(180), ctx), { n: 2, expected: 'plan' });
  });

  it('a plan entry with only a review (and status) is a review; with goals or a review date it is a plan', () => {
    const t = thread(talks(
      talk('2026-01-05', 'plan', { body: REVIEW, status: 'resolved' }),
      talk('2026-01-12', 'plan', { body: `${REVIEW}\n    reviewDate: 2026-02-12` }),
      talk('2026-01-19', 'plan'),
    ));
    assert.deepEqual(t.conversations.map(isReviewOnly), [true, false, false]);
  });

  it('writes ordinals', () => {
    assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal), ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st']);
  });
});
