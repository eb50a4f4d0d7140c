import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { languageHints, leadingLanguageRule } from '../../../src/core/checks/socraticLanguage';
import { ctxOn, run, textAt } from './builders';
import { talk, talks } from './escalationTalks';

const ctx = ctxOn('2026-02-01');

function socratic(body: string) {
  return talks(talk('2026-01-05', 'socratic', { body }));
}

describe('socratic/leading-language', () => {
  it('finds judgmental words and leading openings, whole words, any case, straight or curly apostrophes', () => {
    const words = (text: string) => languageHints(text, true).map((m) => m.text);
    assert.deepEqual(words("Why didn't you ask for help?"), ["Why didn't you ask for help?"]);
    assert.deepEqual(words('WHY DIDN’T YOU say so?'), ['WHY DIDN’T YOU say so?']);
    assert.deepEqual(words("Don't you think that was careless?"), ["Don't you think that was careless?", 'careless']);
    assert.deepEqual(words('Is it the attitude, or do you always wait?'), ['Is it the attitude, or do you always wait?', 'attitude', 'always']);
    assert.deepEqual(words("Isn't it true that   you never test?"), ["Isn't it true that   you never test?", 'never']);
  });

  it('leaves open questions and look-alike words alone', () => {
    const none = [
      'What got in the way of a first response?',
      'How did you see the hand-off?',
      'What would help when the queue grows?',
      'How does the always-on pager affect your evenings?',
      'What did the carelessness-report dashboard show?',
      'Who was lazyloading the images?',
      'When did you last feel blameless about an incident?',
    ];
    for (const text of none) assert.deepEqual(languageHints(text, true), [], text);
  });

  it('hints at the exact words in a question, with an open rephrasing', () => {
    const files = socratic("    questions:\n      - What helps?\n      - Why didn't you ask for help?\n    theirView: I was busy.");
    const [f, ...rest] = run(leadingLanguageRule, files, ctx);
    assert.equal(rest.length, 0);
    assert.equal(f!.severity, 'hint');
    assert.equal(textAt(files['2026-01-05.yaml']!, f!.range), "Why didn't you ask for help?");
    assert.equal(f!.message, `"Why didn't you ask for help?" asks them to justify themselves, which invites a defence; ask it open: "What made it hard to ask for help?"`);
  });

  it('finds the words inside quoted values and single-line texts too', () => {
    const files = socratic('    questions: ["Was it careless?", \'Always late, or just this week?\']\n    rootCause: Sloppy hand-offs\n    theirView: x');
    const found = run(leadingLanguageRule, files, ctx).map((f) => textAt(files['2026-01-05.yaml']!, f.range));
    assert.deepEqual(found, ['Was it careless?', 'careless', 'Always', 'Sloppy']);
  });

  it('falls back to the whole value when it spans lines or holds escapes', () => {
    const files = socratic('    barriers:\n      - |\n        He is lazy\n        about tests\n      - "An \\"obviously\\" broken build"\n    questions: What helps?\n    theirView: x');
    const text = files['2026-01-05.yaml']!;
    const found = run(leadingLanguageRule, files, ctx).map((f) => textAt(text, f.range));
    assert.deepEqual(found, ['|\n        He is lazy\n        about tests', '"An \\"obviously\\" broken build"']);
  });

  it("never reads the person's own words, nor conversations that are not Socratic", () => {
    assert.deepEqual(run(leadingLanguageRule, socratic('    questions: What helps?\n    theirView: I was lazy, I never check.'), ctx), []);
    const supportive = talks(talk('2026-01-05', 'supportive', { body: '    expectation: Never merge untested code.\n    support: x\n    notes: Why didn\'t you test?' }));
    assert.deepEqual(run(leadingLanguageRule, supportive, ctx), []);
  });

  it('a severity setting can raise or silence it', () => {
    const files = socratic('    questions: Why so careless?\n    theirView: x');
    assert.equal(run(leadingLanguageRule, files, ctxOn('2026-02-01', { severities: { 'socratic/leading-language': 'info' } }))[0]?.severity, 'info');
    assert.deepEqual(run(leadingLanguageRule, files, ctxOn('2026-02-01', { severities: { 'socratic/leading-language': 'off' } })), []);
  });
});
