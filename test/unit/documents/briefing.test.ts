// The briefing for a person's next 1:1 (core/documents/briefing/): its sections in order on the sample
// team, a built case for each section, and every link going to a line that holds its item.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'mocha';
import { checkNotesRoot } from '../../../src/core/workspace/checkFolder';
import { DEFAULT_SETTINGS } from '../../../src/core/checks/settings';
import { writeBriefing } from '../../../src/core/documents/briefing/briefingMarkdown';
import { quarterStart } from '../../../src/core/documents/briefing/meeting';
import { parseLineTarget } from '../../../src/core/documents/markdown';
import { ctxOn, notesOf, type PersonFiles } from '../checks/builders';

// out/test/unit/documents/ → project root
const root = join(__dirname, '..', '..', '..', '..');
const sampleRoot = join(root, 'examples', 'notes', 'one-on-ones');
const SAMPLE_DAY = '2026-11-27';
const sample = checkNotesRoot(sampleRoot, { today: SAMPLE_DAY, settings: DEFAULT_SETTINGS }).index;

function sampleBriefing(personId: string): string {
  const notes = sample.notes(personId);
  assert.ok(notes, personId);
  return writeBriefing({ notes, ctx: { today: SAMPLE_DAY, settings: DEFAULT_SETTINGS } });
}

function brief(files: PersonFiles, today: string, settings = {}): string {
  return writeBriefing({ notes: notesOf(files), ctx: ctxOn(today, settings) });
}

/** The lines of one `## ` section, without its heading. */
function section(md: string, title: string): string {
  const start = md.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `no section ${title}`);
  const body = md.slice(start + title.length + 5);
  const end = body.indexOf('\n## ');
  return (end < 0 ? body : body.slice(0, end)).trim();
}

const LINK = /\[([^\]]+)\]\(([^)]+)\)/g;
const unescape = (text: string) => text.replace(/\\(.)/g, '$1');
const words = (text: string) => unescape(text).toLowerCase().replace(/[^\p{L}\p{N}:'-]+/gu, ' ').trim().split(' ').filter(Boolean);

/**
 * Whether the item (the Markdown line before its link) is written at the linked line: three words in a
 * row of it, or one of its dates, on that line or the next few (a text may run over several lines).
 */
function heldAt(item: string, fileText: string, line: number): boolean {
  const lines = fileText.split('\n').slice(line - 1, line + 4).join(' ');
  const there = ` ${words(lines).join(' ')} `;
  const own = words(item.replace(LINK, ''));
  for (let i = 0; i + 3 <= own.length; i++) if (there.includes(` ${own.slice(i, i + 3).join(' ')} `)) return true;
  // A short value (`cadence: biweekly`, `stance: socratic`) is held when the item says all of it.
  const value = (fileText.split('\n')[line - 1] ?? '').replace(/\s#.*$/, '').split(': ').slice(1).join(': ');
  const short = words(value);
  if (value.trim().length >= 4 && ` ${own.join(' ')} `.includes(` ${short.join(' ')} `)) return true;
  return (item.match(/\d{4}-\d{2}-\d{2}/g) ?? []).some((date) => fileText.split('\n')[line - 1]?.includes(date));
}

const PARTS = ['The meeting', 'What you owe them', 'Open topics', 'Follow-ups', 'Recognition', 'Last time'];

describe('briefing: on the sample team', () => {
  it('has the six parts, in the order of a 1:1\'s preparation', () => {
    for (const id of ['amara-okafor', 'ben-hughes', 'chen-wei', 'dana-kowalski']) {
      const md = sampleBriefing(id);
      assert.deepEqual([...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]), PARTS, id);
      assert.match(md, new RegExp(`^# Prepare: 1:1 with ${sample.notes(id)?.person.name}\n`), id);
    }
  });

  it('says what the notes say about Dana, a professional with an open plan and a new topic', () => {
    const md = sampleBriefing('dana-kowalski');
    assert.match(section(md, 'The meeting'), /^- Last 1:1: 2026-11-23, 4 days ago · \[2026-11-23, line 1\]\(dana-kowalski\/2026-11-23\.yaml#L1\)$/m);
    assert.match(section(md, 'The meeting'), /This quarter, since 2026-10-01: 4 kept, none missed \(the cadence expected 3; 9 days away not counted\)/);
    assert.equal(section(md, 'What you owe them'), 'Nothing: no open actions of yours, and no feedback waiting to be given.');
    const topics = section(md, 'Open topics');
    assert.deepEqual([...topics.matchAll(/^### (.+)$/gm)].map((m) => m[1]), ['Time to a first response on design reviews', 'Writing down migration decisions']);
    // A professional: the shared purpose comes first in every topic, said to be missing where it is.
    for (const block of topics.split(/^### .+$/m).slice(1)) assert.match(block.trim(), /^- Shared purpose: /);
    assert.match(topics, /- Shared purpose: none written yet\. Name what you both want before the hard part\./);
    assert.match(topics, /review was due 2026-11-23: \*\*overdue\*\*/);
    assert.match(topics, /- Next time, the plan's review: /);
    assert.match(topics, /  - Goal: A first response on every design request within three working days · \[2026-10-26, line 28\]/);
    assert.match(topics, /  - Measure: Days to first response, read from the queue board · \[2026-10-26, line 32\]/);
    assert.match(topics, /the next is the 2nd, stage 2 of 3: Socratic/);
    assert.match(topics, /  - To find what gets in the way: What got in the way\? /);
    assert.match(section(md, 'Follow-ups'), /\*\*Dana's open actions\*\*\n\n- First decision record - the partition key · due 2026-12-04 \(in 7 days\)/);
    assert.match(section(md, 'Recognition'), /^- Last heard what they do well: 2026-11-19, 8 days ago\.$/m);
    assert.doesNotMatch(section(md, 'Recognition'), /It has been a while/);
    assert.match(section(md, 'Last time'), /\*\*Agenda\*\*\n\n- Dana - Thursday's incident, what we learned · \[2026-11-23, line 3\]/);
  });

  it('shows what the sample plants: Ben\'s overdue action and stale feedback, Chen\'s missing recognition, Amara\'s feedback not given', () => {
    assert.match(section(sampleBriefing('ben-hughes'), 'What you owe them'), /^- Get Ben a slot at the architecture guild.* · \*\*overdue\*\*: due 2026-11-20, 7 days ago · \[2026-11-10, line 1[0-9]\]/m);
    assert.match(section(sampleBriefing('ben-hughes'), 'Follow-ups'), /given 2026-10-30, 28 days ago, no follow-up since · \*\*stale\*\*: check in on it · \[feedback log, line/);
    assert.match(section(sampleBriefing('ben-hughes'), 'Open topics'), /^- Stage: a written plan, 1 conversation so far, the last on 2026-11-17 \(plan\); review due 2026-12-15 · /m);
    const chen = sampleBriefing('chen-wei');
    assert.match(section(chen, 'Recognition'), /^- Last heard what they do well: 2026-10-08, 50 days ago\.\n- \*\*It has been a while\*\* \(more than 30 days\): look for something Chen did well, and tell them soon\.$/m);
    assert.match(section(chen, 'The meeting'), /; the next was due 2026-11-19: \*\*overdue\*\*/);
    assert.match(section(sampleBriefing('amara-okafor'), 'What you owe them'), /\*\*Feedback you have not given yet, oldest first\*\*\n\n- Positive, observed 2026-11-20 \(7 days ago\): /);
  });

  it('links every item to a line that holds it', () => {
    let links = 0;
    for (const id of ['amara-okafor', 'ben-hughes', 'chen-wei', 'dana-kowalski']) {
      for (const item of sampleBriefing(id).split('\n')) {
        for (const [, , target] of item.matchAll(LINK)) {
          const place = parseLineTarget(target as string);
          assert.ok(place, `${target} is a line target`);
          const text = readFileSync(join(sampleRoot, place.file), 'utf8');
          assert.ok(heldAt(item, text, place.line), `${place.file}:${place.line} does not hold: ${item}`);
          links += 1;
        }
        // Every item from the notes has its link; the only items without one are the model's own words.
        if (/^\s*- /.test(item) && !LINK.test(item)) {
          assert.match(item, /^\s*- (None|Nothing|No |Shared purpose: none|Expectation: none|Support: none|Commitments: no|Goals: none|Measures: none|Review date: none|Next time|To |This quarter|Agreed last time|The plan of|The latest positive|Last heard|\*\*It has been)/, item);
        }
        LINK.lastIndex = 0;
      }
    }
    assert.ok(links > 60, `${links} links`);
  });

  it('the check finds a link to the wrong line', () => {
    const text = readFileSync(join(sampleRoot, 'dana-kowalski/2026-11-23.yaml'), 'utf8');
    assert.equal(heldAt('- Dana - backfill, final go/no-go next week · [x](dana-kowalski/2026-11-23.yaml#L4)', text, 4), true);
    assert.equal(heldAt('- Dana - backfill, final go/no-go next week · [x](dana-kowalski/2026-11-23.yaml#L20)', text, 20), false);
  });
});

const PERSON = 'name: Lin Park\ncadence: weekly\nsince: 2026-01-05\n';

describe('briefing: each part, on notes built for it', () => {
  it('the meeting: 1:1s kept and missed this quarter, from since, days away left out', () => {
    assert.equal(quarterStart('2026-11-27'), '2026-10-01');
    assert.equal(quarterStart('2026-03-31'), '2026-01-01');
    const files: PersonFiles = {
      'person.yaml': 'name: Lin Park\ncadence: weekly\nsince: 2026-02-02\naway:\n  - { from: 2026-02-16, until: 2026-02-22 }\n',
      '2026-02-02.yaml': 'date: 2026-02-02\nnotes: First one.\n',
      '2026-02-09.yaml': 'date: 2026-02-09\nnotes: Second.\n',
      '2026-03-02.yaml': 'date: 2026-03-02\nnotes: Third.\n',
      '2026-03-20.yaml': 'date: 2026-03-20\nagenda: [only planned]\n',
    };
    const meeting = section(brief(files, '2026-03-10'), 'The meeting');
    assert.match(section(brief(files, '2026-03-13'), 'The meeting'), /; the next was due 2026-03-09: \*\*overdue\*\* · /, 'overdue past the grace days');
    // 2 February to 10 March: 37 days, 7 of them away: 30 days, 4 weekly 1:1s expected, 3 held.
    assert.match(meeting, /^- Last 1:1: 2026-03-02, 8 days ago · \[2026-03-02, line 1\]\(p\/2026-03-02\.yaml#L1\)$/m);
    assert.match(meeting, /^- Cadence: weekly, one every 7 days; the next is due 2026-03-09 \(yesterday\) · \[person file, line 2\]\(p\/person\.yaml#L2\)$/m);
    assert.match(meeting, /^- This quarter, since 2026-02-02: 3 kept, 1 missed \(the cadence expected 4; 7 days away not counted\)\.$/m);
    const ended = section(brief({ ...files, 'person.yaml': 'name: Lin Park\ncadence: weekly\nsince: 2026-02-02\nuntil: 2026-02-15\n' }, '2026-03-10'), 'The meeting');
    assert.match(ended, /^- Cadence: weekly, one every 7 days; you stopped managing Lin on 2026-02-15 · /m);
    assert.match(ended, /^- This quarter, since 2026-02-02: 2 kept, none missed \(the cadence expected 2\)\.$/m, 'counted up to until');
    assert.match(section(brief({ 'person.yaml': 'name: Lin Park\n' }, '2026-03-10'), 'The meeting'), /^- No 1:1 held yet: the first one sets the rhythm\.\n- Cadence: weekly, one every 7 days \(the default cadence setting\)/);
  });

  it('what you owe them: your open actions overdue first, feedback not given yet oldest first', () => {
    const md = brief({
      'person.yaml': PERSON,
      '2026-03-02.yaml': [
        'date: 2026-03-02',
        'actions:',
        '  - { text: Book the offsite, owner: me }',
        '  - { text: Send the rota, owner: me, due: 2026-03-20 }',
        '  - { text: Ask finance about the budget, owner: me, due: 2026-03-05 }',
        '  - { text: Already done, owner: me, due: 2026-03-01, done: 2026-03-01 }',
        '  - { text: Their own item, owner: them, due: 2026-03-04 }',
      ].join('\n'),
      'feedback.yaml': [
        'feedback:',
        '  - { kind: corrective, observed: 2026-03-08, given: not-yet, behaviour: Pushed straight to main }',
        '  - { kind: positive, observed: 2026-03-03, given: not-yet, behaviour: Wrote the migration guide }',
      ].join('\n'),
    }, '2026-03-10');
    assert.equal(section(md, 'What you owe them'), [
      '**Your open actions, overdue first**',
      '',
      '- Ask finance about the budget · **overdue**: due 2026-03-05, 5 days ago · [2026-03-02, line 5](p/2026-03-02.yaml#L5)',
      '- Send the rota · due 2026-03-20 (in 10 days) · [2026-03-02, line 4](p/2026-03-02.yaml#L4)',
      '- Book the offsite · no due day · [2026-03-02, line 3](p/2026-03-02.yaml#L3)',
      '',
      '**Feedback you have not given yet, oldest first**',
      '',
      '- Positive, observed 2026-03-03 (7 days ago): Wrote the migration guide · [feedback log, line 3](p/feedback.yaml#L3)',
      '- Corrective, observed 2026-03-08 (2 days ago): Pushed straight to main · [feedback log, line 2](p/feedback.yaml#L2)',
    ].join('\n'));
    assert.match(section(md, 'Follow-ups'), /\*\*Lin's open actions\*\*\n\n- Their own item · \*\*overdue\*\*: due 2026-03-04, 6 days ago/);
  });

  it('open topics: the stage, what was agreed, what next time brings with fitting questions', () => {
    const md = brief({
      'person.yaml': PERSON,
      '2026-03-02.yaml': [
        'date: 2026-03-02',
        'topics:',
        '  - id: review-depth',
        '    title: Review depth',
        '    stance: supportive',
        '    expectation: Every migration gets a second reader before merge.',
        '    gap: skill',
        '    support: [Pairing with Sam on the next two]',
        'actions:',
        '  - { text: Pair with Sam on a migration review, owner: them, due: 2026-03-13 }',
      ].join('\n'),
    }, '2026-03-10');
    const topics = section(md, 'Open topics');
    assert.equal(topics, [
      '### Review depth',
      '',
      '- Stage: 1 conversation so far, the last on 2026-03-02 (supportive); the next is the 2nd, stage 2 of 3: Socratic · [2026-03-02, line 5](p/2026-03-02.yaml#L5)',
      '- Agreed last time (2026-03-02):',
      '  - Expectation: Every migration gets a second reader before merge. · [2026-03-02, line 6](p/2026-03-02.yaml#L6)',
      '  - Support: Pairing with Sam on the next two · [2026-03-02, line 8](p/2026-03-02.yaml#L8)',
      '  - Commitment: Lin: Pair with Sam on a migration review (due 2026-03-13) · [2026-03-02, line 10](p/2026-03-02.yaml#L10)',
      `- Next time, Socratic: ${topics.split('- Next time, Socratic: ')[1]?.split('\n')[0]}`,
      '  - To find what gets in the way: What got in the way? What makes this harder than it looks from outside?',
      '  - To get to the root cause: What do you think is behind it? When does it go well and what is different then?',
    ].join('\n'));
    assert.doesNotMatch(topics, /Shared purpose/, 'not a professional: no shared purpose line');
  });

  it('a professional\'s topic starts with the shared purpose', () => {
    const md = brief({
      'person.yaml': `${PERSON}professional: true\n`,
      '2026-03-02.yaml': [
        'date: 2026-03-02',
        'topics:',
        '  - id: review-depth',
        '    stance: supportive',
        '    sharedPurpose: Migrations nobody has to roll back.',
        '    expectation: A second reader on every migration.',
      ].join('\n'),
    }, '2026-03-10');
    const topics = section(md, 'Open topics');
    assert.match(topics, /^### review-depth\n\n- Shared purpose: Migrations nobody has to roll back\. · \[2026-03-02, line 5\]\(p\/2026-03-02\.yaml#L5\)\n- Stage: /);
    assert.match(md, /Lin is a senior professional: coach by persuasion/);
  });

  it('follow-ups: corrective feedback awaiting follow-up with its age, stale past the setting', () => {
    const md = brief({
      'person.yaml': PERSON,
      'feedback.yaml': [
        'feedback:',
        '  - { kind: corrective, observed: 2026-02-01, given: 2026-02-02, behaviour: Skipped the design review }',
        '  - kind: corrective',
        '    observed: 2026-02-20',
        '    given: 2026-02-20',
        '    behaviour: Merged without tests',
        '    followUp: { state: improving, date: 2026-03-05 }',
        '  - { kind: corrective, observed: 2026-02-21, given: 2026-02-21, behaviour: Resolved one, followUp: { state: resolved, date: 2026-03-01 } }',
      ].join('\n'),
    }, '2026-03-10');
    assert.equal(section(md, 'Follow-ups'), [
      '**Corrective feedback awaiting follow-up**',
      '',
      '- Skipped the design review · given 2026-02-02, 36 days ago, no follow-up since · **stale**: check in on it · [feedback log, line 2](p/feedback.yaml#L2)',
      '- Merged without tests · last followed up 2026-03-05 (improving), 5 days ago · [feedback log, line 6](p/feedback.yaml#L6)',
      '',
      '**Lin\'s open actions**',
      '',
      '- None open.',
    ].join('\n'));
  });

  it('recognition: the latest positive feedback, and a nudge once it has been longer than the setting', () => {
    const files: PersonFiles = {
      'person.yaml': PERSON,
      'feedback.yaml': [
        'feedback:',
        '  - { kind: positive, observed: 2026-01-10, given: 2026-01-10, behaviour: First }',
        '  - { kind: positive, observed: 2026-01-20, given: 2026-01-21, behaviour: Second }',
        '  - { kind: positive, observed: 2026-01-25, given: 2026-01-28, behaviour: Third }',
        '  - { kind: positive, observed: 2026-02-01, given: 2026-02-02, behaviour: Fourth }',
        '  - { kind: positive, observed: 2026-03-01, given: not-yet, behaviour: Not given }',
      ].join('\n'),
    };
    const late = section(brief(files, '2026-03-10'), 'Recognition');
    assert.equal(late, [
      '- Last heard what they do well: 2026-02-02, 36 days ago.',
      '- **It has been a while** (more than 30 days): look for something Lin did well, and tell them soon.',
      '- The latest positive feedback:',
      '  - Fourth (given 2026-02-02) · [feedback log, line 5](p/feedback.yaml#L5)',
      '  - Third (given 2026-01-28) · [feedback log, line 4](p/feedback.yaml#L4)',
      '  - Second (given 2026-01-21) · [feedback log, line 3](p/feedback.yaml#L3)',
    ].join('\n'));
    assert.doesNotMatch(section(brief(files, '2026-03-10', { recognitionDays: 40 }), 'Recognition'), /It has been a while/, 'the setting moves the nudge');
    assert.equal(section(brief({ 'person.yaml': PERSON }, '2026-03-10'), 'Recognition'), '- No positive feedback written yet. Look for something Lin does well, and say it soon.');
  });

  it('last time: the agenda and shareable notes, and private notes marked as private', () => {
    const md = brief({
      'person.yaml': PERSON,
      '2026-03-02.yaml': [
        'date: 2026-03-02',
        'agenda:',
        '  - Lin - the rota',
        '  - me - the offsite',
        'notes: |',
        '  Rota agreed.',
        '',
        '  Offsite in May.',
        'private: Lin looked tired; keep an eye on the on-call load.',
      ].join('\n'),
      '2026-03-16.yaml': 'date: 2026-03-16\nagenda: [planned, not held]\n',
    }, '2026-03-10');
    assert.equal(section(md, 'Last time'), [
      'The 1:1 of 2026-03-02 · [2026-03-02, line 1](p/2026-03-02.yaml#L1)',
      '',
      '**Agenda**',
      '',
      '- Lin - the rota · [2026-03-02, line 3](p/2026-03-02.yaml#L3)',
      '- me - the offsite · [2026-03-02, line 4](p/2026-03-02.yaml#L4)',
      '',
      '**Notes you could share**',
      '',
      '- Rota agreed. · [2026-03-02, line 5](p/2026-03-02.yaml#L5)',
      '',
      '  Offsite in May.',
      '',
      '**Private notes, for you alone**',
      '',
      '- Lin looked tired; keep an eye on the on-call load. · [2026-03-02, line 9](p/2026-03-02.yaml#L9)',
    ].join('\n'));
    assert.equal(md.indexOf('Lin looked tired'), md.lastIndexOf('Lin looked tired'), 'private text appears once, under its heading');
  });

  it('empty parts say so in a few words', () => {
    const md = brief({ 'person.yaml': PERSON, '2026-03-02.yaml': 'date: 2026-03-02\nnotes: Fine.\n' }, '2026-03-10');
    assert.equal(section(md, 'What you owe them'), 'Nothing: no open actions of yours, and no feedback waiting to be given.');
    assert.equal(section(md, 'Open topics'), 'No open topics.');
    assert.equal(section(md, 'Follow-ups'), '**Corrective feedback awaiting follow-up**\n\n- None waiting.\n\n**Lin\'s open actions**\n\n- None open.');
    assert.equal(section(brief({ 'person.yaml': PERSON }, '2026-03-10'), 'Last time'), 'No 1:1 held yet.');
  });

  it('note text shows as written, never as markup', () => {
    const md = brief({
      'person.yaml': 'name: "Lin <b>Park</b>"\n',
      '2026-03-02.yaml': 'date: 2026-03-02\nagenda: ["# not a heading", "[a link](http://x)"]\nnotes: "*stars* and `code`"\n',
    }, '2026-03-10');
    assert.match(md, /^# Prepare: 1:1 with Lin \\<b\\>Park\\<\/b\\>$/m);
    assert.match(md, /^- \\# not a heading · /m);
    assert.match(md, /^- \\\[a link\\\]\(http:\/\/x\) · /m);
    assert.match(md, /^- \\\*stars\\\* and \\`code\\` · /m);
  });
});
