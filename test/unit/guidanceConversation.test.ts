import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { allRules } from '../../src/core/checks/registry';
import type { CheckContext } from '../../src/core/checks/rule';
import { conversationHover, conversationLensTitle, conversationsIn, templateToOffer, type ConversationPlace } from '../../src/core/guidance/conversation';
import { ctxOn, notesOf, type PersonFiles } from './checks/builders';

const ctx = ctxOn('2026-03-01');
const docs = (id: string) => `docs#${id}`;

/** A 1:1 file with one conversation on `review-depth`, with something written in it (`notes`, unless `extra` says more). */
function talk(date: string, stance: string, extra = '    notes: Talked it through.\n'): string {
  return `date: ${date}\ntopics:\n  - id: review-depth\n    stance: ${stance}\n${extra}`;
}

function placesIn(files: PersonFiles, name: string, context: CheckContext = ctx): ConversationPlace[] {
  return conversationsIn(notesOf(files), `p/${name}`, context.settings);
}

function only(files: PersonFiles, name: string): ConversationPlace {
  const places = placesIn(files, name);
  assert.equal(places.length, 1);
  return places[0] as ConversationPlace;
}

function hoverOf(files: PersonFiles, name: string): string {
  const notes = notesOf(files);
  const findings = allRules.flatMap((r) => r.check(notes, ctx));
  return conversationHover(only(files, name), ctx, findings, docs);
}

describe('guidance: topic conversations', () => {
  const first = talk('2026-02-01', 'supportive', '    expectation: Two reviewers read every migration.\n    support: [Pairing on the next two]\n');

  it('counts the conversation and names the stance the model expects', () => {
    const files = { '2026-02-01.yaml': first, '2026-02-08.yaml': talk('2026-02-08', 'socratic') };
    assert.equal(conversationLensTitle(only(files, '2026-02-01.yaml')), 'Conversation 1 of 3 · expected: Supportive');
    assert.equal(conversationLensTitle(only(files, '2026-02-08.yaml')), 'Conversation 2 of 3 · expected: Socratic');
  });

  it('counts a topic id in doubt (a likely slip for an open topic) with that topic, as Problems does', () => {
    const files = { '2026-02-01.yaml': first, '2026-02-08.yaml': talk('2026-02-08', 'socratic').replace('review-depth', 'review-dept') };
    assert.equal(conversationLensTitle(only(files, '2026-02-08.yaml')), 'Conversation 2 of 3 · expected: Socratic');
  });

  it('expects a plan from the 3rd conversation on, and says so past the 3rd', () => {
    const files = {
      '2026-01-01.yaml': talk('2026-01-01', 'supportive'), '2026-01-08.yaml': talk('2026-01-08', 'socratic'),
      '2026-01-15.yaml': talk('2026-01-15', 'plan'), '2026-01-22.yaml': talk('2026-01-22', 'plan'),
    };
    assert.equal(conversationLensTitle(only(files, '2026-01-15.yaml')), 'Conversation 3 of 3 · expected: Plan');
    assert.equal(conversationLensTitle(only(files, '2026-01-22.yaml')), 'Conversation 4 · expected: Plan');
  });

  it('calls a plan entry with only a review the review of the plan, and offers no template for it', () => {
    const files = {
      '2026-01-01.yaml': talk('2026-01-01', 'supportive'), '2026-01-08.yaml': talk('2026-01-08', 'socratic'),
      '2026-01-15.yaml': talk('2026-01-15', 'plan'), '2026-02-15.yaml': talk('2026-02-15', 'plan', '    review: { outcome: Goals met. }\n'),
    };
    const review = only(files, '2026-02-15.yaml');
    assert.equal(conversationLensTitle(review), 'Conversation 4 · review of the plan');
    assert.equal(templateToOffer(review), undefined);
  });

  it('offers the expected template until the entry is at that stance with its essentials written', () => {
    const second = (extra: string) => ({ '2026-02-01.yaml': first, '2026-02-08.yaml': talk('2026-02-08', 'socratic', extra) });
    assert.equal(templateToOffer(only(second(''), '2026-02-08.yaml')), 'socratic');
    assert.equal(templateToOffer(only(second('    questions: [What gets in the way?]\n'), '2026-02-08.yaml')), 'socratic');
    assert.equal(templateToOffer(only(second('    questions: [What gets in the way?]\n    theirView: Too many at once.\n'), '2026-02-08.yaml')), undefined);
    const stuck = { '2026-02-01.yaml': first, '2026-02-08.yaml': talk('2026-02-08', 'supportive', '    expectation: x\n    support: [y]\n') };
    assert.equal(templateToOffer(only(stuck, '2026-02-08.yaml')), 'socratic');
  });

  it('shows an entry with nothing written yet as the conversation it will be, without counting it', () => {
    const files = {
      '2026-01-01.yaml': talk('2026-01-01', 'supportive'), '2026-01-08.yaml': talk('2026-01-08', 'socratic'),
      '2026-01-15.yaml': talk('2026-01-15', 'plan', '    goals:\n      - <one specific goal>\n    explanation: <why it matters>\n    status: open\n'),
      '2026-01-15b.yaml': talk('2026-01-15', 'plan', ''),
    };
    const planned = placesIn(files, '2026-01-15.yaml');
    assert.deepEqual(planned.map((p) => [p.planned, conversationLensTitle(p)]), [[true, 'Conversation 3 of 3 · expected: Plan']]);
    assert.deepEqual(placesIn(files, '2026-01-15b.yaml').map((p) => conversationLensTitle(p)), ['Conversation 3 of 3 · expected: Plan'], 'neither counts the other');
    assert.equal(templateToOffer(planned[0] as ConversationPlace), 'plan');
    assert.equal(notesOf(files).topicThreads[0]?.conversations.length, 2);
    const hover = conversationHover(planned[0] as ConversationPlace, ctx, [], docs);
    assert.match(hover, /^\*\*3rd conversation on review-depth\*\*: the model expects a \*\*Plan\*\* conversation now/);
    assert.match(hover, /Nothing is written here yet, so it does not count as a conversation/);
    assert.doesNotMatch(hover, /next time/);
  });

  it('lists every conversation of a file, one per topic', () => {
    const files = { '2026-02-01.yaml': `${first}  - id: on-call\n    stance: supportive\n` };
    assert.deepEqual(placesIn(files, '2026-02-01.yaml').map((p) => p.thread.topicId), ['review-depth', 'on-call']);
  });

  it('hovers: where the conversation stands, what the stage is for, where to write it, what comes next', () => {
    const files = { '2026-02-01.yaml': first, '2026-02-08.yaml': talk('2026-02-08', 'socratic', '    questions: [What gets in the way?]\n    theirView: Too many at once.\n') };
    const text = hoverOf(files, '2026-02-08.yaml');
    assert.match(text, /^\*\*2nd conversation on review-depth\*\*: the model expects a \*\*Socratic\*\* conversation now\./);
    assert.match(text, /open questions/);
    assert.match(text, /`questions`, `barriers`, `rootCause`, `theirView`, `support`/);
    assert.match(text, /If it is still open next time, the 3rd conversation brings a written plan/);
    assert.doesNotMatch(text, /escalation\//, 'no rule to point at when the entry follows the model');
  });

  it('hovers: explains a skipped stage, a stuck one and an empty one, linking each rule', () => {
    const skipped = hoverOf({ '2026-02-01.yaml': talk('2026-02-01', 'plan') }, '2026-02-01.yaml');
    assert.match(skipped, /This entry says `plan`, ahead of the model\. Change it to `supportive`/);
    assert.match(skipped, /\[escalation\/skipped-stage\]\(docs#escalation\/skipped-stage\)/);
    assert.match(skipped, /\[escalation\/empty-stage\]/);
    const stuck = hoverOf({ '2026-02-01.yaml': first, '2026-02-08.yaml': talk('2026-02-08', 'supportive', '    expectation: x\n    support: [y]\n') }, '2026-02-08.yaml');
    assert.match(stuck, /This entry is still `supportive`: move on to open questions\. \[escalation\/stuck-stage\]/);
  });

  it('hovers: a resolved topic expects nothing until it comes back', () => {
    const text = hoverOf({ '2026-02-01.yaml': `${first}    status: resolved\n` }, '2026-02-01.yaml');
    assert.match(text, /Resolved here\. If it comes back within 180 days, the count goes on/);
  });

  it('hovers: an earlier conversation says nothing about the next one', () => {
    const files = { '2026-02-01.yaml': first, '2026-02-08.yaml': talk('2026-02-08', 'socratic') };
    assert.doesNotMatch(hoverOf(files, '2026-02-01.yaml'), /next time/);
  });
});
