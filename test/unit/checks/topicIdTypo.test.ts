import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { checkPerson } from '../../../src/core/checks/engine';
import { escalationRules } from '../../../src/core/checks/escalation';
import { emptyStage } from '../../../src/core/checks/escalation/emptyStage';
import { missedReview } from '../../../src/core/checks/escalation/missedReview';
import { skippedStage } from '../../../src/core/checks/escalation/skippedStage';
import { vagueExpectation } from '../../../src/core/checks/escalation/vagueExpectation';
import { slipDistance, topicIdTypo } from '../../../src/core/checks/topicIdTypo';
import type { Finding } from '../../../src/core/findings';
import { openTopics } from '../../../src/core/workspace/sidebarModel';
import { carryOver } from '../../../src/core/templates/newOneOnOne';
import { applyFix, ctxOn, notesOf, only, run, textAt, type PersonFiles } from './builders';
import { talk, talks } from './escalationTalks';

const ctx = ctxOn('2026-06-01');
/** The escalation rules as registered, and this one. */
const rules = [...escalationRules, topicIdTypo];
const checked = (files: PersonFiles) => checkPerson(notesOf(files), ctx, rules);
const on = (topic: string) => ({ topic });

/** release-notes, supportive on 5 January, then a Socratic talk on 19 January written with the slip `id`. */
const slipped = (id: string): PersonFiles =>
  talks(talk('2026-01-05', 'supportive', on('release-notes')), talk('2026-01-19', 'socratic', on(id)));

/** `code file:line` of every finding, for comparing runs. */
const where = (findings: readonly Finding[]) => findings.map((f) => `${f.code} ${f.file}:${f.range.start.line + 1}`).sort();

describe('topics/id-typo', () => {
  it('asks "did you mean" on the id written once, with a fix that renames it', () => {
    const files = slipped('relase-notes');
    const f = only(run(topicIdTypo, files, ctx));
    assert.equal(f.severity, 'warning');
    assert.equal(f.file, 'p/2026-01-19.yaml');
    assert.equal(textAt(files['2026-01-19.yaml']!, f.range), 'relase-notes');
    assert.equal(
      f.message,
      'Did you mean release-notes? The topic relase-notes has only this conversation, and release-notes is open (last talked about on 2026-01-05). Its stage is checked once the id is settled.',
    );
    assert.deepEqual(f.fixes?.map((x) => x.title), ['Change the topic id to release-notes']);
  });

  it('catches a letter dropped, added, changed or swapped, and a hyphen missing or added', () => {
    for (const [slip, meant] of [
      ['relase-notes', 'release-notes'], ['release-note', 'release-notes'], ['releases-notes', 'release-notes'],
      ['relaese-notes', 'release-notes'], ['releese-notes', 'release-notes'], ['releasenotes', 'release-notes'],
      ['oncall-load', 'on-call-load'], ['on-call-load', 'oncall-load'],
    ] as const) {
      assert.ok(slipDistance(slip, meant) !== undefined, `${slip} for ${meant}`);
      const files = talks(talk('2026-01-05', 'supportive', on(meant)), talk('2026-01-19', 'socratic', on(slip)));
      assert.match(only(run(topicIdTypo, files, ctx)).message, new RegExp(`^Did you mean ${meant}\\?`), slip);
    }
  });

  it('leaves alone ids that are different topics: a number apart, a shared prefix, two edits, short ids', () => {
    for (const [other, open] of [
      ['api-v2', 'api-v1'], ['q3-goals', 'q4-goals'], ['l5-promo-case', 'l4-promo-case'],
      ['release-train', 'release-notes'], ['on-call', 'on-call-load'], ['review-debt', 'review-depth'],
      ['relse-nots', 'release-notes'], ['perf', 'pref'], ['docs', 'dogs'], ['ci-cd', 'ci-cf'],
    ] as const) {
      assert.equal(slipDistance(other, open), undefined, `${other} and ${open}`);
      const files = talks(talk('2026-01-05', 'supportive', on(open)), talk('2026-01-19', 'socratic', on(other)));
      assert.deepEqual(run(topicIdTypo, files, ctx), [], `${other} and ${open}`);
    }
  });

  it('is quiet when the id is used twice, or the near topic was resolved, or it comes later, or shares the 1:1', () => {
    const twice = talks(
      talk('2026-01-05', 'supportive', on('release-notes')),
      talk('2026-01-19', 'supportive', on('relase-notes')),
      talk('2026-02-02', 'socratic', on('relase-notes')),
    );
    assert.deepEqual(run(topicIdTypo, twice, ctx), []);
    const resolved = talks(talk('2026-01-05', 'supportive', { topic: 'release-notes', status: 'resolved' }), talk('2026-01-19', 'supportive', on('relase-notes')));
    assert.deepEqual(run(topicIdTypo, resolved, ctx), []);
    // The open topic starts after the id written once: the earlier one is no slip for it (and the later one has two talks).
    const later = talks(talk('2026-01-05', 'supportive', on('relase-notes')), talk('2026-01-19', 'supportive', on('release-notes')), talk('2026-02-02', 'socratic', on('release-notes')));
    assert.deepEqual(run(topicIdTypo, later, ctx), []);
    const sameOneOnOne = {
      '2026-01-05.yaml': talk('2026-01-05', 'supportive', on('release-notes'))[1],
      '2026-01-19.yaml': `${talk('2026-01-19', 'socratic', on('release-notes'))[1]}  - id: releases-notes\n    stance: supportive\n    expectation: Notes for every release, by the day it ships.\n    support: [A template]\n`,
    };
    assert.deepEqual(run(topicIdTypo, sameOneOnOne, ctx), []);
  });

  it('only looks at the same person\'s topics', () => {
    const files = talks(talk('2026-01-19', 'socratic', on('relase-notes')));
    assert.deepEqual(run(topicIdTypo, files, ctx), []);
  });

  it('the slip no longer reads as a skipped stage with the wrong fix: the rename is offered instead', () => {
    const files = slipped('relase-notes');
    // The rule by itself still sees a Socratic 1st conversation on relase-notes...
    assert.deepEqual(run(skippedStage, files, ctx)[0]?.fixes?.[0]?.title, 'Change the stance to supportive');
    // ...but as registered, the escalation rules wait for the id to be settled.
    const all = checked(files);
    const onSlip = all.filter((f) => f.file === 'p/2026-01-19.yaml');
    assert.deepEqual(onSlip.map((f) => f.code), ['topics/id-typo']);
    assert.ok(!all.some((f) => f.fixes?.some((x) => x.title.startsWith('Change the stance'))));
  });

  it('nothing from any escalation rule on the slip while it is in doubt', () => {
    // A plan on the slip, thin, with a vague expectation and a review date long past: every rule would speak.
    const body = '    expectation: Per the JD.\n    reviewDate: 2026-02-01';
    const files = talks(talk('2026-01-05', 'supportive', on('release-notes')), talk('2026-01-19', 'plan', { topic: 'relase-notes', body }));
    const notes = notesOf(files);
    const unwaited = [skippedStage, emptyStage, missedReview, vagueExpectation].flatMap((r) => r.check(notes, ctx)).filter((f) => f.file === 'p/2026-01-19.yaml');
    assert.deepEqual(unwaited.map((f) => f.code).sort(), ['escalation/empty-stage', 'escalation/missed-review', 'escalation/skipped-stage', 'escalation/vague-expectation']);
    assert.deepEqual(escalationRules.flatMap((r) => r.check(notes, ctx)).filter((f) => f.file === 'p/2026-01-19.yaml'), []);
    assert.equal(only(topicIdTypo.check(notes, ctx)).file, 'p/2026-01-19.yaml');
  });

  it('the real topic counts the slip with it, as it will once renamed; renaming gives the same findings', () => {
    // release-notes: supportive, the Socratic talk written as relase-notes, then a plan at the 3rd.
    const files = talks(
      talk('2026-01-05', 'supportive', on('release-notes')),
      talk('2026-01-19', 'socratic', on('relase-notes')),
      talk('2026-02-02', 'plan', on('release-notes')),
    );
    const before = checked(files);
    // The plan is the 3rd conversation, not a plan skipping ahead at the 2nd.
    assert.deepEqual(where(before), ['topics/id-typo p/2026-01-19.yaml:4']);
    const fixed = applyFix(files, only(before).fixes![0]!);
    assert.match(fixed['2026-01-19.yaml']!, /# the topic of this 1:1\n {2}- id: release-notes\n {4}stance: socratic\n/);
    const after = checked(fixed);
    assert.deepEqual(where(after), []);
  });

  it('once renamed, the entry gets the findings it has earned, and the real thread counts on', () => {
    // The slip is the 2nd conversation, supportive again: stuck, which is said once the id is settled.
    const files = talks(talk('2026-01-05', 'supportive', on('release-notes')), talk('2026-01-19', 'supportive', on('relase-notes')));
    assert.deepEqual(where(checked(files)), ['topics/id-typo p/2026-01-19.yaml:4']);
    const fixed = applyFix(files, only(run(topicIdTypo, files, ctx)).fixes![0]!);
    assert.deepEqual(where(checked(fixed)), ['escalation/stuck-stage p/2026-01-19.yaml:5']);
    assert.deepEqual(run(topicIdTypo, fixed, ctx), []);
  });

  it('the rename keeps quotes and the comment after the id', () => {
    for (const [written, expected] of [
      ['"relase-notes"   # typed fast', '"release-notes"   # typed fast'],
      ["'relase-notes'", "'release-notes'"],
      ['relase-notes # typed fast', 'release-notes # typed fast'],
    ] as const) {
      const [name, text] = talk('2026-01-19', 'socratic', on('relase-notes'));
      const files = { ...slipped('relase-notes'), [name]: text.replace('id: relase-notes', `id: ${written}`) };
      const fixed = applyFix(files, only(run(topicIdTypo, files, ctx)).fixes![0]!);
      assert.ok(fixed[name]!.includes(`- id: ${expected}\n`), fixed[name]);
      assert.deepEqual(run(topicIdTypo, fixed, ctx), []);
    }
  });

  it('picks the nearest open topic, the latest talked about of two as near, and never one that is in doubt itself', () => {
    const both = [
      talk('2026-01-05', 'supportive', on('review-notes')), talk('2026-01-12', 'socratic', on('review-notes')),
      talk('2026-01-06', 'supportive', on('review-nodes')), talk('2026-01-19', 'socratic', on('review-nodes')),
    ] as const;
    const meant = (slip: string) => run(topicIdTypo, talks(...both, talk('2026-01-26', 'plan', on(slip))), ctx).map((f) => f.message.split('?')[0]);
    assert.deepEqual(meant('review-notess'), ['Did you mean review-notes']);
    assert.deepEqual(meant('review-noes'), ['Did you mean review-nodes'], 'as near to both: the one talked about last');
    const chain = talks(
      talk('2026-01-05', 'supportive', on('release-notes')),
      talk('2026-01-12', 'supportive', on('release-nodes')),
      talk('2026-01-26', 'socratic', on('relase-nodes')),
    );
    assert.deepEqual(run(topicIdTypo, chain, ctx).map((f) => [f.file, f.message.split('?')[0]]), [['p/2026-01-12.yaml', 'Did you mean release-notes']]);
  });

  it('property: the rename reads clean in any shape of file, and settles the id', () => {
    const shape = fc.record({
      quote: fc.constantFrom('', '"', "'"),
      comment: fc.constantFrom('', '   # typed fast', ' #'),
      idLast: fc.boolean(),
      ending: fc.constantFrom('\n', '', '  ', '\t', '\n  ', ' \t\n', '\n\n  \n '),
      crlf: fc.boolean(),
    });
    fc.assert(fc.property(shape, ({ quote, comment, idLast, ending, crlf }) => {
      const id = `id: ${quote}relase-notes${quote}${comment}`;
      const keys = ['stance: socratic', 'questions: [What gets in the way?]', 'theirView: The date moves.'];
      const entry = idLast ? [`  - ${keys[0]}`, ...keys.slice(1).map((k) => `    ${k}`), `    ${id}`] : [`  - ${id}`, ...keys.map((k) => `    ${k}`)];
      const body = ['date: 2026-01-19', 'topics:', ...entry].join('\n') + ending;
      const files = { ...slipped('relase-notes'), '2026-01-19.yaml': crlf ? body.replace(/\n/g, '\r\n') : body };
      const fixed = applyFix(files, only(run(topicIdTypo, files, ctx)).fixes![0]!);
      assert.ok(fixed['2026-01-19.yaml']!.includes(`id: ${quote}release-notes${quote}${comment}`), JSON.stringify(fixed['2026-01-19.yaml']));
      assert.deepEqual(run(topicIdTypo, fixed, ctx), []);
      assert.deepEqual(notesOf(fixed).topicThreads.map((t) => [t.topicId, t.conversations.length]), [['release-notes', 2]]);
    }), { numRuns: 200 });
  });
});

describe('a topic id slip in the People view and New 1:1', () => {
  it('the open topics count the slip with the topic it most likely belongs to, as the checks do', () => {
    const notes = notesOf(slipped('relase-notes'));
    const open = openTopics(notes, ctx);
    assert.deepEqual(open.map((t) => [t.thread.topicId, t.held, t.expected]), [['release-notes', 2, 'plan']]);
    assert.deepEqual(carryOver(notes, ctx).topics.map((t) => [t.thread.topicId, t.n, t.expected]), [['release-notes', 2, 'plan']]);
  });

  it('two ids that are not a slip stay two topics', () => {
    const notes = notesOf(talks(talk('2026-01-05', 'supportive', on('api-v1')), talk('2026-01-19', 'supportive', on('api-v2'))));
    assert.deepEqual(openTopics(notes, ctx).map((t) => t.thread.topicId).sort(), ['api-v1', 'api-v2']);
  });
});
