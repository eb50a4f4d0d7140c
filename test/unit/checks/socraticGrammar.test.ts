// The grammar of socratic/leading-language, tested on sentences a manager writes in 1:1 notes: a must
// table (each sentence, the kind of hint, the open rephrasing it gets, and the words the hint is about
// when they are not the whole question) and a must-not table of questions a good manager asks.
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { emptyStage } from '../../../src/core/checks/escalation/emptyStage';
import { hasOpenQuestion, languageHints, leadingLanguageRule, questionsIn, readQuestion } from '../../../src/core/checks/socraticLanguage';
import { MARKERS, OPENINGS, type HintKind } from '../../../src/core/checks/socraticLanguage.data';
import { renderCheckDocs } from '../../../src/core/report/checkDocs';
import { ctxOn, only, run, textAt } from './builders';
import { talk, talks } from './escalationTalks';

type Must = readonly [question: string, kind: HintKind, rephrasing: string, words?: string];

/** Closed yes/no questions: each gets an open question built from its own words (or, where no template fits, a short opening). */
const CLOSED: readonly Must[] = [
  ['Did you ask for help when the queue grew?', 'closed', 'What made it easy or hard to ask for help when the queue grew?'],
  ['Can you get reviews done within a day?', 'closed', 'What would help you get reviews done within a day?'],
  ['Are you happy with the release process?', 'closed', 'How happy are you with the release process?'],
  ['Is there anything blocking you?', 'closed', 'What is blocking you?'],
  ['Do you think the deadline was realistic?', 'closed', 'What is your view on whether the deadline was realistic?'],
  ['Will you be able to hand over the rota notes before your leave?', 'closed', 'What would help you hand over the rota notes before your leave?'],
  ['Have you thought about splitting the export into smaller tickets?', 'closed', 'What do you think of splitting the export into smaller tickets?'],
  ['Would you be open to pairing with Amara on the sync reviews?', 'closed', 'How open would you be to pairing with Amara on the sync reviews?'],
  ['Could you take the first review of the small PRs?', 'closed', 'What would help you take the first review of the small PRs?'],
  ['Is it clear to you what a good design review looks like?', 'closed', 'How clear is it to you what a good design review looks like?'],
  ['Was it hard to get time with the platform team?', 'closed', 'How hard was it to get time with the platform team?'],
  ['Did you learn anything from the checkout incident?', 'closed', 'What did you learn from the checkout incident?'],
  ['Is there anything I can do to make the on-call weeks easier?', 'closed', 'What can I do to make the on-call weeks easier?'],
  ['Do you feel supported by the rest of the team?', 'closed', 'How supported do you feel by the rest of the team?'],
  ['Are you blocked on the payments API?', 'closed', 'What is blocking you on the payments API?'],
  ['Does that make sense?', 'closed', 'What questions do you have about that?'],
  ['Were you aware of the release freeze?', 'closed', 'What did you know about the release freeze?'],
  ['Do you have enough time for reviews between migration meetings?', 'closed', 'What would help you have enough time for reviews between migration meetings?'],
  ['So, did you tell Finance the date had moved?', 'closed', 'What made it easy or hard to tell Finance the date had moved?'],
  ['On the ledger export: are you comfortable with the new split?', 'closed', 'How comfortable are you with the new split?'],
  ['Did we give you enough context on the billing rules?', 'closed', 'What made it easy or hard for us to give you enough context on the billing rules?'],
  ['Is there anything you need from me this sprint?', 'closed', 'What do you need from me this sprint?'],
  ['Are there any blockers?', 'closed', 'What blockers are there?'],
  ['Do you know who owns the billing alerts now?', 'closed', 'What do you know about who owns the billing alerts now?'],
  ['Would you like to run the next retro?', 'closed', 'What would make you want to run the next retro?'],
  ['Did it go well with Support after the rota change?', 'closed', 'How did it go with Support after the rota change?'],
  ['Is it possible to ship the ledger export by Friday?', 'closed', 'What would make it possible to ship the ledger export by Friday?'],
  ['Have you had time to read the new runbook?', 'closed', 'What made it easy or hard to read the new runbook?'],
  ['Did you think the estimate was realistic when you gave it?', 'closed', 'What made you think the estimate was realistic when you gave it?'],
  ['Do you have any questions about the plan?', 'closed', 'What questions about the plan do you have?'],
  ['Can we get the checklist finished before the cut-over?', 'closed', 'What would help us get the checklist finished before the cut-over?'],
  ['Would you do anything differently next time?', 'closed', 'What would you do differently next time?'],
  ['Did they reply to your comments on the design doc?', 'closed', 'What made it easy or hard for them to reply to your comments on the design doc?'],
  ['Is that a fair summary?', 'closed', 'How do you see …?'],
  ['Should we move the demo to next week?', 'closed', 'How do you see …?'],
  ['Is anything in the way of the cut-over?', 'closed', 'What is in the way of the cut-over?'],
  ['Has anything changed since we last talked?', 'closed', 'What has changed since we last talked?'],
  ['Is there anything on your mind about the reorg?', 'closed', 'What is on your mind about the reorg?'],
  ['Is there something about the process that makes reviews slow?', 'closed', 'How do you see …?'],
  ['Did you notice anything odd in the logs before the outage?', 'closed', 'What did you notice that was odd in the logs before the outage?'],
  ['Do you remember what we agreed about the review checklist?', 'closed', 'What do you remember about what we agreed about the review checklist?'],
];

/** Blame "why" questions, any tense and wording. */
const BLAME: readonly Must[] = [
  ["Why didn't you ask for help when the review queue got out of hand?", 'blame', 'What made it hard to ask for help when the review queue got out of hand?'],
  ['Why did you merge the hotfix without a second review?', 'blame', 'What led you to merge the hotfix without a second review?'],
  ['Why would you deploy on a Friday afternoon?', 'blame', 'What led you to deploy on a Friday afternoon?'],
  ["Why don't you speak up in planning?", 'blame', 'What makes it hard to speak up in planning?'],
  ['Why are you so quiet in design reviews?', 'blame', 'What leads you to be so quiet in design reviews?'],
  ['Why were you not at the incident review?', 'blame', 'What made it hard to be at the incident review?'],
  ['Why have you stopped reviewing the junior PRs?', 'blame', 'What has got in the way, from your side?'],
  ["Why haven't you updated the runbook yet?", 'blame', 'What has got in the way, from your side?'],
  ['Why do you keep missing the stand-up?', 'blame', 'What is going on when you end up missing the stand-up?'],
  ['Why is it that you wait for me to ask?', 'blame', 'What has got in the way, from your side?'],
  ['How come you only told me on Friday?', 'blame', 'What was going on for you at the time?'],
  ["How come you didn't flag the slip at stand-up?", 'blame', 'What made it hard to flag the slip at stand-up?'],
  ["Why can't you get the reviews done on time?", 'blame', 'What makes it hard to get the reviews done on time?'],
  ['Looking back, why did you skip the load test?', 'blame', 'What led you to skip the load test?'],
  ['Why didnt you ping the on-call channel', 'blame', 'What made it hard to ping the on-call channel?'],
  ["Why wasn't the migration tested on staging?", 'blame', 'What has got in the way, from your side?'],
  ['Is there a reason the tests were skipped?', 'blame', 'What was going on for you at the time?'],
  ['Why did you choose to skip the tests?', 'blame', 'What led you to choose to skip the tests?'],
  ["Can you tell me why you didn't ask for help?", 'blame', 'What got in the way of …?', "why you didn't"],
];

/** Questions that hold a verdict: in their opening, anywhere in them, or in a tag at the end. */
const VERDICT: readonly Must[] = [
  ['How many times do we need to talk about this?', 'verdict', 'What gets in the way, each time it comes up?', 'How many times'],
  ["What will you do so this doesn't happen again?", 'verdict', 'What would help next time?', 'happen again'],
  ['Why does this keep happening?', 'verdict', 'What is different on the days it goes well?', 'keep happening'],
  ['So the release slipped yet again?', 'verdict', 'What would help next time?', 'yet again'],
  ['Do you agree that the release was rushed?', 'verdict', 'What is your view on whether the release was rushed?'],
  ["Don't you think the estimate was too low?", 'verdict', 'What is your view on whether the estimate was too low?'],
  ["Isn't it true that the tests were skipped?", 'verdict', 'What is your view on whether the tests were skipped?'],
  ['The estimate was too low, right?', 'verdict', 'What is your view on whether the estimate was too low?', ', right?'],
  ["It's the same problem as last month, isn't it?", 'verdict', "What is your view on whether it's the same problem as last month?", ", isn't it?"],
  ["You knew about the freeze, didn't you?", 'verdict', 'What is your view on whether you knew about the freeze?', ", didn't you?"],
  ["What's your excuse for the missed deadline?", 'verdict', 'What happened, from your side?', "What's your excuse"],
  ['Did you even run the tests?', 'verdict', 'What happened, from your side?', 'Did you even'],
  ["Didn't you see the alert in the channel?", 'verdict', 'What made it easy or hard to see the alert in the channel?'],
  ["Shouldn't you have flagged it sooner?", 'verdict', 'What would have helped, looking back?'],
  ["Can't you just ask Ana?", 'verdict', 'What makes it hard to ask Ana?'],
  ['Surely you saw the alert?', 'verdict', 'What happened, from your side?', 'Surely'],
  ['Why is the doc still not done?', 'verdict', 'What is in the way now?', 'still not'],
  ['Could you walk me through why this keeps happening?', 'verdict', 'What is different on the days it goes well?', 'keeps happening'],
  ['Did the deploy fail again?', 'verdict', 'What would help next time?', 'fail again'],
  ["Wouldn't it be better to ask before you merge?", 'verdict', 'What would help here?'],
];

/** Open questions, open requests, "why"s about purpose, and sentences with "again", "why", "did" or "always-on" inside. */
const MUST_NOT: readonly string[] = [
  'What got in the way of a first response?',
  'How did you see the hand-off?',
  'When shall we look at this again?',
  'How does the always-on pager affect your evenings?',
  'What did you notice when the queue grew?',
  'Why does this work matter to you?',
  'Why is mentoring important to you?',
  'Why did you choose platform work?',
  'Why do you care about the on-call rota so much?',
  'Could you tell me more about the outage?',
  'Would you describe how review requests reach you?',
  'Can you walk me through the last release?',
  'Can you think of a time when a review went well?',
  'What would make it easier to try that again next sprint?',
  'Who did you ask for help?',
  'What would you do differently?',
  'How will we know it is working?',
  'Why does the build take forty minutes?',
  'How do you keep learning on the job?',
  'What keeps you from asking for help?',
  'What would help, do you think?',
  'How often do releases slip, in your view?',
  'What happened when the deploy failed?',
  'What do you need to get this done?',
  'What do you have to juggle each week?',
  'Looking back, what would you change?',
  'What did the did-not-ship list look like at the end of the sprint?',
  'How did it feel to hand over the migration?',
  'What would a good review of a sync change take, in time?',
  'How do review requests reach you now, and which ones get lost?',
  'What does a first response cost you, in time?',
  'What has changed in your reviews since we last talked?',
  'Why do you think the estimates run over?',
  'Would you mind sharing what the week looked like?',
  'Where do you get stuck most often?',
  'What made the difference when it did go well?',
  'How do you decide which reviews get a deep read?',
  'What was different about the sprints that went well?',
  'Why did the team pick Kafka for the events?',
  'Which of the alerts woke you up more than once?',
  'What would you say to a new joiner about on-call?',
  'Why are you interested in the staff role?',
  'Why did you join the platform team?',
  'Can you help me understand how the queue looks from your side?',
  'So what would a good week look like?',
  'What would you want to try again, now that the tooling is better?',
  'How is it going with the always-on dashboard?',
  'What does "done" mean to you for a migration step?',
  'What did Ben say when you asked him to pair?',
  'May was a hard month for the team; what changed for you?',
  'Will mentioned the queue in the retro, what do you make of it?',
  'Would love to hear how the first week of on-call went?',
  'Do tell me more about the outage?',
];

const ctx = ctxOn('2026-02-01');

/** A 1:1 with one Socratic conversation: `body` holds its keys, four spaces in. */
function socratic(body: string) {
  return talks(talk('2026-01-05', 'socratic', { body }));
}

describe('socratic/leading-language: the grammar', () => {
  it('the tables hold at least 30 real sentences each', () => {
    assert.ok(CLOSED.length + BLAME.length + VERDICT.length >= 30);
    assert.ok(CLOSED.length >= 30, 'closed questions alone');
    assert.ok(MUST_NOT.length >= 30);
  });

  for (const [name, table] of [['closed', CLOSED], ['blame', BLAME], ['verdict', VERDICT]] as const) {
    it(`must: each ${name} question gets its kind of hint, with the open rephrasing as written here`, () => {
      for (const [question, kind, rephrasing, words] of table) {
        const reading = readQuestion(question);
        assert.deepEqual(
          [reading.kind, reading.rephrasing, reading.at?.text],
          [kind, rephrasing, words ?? question],
          question,
        );
      }
    });
  }

  it('every rephrasing is a question that reads as open: it starts with What, How or Which and gets no hint itself', () => {
    for (const [question, , rephrasing] of [...CLOSED, ...BLAME, ...VERDICT]) {
      assert.match(rephrasing, /^(What|How|Which)\b[^?]*\?$/u, question);
      if (!rephrasing.includes('…')) assert.deepEqual(languageHints(rephrasing, true), [], `${question} → ${rephrasing}`);
    }
  });

  it('must not: open questions a good manager asks get no hint at all', () => {
    for (const question of MUST_NOT) {
      assert.equal(readQuestion(question).kind, 'open', question);
      assert.deepEqual(languageHints(question, true), [], question);
    }
  });

  it('a "why" about purpose or values stays quiet; the same verb as a justification of an act does not', () => {
    for (const q of ['Why does this work matter to you?', 'Why is mentoring important to you?', 'Why did you choose platform work?', 'Why do you want to move into management?']) {
      assert.equal(readQuestion(q).kind, 'open', q);
    }
    assert.equal(readQuestion('Why did you choose to skip the tests?').kind, 'blame');
    assert.equal(readQuestion("Why don't you care about the tests?").kind, 'blame');
  });

  it('the examples in the data file are true: each reads as its row says, so docs/checks.md shows what the check does', () => {
    for (const o of OPENINGS) {
      const reading = readQuestion(o.example[0]);
      if (o.kind === 'open') assert.equal(reading.kind, 'open', o.example[0]);
      else assert.deepEqual([reading.kind, reading.rephrasing], [o.kind, o.example[1]], o.example[0]);
    }
    for (const m of MARKERS) {
      const reading = readQuestion(m.example);
      assert.deepEqual([reading.kind, reading.rephrasing], [m.kind, m.instead], m.example);
    }
  });

  it('docs/checks.md shows the grammar: every opening pattern, marker and example, in the rule section', () => {
    const doc = renderCheckDocs([leadingLanguageRule]);
    for (const o of OPENINGS) {
      assert.ok(doc.includes(o.example[0]), o.example[0]);
      assert.ok(doc.includes(`\`${o.pattern.replace(/\|/g, '\\|')}\``), o.pattern);
    }
    for (const m of MARKERS) assert.ok(doc.includes(m.instead), m.instead);
    for (const title of ['How a question is read', 'Verdicts presupposed anywhere in a question', 'Word lists']) assert.ok(doc.includes(`**${title}.**`), title);
  });
});

describe('socratic/leading-language: where questions are, and the hints on them', () => {
  it('a questions item is read sentence by sentence; barriers and the root cause only where a sentence ends in "?"', () => {
    assert.deepEqual(questionsIn('The queue grew last week. Did you ask for help?', true).map((s) => s.text), ['Did you ask for help?']);
    assert.deepEqual(questionsIn('Why didnt you ask for help', true).map((s) => s.text), ['Why didnt you ask for help']);
    assert.deepEqual(questionsIn('Why the queue grows is not visible to anyone', false), []);
    assert.deepEqual(questionsIn('Reviews wait, e.g. on Fridays. Did anyone own them?', false).map((s) => s.text), ['Did anyone own them?']);
  });

  it('the hint is on the question within its item, one line, naming the kind and the rephrasing', () => {
    const files = socratic('    questions:\n      - The queue grew last week. Did you ask for help?\n      - What got in the way?\n    theirView: x');
    const f = only(run(leadingLanguageRule, files, ctx));
    assert.equal(f.severity, 'hint');
    assert.equal(textAt(files['2026-01-05.yaml']!, f.range), 'Did you ask for help?');
    assert.equal(f.message, '"Did you ask for help?" is a yes/no question, which probes little; ask it open: "What made it easy or hard to ask for help?"');
  });

  it('a long question is quoted by its first words; the rephrasing is given whole', () => {
    const [hint] = languageHints('Did you ask for help when the review queue got out of hand last week?', true);
    assert.equal(hint?.message, '"Did you ask for help…?" is a yes/no question, which probes little; ask it open: "What made it easy or hard to ask for help when the review queue got out of hand last week?"');
  });

  it('a verdict inside a question is pointed at by its own words', () => {
    const files = socratic("    questions: ['How many times do we need to talk about this?', 'The estimate was too low, right?']\n    theirView: x");
    const text = files['2026-01-05.yaml']!;
    const found = run(leadingLanguageRule, files, ctx);
    assert.deepEqual(found.map((f) => textAt(text, f.range)), ['How many times', ', right?']);
    assert.equal(found[0]!.message, '"How many times" already says it keeps going wrong; ask it open: "What gets in the way, each time it comes up?"');
    assert.equal(found[1]!.message, '"…, right?" asks them to agree, not for their view; ask it open: "What is your view on whether the estimate was too low?"');
  });

  it('a question in the barriers or the root cause is read too; a judging word is found in any of them, once', () => {
    const files = socratic([
      '    questions: [What got in the way?]',
      '    barriers:',
      '      - Reviews pile up again after every release',
      '      - Did anyone tell her the queue was hers?',
      "    rootCause: What's your excuse culture, basically",
      '    theirView: x',
    ].join('\n'));
    const text = files['2026-01-05.yaml']!;
    assert.deepEqual(run(leadingLanguageRule, files, ctx).map((f) => textAt(text, f.range)), ['Did anyone tell her the queue was hers?', 'excuse']);
  });

  it('a judging word inside a verdict is not hinted at twice', () => {
    assert.deepEqual(languageHints("What's your excuse this time?", true).map((h) => h.text), ["What's your excuse"]);
    assert.deepEqual(languageHints('Why were you so careless with the rollout?', true).map((h) => h.text), ['Why were you so careless with the rollout?', 'careless']);
  });

  it('stays linear: a 10,000-character question of any shape is read in one pass', () => {
    const n = 10_000;
    const shapes = [
      ' '.repeat(n), ','.repeat(n), `${', '.repeat(n / 2)}right?`, 'a'.repeat(n), `Did you ${'a '.repeat(n / 2)}?`,
      `Why did you ${'again '.repeat(n / 6)}`, `Is there anything ${'that '.repeat(n / 5)}?`, `${'why did you '.repeat(n / 12)}?`,
      `Are there any ${'x'.repeat(n)} ${'y '.repeat(n / 2)}`, `${'so, '.repeat(n / 4)}did you?`, `${'keep '.repeat(n / 5)}`,
      `Did you notice anything ${'odd '.repeat(n / 4)}`, `${'e.g. '.repeat(n / 5)}?`, `${'On it: '.repeat(n / 7)}did you?`,
      `${'how many '.repeat(n / 9)}`, `x${', x'.repeat(n / 3)}, isn't it?`,
    ];
    for (const text of shapes) {
      for (const isQuestionItem of [true, false]) assert.ok(Array.isArray(languageHints(text, isQuestionItem)));
    }
    assert.equal(readQuestion(`Did you ${'ask '.repeat(2_500)}?`).kind, 'closed');
  });
});

describe('escalation/empty-stage: a Socratic conversation with no open question', () => {
  it('is empty when every question is closed or leading, and says so', () => {
    const files = socratic("    questions:\n      - Did you ask for help?\n      - Why didn't you flag it?\n    theirView: I thought I could catch up.");
    const f = only(run(emptyStage, files, ctx));
    assert.equal(f.message, 'A Socratic conversation on review-latency without an open question (each one written is yes/no or leading)');
    assert.equal(f.fixes, undefined);
  });

  it('one open question among closed ones is enough; an open request counts as open', () => {
    assert.deepEqual(run(emptyStage, socratic('    questions: [Did you ask for help?, What got in the way?]\n    theirView: x'), ctx), []);
    assert.deepEqual(run(emptyStage, socratic('    questions: [Can you walk me through the week?]\n    theirView: x'), ctx), []);
    assert.equal(hasOpenQuestion(['The queue grew. What got in the way?']), true);
    assert.equal(hasOpenQuestion(['Did you ask for help?', 'Is there anything blocking you?']), false);
  });

  it('with their view missing too, names both; the fix adds only the missing key', () => {
    const files = socratic('    questions: [Did you ask for help?]\n    rootCause: Nobody sees the queue.');
    const f = only(run(emptyStage, files, ctx));
    assert.match(f.message, /without an open question \(each one written is yes\/no or leading\) and theirView \(their view, in their words\)$/);
    assert.deepEqual(f.fixes?.map((x) => x.title), ['Add theirView']);
  });
});
