// The team overview on the sample team (examples/notes) on its day, 27 November 2026: a row per person,
// a mark per feedback item (counted here from the YAML itself), the weeks the sample holds, and every
// location on a line that holds its item.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { teamOverview, sortRows } from '../../../src/core/pictures/teamOverview';
import { compareAttention, needsAttention, rankFinding } from '../../../src/core/workspace/attention';
import { groupAttention } from '../../../src/core/workspace/attentionGroups';
import { assertHolds } from './locations';
import { sampleCtx, sampleRoot, sampleTeam } from './sampleTeam';

const text = (file: string) => readFileSync(join(sampleRoot, file), 'utf8');
const people = readdirSync(sampleRoot, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

/** Every feedback item written in a person's YAML files, and those with `given: not-yet`. */
function feedbackInYaml(personId: string): { all: number; notYet: number } {
  let all = 0;
  let notYet = 0;
  for (const name of readdirSync(join(sampleRoot, personId))) {
    if (!name.endsWith('.yaml') || name === 'person.yaml') continue;
    const items = (parse(text(`${personId}/${name}`)) as { feedback?: { given?: unknown }[] }).feedback ?? [];
    all += items.length;
    notYet += items.filter((f) => f.given === 'not-yet').length;
  }
  return { all, notYet };
}

describe('the team overview on the sample team', () => {
  const checked = sampleTeam();
  const overview = teamOverview(checked, sampleCtx);
  const row = (id: string) => {
    const found = overview.rows.find((r) => r.personId === id);
    assert.ok(found, `no row for ${id}`);
    return found;
  };
  const week = (id: string, to: string) => row(id).weeks.find((w) => w.to === to);

  it('has a row for each person folder, nobody apart, over 26 weeks ending on the sample day', () => {
    assert.equal(people.length, 4);
    assert.deepEqual(overview.rows.map((r) => r.personId).sort(), [...people].sort());
    assert.deepEqual(overview.apart, []);
    assert.deepEqual(overview.span, { from: '2026-05-30', to: '2026-11-27' });
    for (const r of overview.rows) {
      assert.equal(r.weeks.length, 26);
      assert.equal(r.weeks[25]?.to, '2026-11-27');
    }
  });

  it('has one feedback mark per feedback item written in the YAML, person by person', () => {
    let total = 0;
    for (const id of people) {
      const { all, notYet } = feedbackInYaml(id);
      assert.equal(row(id).feedback.length, all, id);
      assert.equal(row(id).feedback.filter((m) => m.state === 'waiting').length, notYet, id);
      total += all;
    }
    assert.equal(overview.rows.reduce((n, r) => n + r.feedback.length, 0), total);
    assert.ok(total > 30, `only ${total} feedback items in the sample?`);
  });

  it('shows a held week pointing at its 1:1, the week Chen was missed, and the week Dana was away', () => {
    const held = week('ben-hughes', '2026-11-27');
    assert.equal(held?.state, 'held');
    assert.deepEqual(held?.held.map((o) => o.at), [{ file: 'ben-hughes/2026-11-24.yaml', line: 1 }]);
    // Chen's last 1:1 was 12 November: 8 days later is within weekly + 3 days of grace, 15 is not.
    assert.equal(week('chen-wei', '2026-11-20')?.state, 'not-due');
    assert.equal(week('chen-wei', '2026-11-27')?.state, 'missed');
    assert.deepEqual(row('chen-wei').weeks.filter((w) => w.state === 'missed').map((w) => w.to), ['2026-11-27']);
    // Dana was away from 1 to 9 October (person.yaml `away:`).
    assert.deepEqual(row('dana-kowalski').weeks.filter((w) => w.state === 'away').map((w) => w.to), ['2026-10-09']);
    // Biweekly: the weeks between two 1:1s are not due, never missed.
    assert.equal(week('amara-okafor', '2026-11-13')?.state, 'not-due');
    assert.ok(overview.rows.every((r) => r.personId === 'chen-wei' || r.weeks.every((w) => w.state !== 'missed')));
  });

  it('marks the weeks before the team started (since 24 August) as before', () => {
    for (const r of overview.rows) {
      assert.ok(r.weeks.filter((w) => w.to < '2026-08-24').every((w) => w.state === 'before'), r.personId);
      assert.equal(r.weeks.filter((w) => w.state === 'before').length, 12, r.personId);
    }
  });

  it("shows Amara's feedback not given yet as a hollow mark at the day it was observed, with its age", () => {
    const waiting = row('amara-okafor').feedback.filter((m) => m.state === 'waiting');
    assert.deepEqual(waiting, [{ state: 'waiting', kind: 'positive', date: '2026-11-20', observed: '2026-11-20', age: 7, at: { file: 'amara-okafor/feedback.yaml', line: 17 } }]);
  });

  it('places given feedback at the day it was given, with its delay', () => {
    const late = row('dana-kowalski').feedback.find((m) => m.at.file === 'dana-kowalski/feedback.yaml' && m.observed === '2026-11-02');
    assert.deepEqual(late && { state: late.state, date: late.date, delay: late.state === 'given' ? late.delay : undefined }, { state: 'given', date: '2026-11-11', delay: 9 });
  });

  it('says where feedback needs you, in the words of Needs Attention: gone stale, given late', () => {
    const flagged = overview.rows.flatMap((r) => r.feedback.filter((m) => m.attention !== undefined).map((m) => `${m.at.file}:${m.at.line} ${m.attention}`));
    assert.deepEqual(flagged.sort(), [
      'ben-hughes/feedback.yaml:17 Stale feedback · 28 days',
      'dana-kowalski/feedback.yaml:18 Late feedback · 9 days',
    ]);
  });

  it('lists open topics with their stage, the stage due next, and the next review date', () => {
    const dana = row('dana-kowalski').topics.find((t) => t.topicId === 'design-review-turnaround');
    assert.deepEqual(dana && { stage: dana.stage, next: dana.next, n: dana.conversations, review: dana.reviewDate, overdue: dana.reviewOverdue },
      { stage: 'plan', next: 'plan', n: 3, review: '2026-11-23', overdue: true });
    const ben = row('ben-hughes').topics;
    assert.ok(!ben.some((t) => t.topicId === 'early-warning-on-slips'), 'a resolved topic is not open');
    const amara = row('amara-okafor').topics.find((t) => t.topicId === 'review-depth');
    assert.deepEqual(amara && [amara.stage, amara.next, amara.conversations], ['socratic', 'plan', 3]);
  });

  it("counts the days since the last recognition as the recognition check does: Chen's was on 8 October", () => {
    assert.deepEqual(row('chen-wei').recognition, { date: '2026-10-08', days: 50, overdue: true, at: { file: 'chen-wei/2026-10-08.yaml', line: 9 } });
    // Overdue exactly when the recognition check says so: Chen only, on the sample day.
    assert.deepEqual(overview.rows.filter((r) => r.recognition?.overdue).map((r) => r.personId), ['chen-wei']);
  });

  it('points every location at a line that holds its item', () => {
    let checked = 0;
    for (const r of overview.rows) {
      for (const w of r.weeks) for (const o of w.held) { assertHolds(text, o.at, 'date', o.date); checked++; }
      for (const m of r.feedback) { assertHolds(text, m.at, 'observed', m.observed); checked++; }
      for (const t of r.topics) { assertHolds(text, t.at, 'stance', t.stage); checked++; }
      if (r.recognition) { assertHolds(text, r.recognition.at, 'kind', 'positive'); checked++; }
    }
    assert.ok(checked > 50, `only ${checked} locations`);
  });

  it('ranks people as Needs Attention orders them, and sorts by name too', () => {
    const ranked = [...checked.grouped().values()].flat().filter(needsAttention)
      .map((finding) => ({ finding, rank: rankFinding(finding, checked.index.notes(finding.file.slice(0, finding.file.indexOf('/')))) }))
      .sort(compareAttention);
    const groups = groupAttention(ranked, () => ({ key: 'sample', nameOf: (id) => id })).filter((g) => g.kind === 'person');
    assert.deepEqual(overview.rows.map((r) => r.personId), groups.map((g) => g.personId));
    assert.deepEqual(overview.rows.map((r) => r.urgency.rank), [0, 1, 2, 3]);
    assert.deepEqual(overview.rows.map((r) => r.urgency.attention), groups.map((g) => g.count));
    assert.equal(overview.rows[0]?.urgency.top, 'Stale feedback · 28 days');
    assert.deepEqual(sortRows(overview.rows, 'name').map((r) => r.name), ['Amara Okafor', 'Ben Hughes', 'Chen Wei', 'Dana Kowalski']);
    assert.deepEqual(sortRows(sortRows(overview.rows, 'name'), 'urgency'), overview.rows);
  });
});
