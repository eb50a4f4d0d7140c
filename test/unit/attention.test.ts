import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { attentionCount, compareAttention, needsAttention, rankFinding, RULE_PRIORITY, type Ranked } from '../../src/core/workspace/attention';
import type { Finding, Severity } from '../../src/core/findings';
import type { PersonNotes } from '../../src/core/people/personNotes';
import { notesOf } from './checks/builders';

function finding(code: string, severity: Severity, file = 'p/person.yaml', line = 0): Finding {
  return { code, severity, message: `${code} at ${file}:${line}`, file, range: { start: { line, character: 4 }, end: { line, character: 8 } } };
}

function ranked(f: Finding, notes?: PersonNotes): Ranked {
  return { finding: f, rank: rankFinding(f, notes) };
}

function order(list: Ranked[]): string[] {
  return [...list].sort(compareAttention).map((r) => r.finding.message);
}

describe('needs attention', () => {
  it('takes errors and warnings, never infos or hints', () => {
    const all = (['error', 'warning', 'info', 'hint'] as const).map((s) => finding('x', s));
    assert.deepEqual(all.filter(needsAttention).map((f) => f.severity), ['error', 'warning']);
    assert.equal(attentionCount(all), 2);
  });

  it('puts errors first, then warnings by rule priority, unknown rules and format warnings last', () => {
    const list = [
      finding('format/empty', 'warning'),
      finding('some/new-rule', 'warning'),
      finding('cadence/overdue', 'warning'),
      finding('escalation/stuck-stage', 'warning'),
      finding('format/schema', 'error'),
      finding('feedback/stale', 'warning'),
      finding('escalation/missed-review', 'warning'),
      finding('actions/overdue', 'warning'),
    ].map((f) => ranked(f));
    assert.deepEqual(order(list).map((m) => m.split(' ')[0]), [
      'format/schema', 'feedback/stale', 'escalation/stuck-stage', 'escalation/missed-review', 'actions/overdue', 'cadence/overdue',
      'some/new-rule', 'format/empty',
    ]);
    assert.ok(RULE_PRIORITY.indexOf('feedback/stale') < RULE_PRIORITY.indexOf('escalation/stuck-stage'));
  });

  it("puts the manager's overdue commitments before the person's, then the oldest first", () => {
    const file = 'p/2026-03-02.yaml';
    const text = [
      'date: 2026-03-02',
      'actions:',
      '  - text: Theirs, due early',   // line 2
      '    owner: them',
      '    due: 2026-03-03',
      '  - text: Mine, due late',      // line 5
      '    owner: me',
      '    due: 2026-03-10',
      '  - text: Mine, due early',     // line 8
      '    owner: me',
      '    due: 2026-03-04',
    ].join('\n');
    const notes = notesOf({ 'person.yaml': 'name: Pat\n', '2026-03-02.yaml': text });
    const list = [4, 7, 10].map((line) => ranked(finding('actions/overdue', 'warning', file, line), notes));
    assert.deepEqual(list.map((r) => [r.rank.mine, r.rank.since]), [[false, '2026-03-03'], [true, '2026-03-10'], [true, '2026-03-04']]);
    assert.deepEqual(order(list), [`actions/overdue at ${file}:10`, `actions/overdue at ${file}:7`, `actions/overdue at ${file}:4`]);
  });

  it('dates feedback by when it was given, a conversation by its 1:1, and undated findings last', () => {
    const notes = notesOf({
      'person.yaml': 'name: Pat\n',
      'feedback.yaml': 'feedback:\n  - kind: corrective\n    observed: 2026-01-01\n    given: 2026-01-02\n    behaviour: x\n',
      '2026-02-01.yaml': 'date: 2026-02-01\ntopics:\n  - id: t\n    stance: supportive\n',
    });
    const fb = ranked(finding('feedback/stale', 'warning', 'p/feedback.yaml', 1), notes);
    const talk = ranked(finding('feedback/stale', 'warning', 'p/2026-02-01.yaml', 3), notes);
    const undated = ranked(finding('feedback/stale', 'warning', 'p/person.yaml', 0), notes);
    assert.deepEqual([fb.rank.since, talk.rank.since, undated.rank.since], ['2026-01-02', '2026-02-01', undefined]);
    assert.deepEqual(order([undated, talk, fb]), [fb, talk, undated].map((r) => r.finding.message));
  });
});
