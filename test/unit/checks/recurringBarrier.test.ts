import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { addDays } from '../../../src/core/dates';
import { checkAll, everyonesNotes } from '../../../src/core/checks/engine';
import { barrierKey, recurringBarrier } from '../../../src/core/checks/recurringBarrier';
import type { CheckContext } from '../../../src/core/checks/rule';
import type { Finding } from '../../../src/core/findings';
import { NotesIndex } from '../../../src/core/people/notesIndex';
import { ctxOn, only, textAt } from './builders';

const today = '2026-11-27';
const ctx = ctxOn(today);
const ago = (n: number) => addDays(today, -n);

/** Files by path under the notes root (`ana/person.yaml`, `ana/2026-11-02.yaml`). */
type TeamFiles = Record<string, string>;

function indexOf(files: TeamFiles): NotesIndex {
  const index = new NotesIndex();
  for (const [file, text] of Object.entries(files)) index.update(file, text);
  return index;
}

function runTeam(files: TeamFiles, context: CheckContext = ctx): Finding[] {
  return recurringBarrier.checkTeam?.(everyonesNotes(indexOf(files)), context) ?? assert.fail('no checkTeam');
}

const NAMES: Record<string, string> = { ana: 'Ana Silva', ben: 'Ben Hughes', cy: 'Cy Moreau', dee: 'Dee Park' };

/** A topic conversation, given a topic id that is the person's alone. */
type TopicText = (ownTopicId: string) => string;

/** A person with one 1:1 `age` days ago holding one topic conversation. */
function person(id: string, age: number, topic: TopicText): TeamFiles {
  return {
    [`${id}/person.yaml`]: `name: ${NAMES[id] ?? id}\n`,
    [`${id}/${ago(age)}.yaml`]: `date: ${ago(age)}\ntopics:\n${topic(`${id}-topic`)}`,
  };
}

const socratic = (...barriers: string[]): TopicText => (own) =>
  `  - id: ${own}\n    stance: socratic\n    barriers:\n${barriers.map((b) => `      - ${b}\n`).join('')}    status: open\n`;
const topicEntry = (id: string, status: string): TopicText => () => `  - id: ${id}\n    stance: supportive\n    expectation: Releases ship on time.\n    status: ${status}\n`;

const CI = 'Flaky CI on the payments repo';

describe('culture/recurring-barrier: the same barrier line for several people (signal B)', () => {
  const three = { ...person('ana', 40, socratic(CI)), ...person('ben', 10, socratic('flaky ci on the payments repo!')), ...person('cy', 25, socratic(`  ${CI.toUpperCase()}`)) };

  it('is a hint on the most recent occurrence, naming the barrier and the people, with the others related', () => {
    const f = only(runTeam(three));
    assert.equal(f.code, 'culture/recurring-barrier');
    assert.equal(f.severity, 'hint');
    assert.equal(f.file, `ben/${ago(10)}.yaml`);
    assert.equal(textAt(three[f.file] as string, f.range), 'flaky ci on the payments repo!');
    assert.equal(f.message, 'The barrier "flaky ci on the payments repo!" came up for 3 people in the last 180 days (Ana Silva, Ben Hughes, Cy Moreau): a barrier that many meet points at the process, not at each person');
    assert.deepEqual(f.related?.map((r) => [r.file, textAt(three[r.file] as string, r.range), r.message]), [
      [`cy/${ago(25)}.yaml`, CI.toUpperCase(), `Also for Cy Moreau: "${CI.toUpperCase()}" on ${ago(25)}`],
      [`ana/${ago(40)}.yaml`, CI, `Also for Ana Silva: "${CI}" on ${ago(40)}`],
    ]);
    assert.match(f.guidance ?? '', /fix it once, instead of coaching each person/);
  });

  it('needs as many people as recurringBarrierPeople: 2 of 3 are not enough, and the setting moves it', () => {
    const two = { ...person('ana', 40, socratic(CI)), ...person('ben', 10, socratic(CI)) };
    assert.deepEqual(runTeam(two), []);
    assert.equal(runTeam(two, ctxOn(today, { recurringBarrierPeople: 2 })).length, 1);
    assert.deepEqual(runTeam(three, ctxOn(today, { recurringBarrierPeople: 4 })), []);
    assert.equal(runTeam({ ...three, ...person('dee', 3, socratic(CI)) }, ctxOn(today, { recurringBarrierPeople: 4 })).length, 1);
  });

  it('never counts one person as a pattern, whatever the setting', () => {
    assert.deepEqual(runTeam(person('ana', 4, socratic(CI, CI)), ctxOn(today, { recurringBarrierPeople: 1 })), []);
  });

  it('counts a person once, however often they meet the barrier, and relates their latest occurrence', () => {
    const twice = { ...person('ana', 40, socratic(CI)), [`ana/${ago(5)}.yaml`]: `date: ${ago(5)}\ntopics:\n${socratic(CI)('ana-topic')}`, ...person('ben', 10, socratic(CI)) };
    assert.deepEqual(runTeam(twice), []);
    const f = only(runTeam({ ...twice, ...person('cy', 20, socratic(CI)) }));
    assert.equal(f.file, `ana/${ago(5)}.yaml`);
    assert.match(f.message, /for 3 people/);
    assert.deepEqual(f.related?.map((r) => r.file), [`ben/${ago(10)}.yaml`, `cy/${ago(20)}.yaml`]);
  });

  it('looks 180 days back: 180 days ago counts, 181 does not, and a future 1:1 not yet', () => {
    const recent = { ...person('ana', 40, socratic(CI)), ...person('ben', 10, socratic(CI)) };
    assert.equal(runTeam({ ...recent, ...person('cy', 180, socratic(CI)) }).length, 1);
    assert.deepEqual(runTeam({ ...recent, ...person('cy', 181, socratic(CI)) }), []);
    assert.deepEqual(runTeam({ ...recent, ...person('cy', -1, socratic(CI)) }), []);
  });

  it('different barriers are different, and only punctuation, spacing and case are ignored', () => {
    assert.deepEqual(runTeam({ ...person('ana', 40, socratic(CI)), ...person('ben', 10, socratic(CI)), ...person('cy', 25, socratic('Flaky CI on the billing repo')) }), []);
    assert.equal(barrierKey('  Flaky  CI -- on the payments-repo!! '), 'flaky ci on the payments repo');
    assert.equal(barrierKey('Zoë’s review queue'), barrierKey('ZOË S REVIEW QUEUE'));
    assert.equal(barrierKey('...'), '');
  });

  it('reads only the barriers of Socratic conversations', () => {
    const supportive: TopicText = (own) => `  - id: ${own}\n    stance: supportive\n    barriers: [${CI}]\n`;
    assert.deepEqual(runTeam({ ...person('ana', 40, socratic(CI)), ...person('ben', 10, socratic(CI)), ...person('cy', 25, supportive) }), []);
  });

  it('leaves out people you no longer manage', () => {
    const left = { ...three, 'cy/person.yaml': `name: Cy Moreau\nuntil: ${ago(1)}\n` };
    assert.deepEqual(runTeam(left), []);
  });

  it('is quiet when its severity is off, and can be raised', () => {
    assert.deepEqual(runTeam(three, ctxOn(today, { severities: { 'culture/recurring-barrier': 'off' } })), []);
    assert.equal(only(runTeam(three, ctxOn(today, { severities: { 'culture/recurring-barrier': 'info' } }))).severity, 'info');
  });

  it('a barrier written as one line is anchored on that line', () => {
    const oneLine: TopicText = (own) => `  - id: ${own}\n    stance: socratic\n    barriers: ${CI}\n`;
    const files = { ...three, ...person('cy', 2, oneLine) };
    const f = only(runTeam(files));
    assert.equal(f.file, `cy/${ago(2)}.yaml`);
    assert.equal(textAt(files[f.file] as string, f.range), CI);
  });
});

describe('culture/recurring-barrier: the same topic open for several people (signal A)', () => {
  const open = (status: string) => topicEntry('deploy-checklist', status);
  const three = { ...person('ana', 30, open('open')), ...person('ben', 9, open('improving')), ...person('cy', 60, open('open')) };

  it('fires on the topic id of the most recent conversation, with the others related', () => {
    const f = only(runTeam(three));
    assert.equal(f.file, `ben/${ago(9)}.yaml`);
    assert.equal(textAt(three[f.file] as string, f.range), 'deploy-checklist');
    assert.equal(f.message, 'The topic deploy-checklist is open for 3 people (Ana Silva, Ben Hughes, Cy Moreau): a barrier that many meet points at the process, not at each person');
    assert.deepEqual(f.related?.map((r) => [r.file, r.message]), [
      [`ana/${ago(30)}.yaml`, `Also for Ana Silva: open after the 1:1 on ${ago(30)}`],
      [`cy/${ago(60)}.yaml`, `Also for Cy Moreau: open after the 1:1 on ${ago(60)}`],
    ]);
  });

  it('does not count a topic resolved in its latest conversation, nor fire for two people', () => {
    assert.deepEqual(runTeam({ ...three, ...person('cy', 60, open('resolved')) }), []);
    const reopened = { ...three, [`cy/${ago(5)}.yaml`]: `date: ${ago(5)}\ntopics:\n${open('resolved')('')}` };
    assert.deepEqual(runTeam(reopened), [], 'open on one day, resolved later');
    assert.equal(runTeam({ ...person('ana', 30, open('open')), ...person('ben', 9, open('open')) }, ctxOn(today, { recurringBarrierPeople: 2 })).length, 1);
  });

  it('different topic ids are different barriers', () => {
    assert.deepEqual(runTeam({ ...three, ...person('cy', 60, topicEntry('deploy-checklists', 'open')) }), []);
  });
});

describe('the engine runs team rules', () => {
  it('checkAll adds the team findings to the per-person ones; the per-person check of a team rule finds nothing', () => {
    const files = { ...person('ana', 40, socratic(CI)), ...person('ben', 10, socratic(CI)), ...person('cy', 25, socratic(CI)) };
    const index = indexOf(files);
    assert.deepEqual(everyonesNotes(index).flatMap((n) => recurringBarrier.check(n, ctx)), []);
    const team = checkAll(index, ctx, [recurringBarrier]);
    assert.deepEqual(team.map((f) => [f.code, f.file]), [['culture/recurring-barrier', `ben/${ago(10)}.yaml`]]);
    assert.ok(checkAll(index, ctx).some((f) => f.code === 'culture/recurring-barrier'));
  });

  it('a failing team rule reports internal/check-failed and leaves the other rules be', () => {
    const broken = { ...recurringBarrier, id: 'test/broken', checkTeam: () => { throw new Error('boom'); } };
    const found = checkAll(indexOf(person('ana', 4, socratic(CI))), ctx, [broken]);
    assert.deepEqual(found.map((f) => [f.code, f.file, f.message]), [['internal/check-failed', 'ana/person.yaml', 'The check test/broken failed on these notes: boom']]);
  });
});
