// The shareable agenda, on built notes: what it takes from where, and how it reads for the person.
import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { spokenDate } from '../../../src/core/documents/agenda/spokenDate';
import { writeShareableAgenda } from '../../../src/core/documents/agenda/shareableAgenda';
import { ctxOn, notesOf, type PersonFiles } from '../checks/builders';

const TODAY = '2026-11-27';
const agendaOf = (files: PersonFiles, today = TODAY) => writeShareableAgenda({ notes: notesOf(files), ctx: ctxOn(today) });
const person = { 'person.yaml': 'name: Sam Rivera\ncadence: weekly\n' };
/** The section under a `## ` heading, up to the next one. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}\n`);
  assert.ok(start >= 0, `no section ${heading} in\n${markdown}`);
  const end = markdown.indexOf('\n## ', start + 3);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('the shareable agenda', () => {
  it('greets the person and takes the agenda of the next planned 1:1, with its day in the title', () => {
    const md = agendaOf({
      ...person,
      '2026-11-20.yaml': 'date: 2026-11-20\nagenda: [old item]\nnotes: Held.\n',
      '2026-12-01.yaml': 'date: 2026-12-01\nagenda:\n  - Sam - promotion packet\n  - <their topics first, then yours>\n',
    });
    assert.match(md, /^# Our next 1:1, Tuesday 1 December\n\nHi Sam, here is what I have for our next 1:1\.\n/);
    const agenda = section(md, 'To talk about');
    assert.match(agenda, /^- Sam - promotion packet$/m);
    assert.doesNotMatch(agenda, /old item|<their topics/);
  });

  it('without a planned 1:1, carries the agenda of the last one and says so; with none at all, asks for items', () => {
    const carried = agendaOf({ ...person, '2026-11-20.yaml': 'date: 2026-11-20\nagenda: [Sam - the offsite]\nnotes: Held.\n' });
    assert.match(section(carried, 'To talk about'), /From last time \(Friday 20 November\), in case any of it is still open:\n\n- Sam - the offsite\n/);
    assert.match(carried, /^# Our next 1:1\n/);
    const empty = agendaOf(person);
    assert.match(section(empty, 'To talk about'), /Nothing on the list yet\./);
    assert.match(section(empty, 'Open actions'), /Nothing open on either side\./);
  });

  it('leaves out the lines New 1:1 carries over (they name a notes file): the open items they point at are listed on their own', () => {
    const md = agendaOf({
      ...person,
      '2026-11-20.yaml': 'date: 2026-11-20\nnotes: Held.\nactions:\n  - { text: Draft the RFC, owner: them, due: 2026-12-03 }\n',
      '2026-12-01.yaml': 'date: 2026-12-01\nagenda:\n  - Sam - hiring loop\n  - "Open action for them, due 2026-12-03 (2026-11-20.yaml): Draft the RFC"\n',
    });
    assert.doesNotMatch(md, /\.yaml/);
    assert.match(section(md, 'Open actions'), /- Draft the RFC \(by Thursday 3 December\)/);
  });

  it('open actions both ways, late ones said gently; done ones and ones written ahead into a later 1:1 left out', () => {
    const md = agendaOf({
      ...person,
      '2026-11-13.yaml': [
        'date: 2026-11-13', 'notes: Held.', 'actions:',
        '  - { text: Ship the exporter, owner: them, due: 2026-11-20 }',
        '  - { text: Ask finance about the budget, owner: me }',
        '  - { text: Fix the flaky test, owner: them, done: 2026-11-15 }',
      ].join('\n'),
      '2026-12-04.yaml': 'date: 2026-12-04\nactions:\n  - { text: Something not agreed yet, owner: me }\n',
    });
    const actions = section(md, 'Open actions');
    assert.match(actions, /What you said you would do:\n\n- Ship the exporter \(it was due Friday 20 November\)\n/);
    assert.match(actions, /What I said I would do:\n\n- Ask finance about the budget$/m);
    assert.doesNotMatch(md, /Fix the flaky test|Something not agreed yet/);
  });

  it('open topics by title with what was agreed in their current run; resolved ones left out; no stance, gap or count', () => {
    const md = agendaOf({
      ...person,
      '2026-11-06.yaml': [
        'date: 2026-11-06', 'topics:',
        '  - { id: code-reviews, title: Timely code reviews, stance: supportive, gap: skill, expectation: First response within a day., support: [Pairing with Ana] }',
        '  - { id: docs, title: Writing docs, stance: supportive, expectation: Docs with every feature., status: resolved }',
      ].join('\n'),
      '2026-11-20.yaml': [
        'date: 2026-11-20', 'topics:',
        '  - { id: code-reviews, stance: socratic, theirView: Too many at once., support: [A review slot every morning], status: improving }',
        'actions:', '  - { text: Try the morning slot for two weeks, owner: them, due: 2026-12-04 }',
      ].join('\n'),
    });
    const topics = section(md, 'What we are working on');
    assert.match(topics, /### Timely code reviews\n\nWhat good looks like: First response within a day\.\n/);
    assert.match(topics, /The support we agreed:\n\n- A review slot every morning\n/);
    assert.doesNotMatch(topics, /Pairing with Ana/);
    assert.match(topics, /Where it stands: getting better\./);
    assert.match(topics, /What we each took on \(Friday 20 November\):\n\n- Try the morning slot for two weeks \(you, open\)/);
    assert.doesNotMatch(md, /Writing docs|supportive|socratic|skill|2nd|conversation/i);
  });

  it('a plan shows its goals, measures, time frame and review day; the id names a topic without a title', () => {
    const md = agendaOf({
      ...person,
      '2026-11-20.yaml': [
        'date: 2026-11-20', 'topics:',
        '  - id: on-call-response', '    stance: plan', '    goals: [Acknowledge pages within 15 minutes]',
        '    measures: [The pager report]', '    timeline: Two on-call weeks', '    reviewDate: 2026-12-15',
      ].join('\n'),
    });
    const topics = section(md, 'What we are working on');
    assert.match(topics, /### on-call-response\n/);
    assert.match(topics, /Goals:\n\n- Acknowledge pages within 15 minutes\n\nHow we will see progress:\n\n- The pager report\n\nTime frame: Two on-call weeks\n\nWe look at it together on Tuesday 15 December\./);
    assert.doesNotMatch(md, /\bplan\b/i);
  });

  it('thanks them for positive feedback given since the last 1:1 (said in it included); older and corrective feedback left out', () => {
    const md = agendaOf({
      ...person,
      '2026-11-20.yaml': [
        'date: 2026-11-20', 'notes: Held.', 'feedback:',
        '  - { kind: positive, observed: 2026-11-19, situation: The demo, behaviour: Kept the demo to ten minutes. }',
        '  - { kind: corrective, observed: 2026-11-19, behaviour: Skipped the rollback test. }',
      ].join('\n'),
      'feedback.yaml': [
        'feedback:',
        '  - { kind: positive, observed: 2026-11-01, given: 2026-11-02, behaviour: An old thank-you. }',
        '  - { kind: positive, observed: 2026-11-24, given: 2026-11-25, behaviour: Helped support on a Sunday., impact: The customer stayed. }',
      ].join('\n'),
    });
    const thanks = section(md, 'What went well');
    assert.match(thanks, /Thank you, since we last met:\n\n- The demo \(Friday 20 November\): Kept the demo to ten minutes\.\n- Wednesday 25 November: Helped support on a Sunday\. The customer stayed\./);
    assert.doesNotMatch(md, /An old thank-you|Skipped the rollback test/);
  });

  it('no positive feedback since the last 1:1: no section about it', () => {
    assert.doesNotMatch(agendaOf({ ...person, '2026-11-20.yaml': 'date: 2026-11-20\nnotes: Held.\n' }), /What went well/);
  });

  it('shows every text exactly as written, never as markup, and links nowhere', () => {
    const item = '*not bold* [a link](http://example.com) <b>x</b> # not a heading';
    const md = agendaOf({ ...person, '2026-12-01.yaml': `date: 2026-12-01\nagenda:\n  - "${item}"\n` });
    const html = new MarkdownIt({ html: false }).render(md);
    assert.ok(html.includes('<li>*not bold* [a link](http://example.com) &lt;b&gt;x&lt;/b&gt; # not a heading</li>'), html);
    assert.doesNotMatch(html, /<a |<em>|<b>/);
  });

  it('spokenDate: the weekday, the day and the month; the year only when it is not this year', () => {
    assert.equal(spokenDate('2026-12-01', '2026-11-27'), 'Tuesday 1 December');
    assert.equal(spokenDate('2027-01-04', '2026-11-27'), 'Monday 4 January 2027');
    assert.equal(spokenDate('not a date', '2026-11-27'), 'not a date');
  });
});
