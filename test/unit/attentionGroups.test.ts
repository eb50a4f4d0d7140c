import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { compareAttention, rankFinding, type Ranked } from '../../src/core/workspace/attention';
import { changedRowsInPlace, formatRowLabel, groupAttention, rowLabel, type AttentionGroup, type AttentionScope } from '../../src/core/workspace/attentionGroups';
import { CheckedNotes } from '../../src/core/workspace/checkedNotes';
import { checkPerson } from '../../src/core/checks/engine';
import type { Finding, Severity } from '../../src/core/findings';
import { ctxOn, notesOf } from './checks/builders';

function finding(code: string, severity: Severity, file: string, line = 0, summary?: string): Finding {
  return {
    code, severity, message: `${code} at ${file}:${line}`, file,
    range: { start: { line, character: 0 }, end: { line, character: 4 } },
    ...(summary ? { summary } : {}),
  };
}

const NAMES: Record<string, string> = { ben: 'Ben Hughes', ada: 'Ada Lovelace' };
const scope: AttentionScope = { key: 'root', nameOf: (id) => NAMES[id] ?? id };

/** Sorted most urgent first, as the Needs Attention list is. */
function sorted(list: Finding[]): Ranked[] {
  return list.map((f) => ({ finding: f, rank: rankFinding(f, undefined) })).sort(compareAttention);
}

/** A group as "label count: row | row". */
function show(g: AttentionGroup<Ranked>): string {
  return `${g.label} ${g.count}: ${g.rows.map((r) => r.label).join(' | ')}`;
}

describe('Needs Attention grouped by person', () => {
  it('makes one group per person, named and counted, the most urgent person first', () => {
    const groups = groupAttention(sorted([
      finding('cadence/overdue', 'warning', 'ada/person.yaml', 0, '1:1 overdue by 5 days'),
      finding('feedback/stale', 'warning', 'ben/feedback.yaml', 3, 'Stale feedback · 19 days'),
      finding('actions/overdue', 'warning', 'ben/2026-11-20.yaml', 9, 'Your action overdue · 2 days'),
      finding('recognition/none-recent', 'warning', 'ben/person.yaml', 0),
    ]), () => scope);
    assert.deepEqual(groups.map(show), [
      'Ben Hughes 3: Stale feedback · 19 days | Your action overdue · 2 days | No recent recognition',
      'Ada Lovelace 1: 1:1 overdue by 5 days',
    ]);
    assert.deepEqual(groups.map((g) => [g.kind, g.personId]), [['person', 'ben'], ['person', 'ada']]);
  });

  it("collapses a file's format findings into one row where the first one was, counting each", () => {
    const groups = groupAttention(sorted([
      finding('feedback/stale', 'warning', 'ben/feedback.yaml', 3),
      ...[2, 5, 7].map((line) => finding('format/unknown-key', 'error', 'ben/2026-11-17.yaml', line)),
      finding('format/schema', 'error', 'ben/2026-11-18.yaml', 1),
      finding('cadence/overdue', 'warning', 'ada/person.yaml'),
    ]), () => scope);
    const [ben, ada] = groups;
    assert.ok(ben && ada);
    assert.equal(show(ben), 'Ben Hughes 5: 3 format errors | 1 format error | Stale feedback');
    const row = ben.rows[0];
    assert.ok(row?.kind === 'format');
    assert.equal(row.file, 'ben/2026-11-17.yaml');
    assert.deepEqual(row.items.map((r) => r.finding.range.start.line), [2, 5, 7]);
    assert.equal(show(ada), 'Ada Lovelace 1: 1:1 overdue');
  });

  it('gives team-level findings and files outside any person a group of their own', () => {
    const groups = groupAttention(sorted([
      finding('culture/recurring-barrier', 'warning', 'ben/2026-11-20.yaml', 4, 'Same barrier · 3 people'),
      finding('layout/unreadable', 'warning', 'notes.yaml'),
      finding('feedback/stale', 'warning', 'ben/feedback.yaml', 3),
    ]), () => scope);
    assert.deepEqual(groups.map((g) => [g.kind, g.label, g.count]), [['person', 'Ben Hughes', 1], ['team', 'Team', 1], ['outside', 'Notes folder', 1]]);
    assert.equal(groups[1]?.personId, undefined, 'the team group is about no one person');
  });

  it('keeps the people of different notes roots apart', () => {
    const list = sorted([finding('feedback/stale', 'warning', 'ben/feedback.yaml'), finding('feedback/stale', 'warning', 'ben/feedback.yaml', 1)]);
    const groups = groupAttention(list, (r) => ({ key: r === list[0] ? 'alpha' : 'beta', nameOf: scope.nameOf }));
    assert.equal(groups.length, 2);
    assert.notEqual(groups[0]?.key, groups[1]?.key);
  });

  it('labels rows with the summary, else the rule label, else the start of the message', () => {
    assert.equal(rowLabel(finding('feedback/stale', 'warning', 'p/feedback.yaml', 0, 'Stale feedback · 19 days')), 'Stale feedback · 19 days');
    assert.equal(rowLabel(finding('escalation/stuck-stage', 'warning', 'p/x.yaml')), 'Stage stuck');
    assert.equal(rowLabel({ ...finding('internal/check-failed', 'error', 'p/x.yaml'), message: 'The check x failed' }), 'The check x failed');
    assert.equal(formatRowLabel([finding('format/schema', 'error', 'p/a'), finding('format/empty', 'warning', 'p/a')]), '2 format problems');
  });

  it('leads with what it is, in a few words, for the findings a manager acts on', () => {
    const today = '2026-11-27';
    const notes = notesOf({
      'person.yaml': 'name: Ben Hughes\ncadence: weekly\nsince: 2026-01-05\n',
      '2026-10-20.yaml': [
        'date: 2026-10-20',
        'topics:',
        '  - id: retries',
        '    stance: plan',
        '    goals: [Retries behind a flag]',
        '    measures: [Error rate]',
        '    support: [Pairing]',
        '    timeline: Four weeks',
        '    reviewDate: 2026-11-20',
        'feedback:',
        '  - kind: corrective',
        '    observed: 2026-10-20',
        '    behaviour: Merged without review',
        '',
      ].join('\n'),
      '2026-11-10.yaml': 'date: 2026-11-10\nagenda: [Roadmap]\nnotes: Went through the Q1 roadmap.\n',
    }, 'ben');
    const acted = new Set(['cadence/overdue', 'recognition/none-recent', 'escalation/missed-review', 'feedback/stale']);
    const labels = checkPerson(notes, ctxOn(today)).filter((f) => acted.has(f.code)).map(rowLabel).sort();
    assert.deepEqual(labels, ['1:1 overdue by 10 days', 'No positive feedback yet', 'Plan review missed · 7 days', 'Stale feedback · 38 days']);
  });

  it('counts what the badge counts: every finding in a group', () => {
    const checked = new CheckedNotes();
    checked.index.update('ben/person.yaml', 'name: Ben Hughes\n');
    checked.index.update('ben/2026-11-17.yaml', 'date: 2026-11-17\nagneda: x\nnotse: y\n');
    checked.recheck(ctxOn('2026-11-27'));
    const all = [...checked.grouped().values()].flat().filter((f) => f.severity === 'error' || f.severity === 'warning');
    const groups = groupAttention(sorted(all), () => scope);
    assert.equal(groups.reduce((n, g) => n + g.count, 0), all.length);
    assert.equal(groups[0]?.rows[0]?.label, '2 format errors');
  });
});

describe('Needs Attention: which rows of a group changed in place', () => {
  const build = (list: Finding[]) => groupAttention(sorted(list), () => scope)[0] as AttentionGroup<Ranked>;
  const base = [
    finding('feedback/stale', 'warning', 'ben/feedback.yaml', 3, 'Stale feedback · 19 days'),
    finding('actions/overdue', 'warning', 'ben/2026-11-20.yaml', 9, 'Your action overdue · 2 days'),
    ...[2, 5].map((line) => finding('format/unknown-key', 'error', 'ben/2026-11-17.yaml', line)),
  ];
  const moved = (f: Finding, by: number): Finding => ({ ...f, range: { start: { line: f.range.start.line + by, character: 0 }, end: { line: f.range.end.line + by, character: 4 } } });

  it('names no row when the group shows the same findings, and only the rows whose findings moved or read differently', () => {
    assert.deepEqual(changedRowsInPlace(build(base), build(base.map((f) => ({ ...f })))), []);
    const [stale, action, typo1, typo2] = base as [Finding, Finding, Finding, Finding];
    const after = build([stale, { ...action, message: 'Your commitment to Ben, "Ship it now", is 2 days overdue' }, typo1, moved(typo2, 1)]);
    const before = build(base);
    const changed = changedRowsInPlace(before, after);
    assert.deepEqual(changed?.map((i) => before.rows[i]?.label).sort(), ['2 format errors', 'Your action overdue · 2 days']);
    const otherRule = build([stale, action, typo1, finding('format/schema', 'error', 'ben/2026-11-17.yaml', 5)]);
    assert.deepEqual(changedRowsInPlace(before, otherRule)?.map((i) => before.rows[i]?.label), ['2 format errors'], 'another format finding in the same row');
  });

  it('gives up (undefined) when a row came, went, moved or shows other words, rule, file or severity', () => {
    const [stale, action, typo1] = base as [Finding, Finding, Finding, Finding];
    const before = build(base);
    assert.equal(changedRowsInPlace(before, build(base.slice(0, 3))), undefined, 'a format finding fewer: another count');
    assert.equal(changedRowsInPlace(before, build([...base, finding('cadence/overdue', 'warning', 'ben/person.yaml', 0, '1:1 overdue')])), undefined, 'a row more');
    assert.equal(changedRowsInPlace(before, build([stale, { ...action, summary: 'Your action overdue · 3 days' }, ...base.slice(2)])), undefined, 'other words');
    assert.equal(changedRowsInPlace(before, build([stale, { ...action, severity: 'error' }, ...base.slice(2)])), undefined, 'another severity (and place)');
    assert.equal(changedRowsInPlace(before, build([stale, { ...action, file: 'ben/2026-11-27.yaml' }, ...base.slice(2)])), undefined, 'another file');
    assert.equal(changedRowsInPlace(before, build([stale, action, typo1, finding('format/schema', 'error', 'ben/2026-11-18.yaml', 5)])), undefined, 'a format finding of another file: another row');
  });
});
