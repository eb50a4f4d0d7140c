// Must / must-not tables for escalation/vague-expectation: expectations as managers write them. The
// first table points at a document, a level or a policy instead of describing good work; the second
// says what good looks like, sometimes with the same words in it.
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { vaguePointer } from '../../../src/core/checks/escalation/vagueExpectation';

/** An expectation that only points elsewhere, and how the message names what it points at. */
const MUST: readonly (readonly [string, string])[] = [
  ['the JD', 'the job description'],
  ['Per JD.', 'the job description'],
  ['As per the JD', 'the job description'],
  ['Whatever the JD says for a backend engineer', 'the job description'],
  ['The L4 bar', 'the L4 bar'],
  ['Meet the senior bar.', 'the senior bar'],
  ["What's expected at L5", 'L5'],
  ["Operating at the level's bar", "the level's bar"],
  ['Everything in the handbook.', 'the handbook'],
  ['Eng handbook, on-call section', 'the handbook'],
  ['The competency matrix for Engineer II.', 'the competency matrix'],
  ['See the matrix', 'the competency matrix'],
  ['As per policy.', 'the policy'],
  ['Per the RFC process doc', 'the process doc'],
  ['The rubric.', 'the rubric'],
  ['What the ladder says.', 'the career ladder'],
  ['Operate at the next level.', 'the next level'],
  ['Meet the bar', 'the bar'],
  ['Raise the bar on code quality', 'the bar'],
  ['Should be performing at L4 by now', 'L4'],
  ['Code quality in line with the engineering handbook', 'the handbook'],
  ['Meets expectations for his level', 'his level'],
  ['Level-appropriate ownership, as per the matrix', 'the competency matrix'],
  ['Per the career framework, L4 column', 'the career framework'],
  ['In accordance with the on-call policy.', 'the policy'],
  ['Hit the IC3 bar on design docs', 'the IC3 bar'],
  ['See promo criteria in the eng ladder', 'the promo criteria'],
  ['Follow the code review policy.', 'the policy'],
  ['Per the rubric', 'the rubric'],
  ["The ladder's Collaboration row", 'the career ladder'],
];

/** An expectation that says what good looks like; some mention a document, a level or a ladder too. */
const MUST_NOT: readonly string[] = [
  'Pick up a ladder from facilities before the offsite',
  'Reviews within one working day, which is what the L4 bar asks for',
  'Write the runbook entry in the handbook within a day of each incident',
  'A first response on any review request within one working day.',
  'Update the on-call handbook within a day of each incident you handle.',
  'Keep the team handbook current: add a page within a day of each incident you run.',
  'Every PR over 400 lines gets a design note first; that is the bar for the payments repo.',
  'Add the Node 22 job to the CI matrix before the upgrade.',
  'Update the test matrix so every supported browser runs on each pull request.',
  'Follow the progress bar on the migration dashboard and post the numbers on Fridays.',
  'Answer every page within 15 minutes, as the on-call policy sets out.',
  'Write the ADR before the first line of code, using the template in the handbook.',
  'Pair with an L5 on the next two designs and write down what you changed.',
  'Meet the deadline you gave, or tell the team the day you know you will miss it.',
  'Ask in the channel when you are stuck for more than an hour; that is what the handbook means by asking early.',
  'Reviews that raise the bar for the whole team: explain each change you ask for, with a link or an example.',
  'Two reviewers on any change to the refund policy code, and tests for each rule.',
  'Hand-offs follow the on-call policy: a written summary of what was tried, posted in the incident channel.',
  'Estimates name their assumptions and a range, not a single date.',
  'Reviews within one working day per the career ladder',
  'Run the release checklist for each deploy and tick every step, with no rows skipped.',
  'Escalate to L2 support within an hour when a customer is blocked.',
  'Say in the team channel the same day you find a date will slip, with what is left and a new date.',
  'Use the matrix of browsers in the QA doc to pick what to test, and list what you skipped.',
  'Demo the ladder-rack inventory tool to the warehouse team by Friday.',
  'Write the new expense policy summary for the wiki, one page, by the end of the month.',
];

describe('escalation/vague-expectation: must and must-not tables', () => {
  it('has at least 20 sentences in each table', () => {
    assert.ok(MUST.length >= 20 && MUST_NOT.length >= 20);
  });

  for (const [text, name] of MUST) {
    it(`flags: ${text}`, () => assert.equal(vaguePointer(text), name));
  }

  for (const text of MUST_NOT) {
    it(`leaves alone: ${text}`, () => assert.equal(vaguePointer(text), undefined));
  }
});
