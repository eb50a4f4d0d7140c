import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'mocha';
import { parse } from 'yaml';
import {
  addDays, compareIsoDates, daysBetween, daysInMonth, fromDayNumber, isIsoDate, isoDateProblem, toDayNumber, todayIso,
} from '../../src/core/dates';
import { classifyNotesFile, compareOneOnOnes, nextOneOnOneFileName, oneOnOneFileName } from '../../src/core/reading/layout';
import {
  cadenceDays, feedbackLogSchema, givenDate, jsonSchemas, KNOWN_KEYS, oneOnOneSchema, personSchema, schemaForKind,
  STANCE_FIELDS, topicConversationSchema,
} from '../../src/core/schema';

// out/test/unit/ → project root
const root = join(__dirname, '..', '..', '..');

type Issue = { path: PropertyKey[]; message: string; code: string };

function issuesOf(result: { success: boolean; error?: { issues: Issue[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

function assertFails(result: { success: boolean; error?: { issues: Issue[] } }, path: string, messagePart?: RegExp): void {
  assert.equal(result.success, false, 'expected the input to be rejected');
  const hits = issuesOf(result).filter((i) => i.startsWith(`${path}: `));
  assert.ok(hits.length > 0, `no issue at "${path}"; got: ${issuesOf(result).join(' | ')}`);
  if (messagePart) assert.ok(hits.some((h) => messagePart.test(h)), `no issue at "${path}" matching ${messagePart}; got: ${hits.join(' | ')}`);
}

const goodPerson = `
name: Sam Lee
role: Engineer
cadence: 10
since: 2025-01-06
`;

const goodOneOnOne = `
date: 2026-03-04
agenda: the release
notes:
private: |
  line one
  line two
feedback:
  - kind: corrective
    observed: 2026-03-02
    behaviour: Merged without review.
    followUp: { state: open, date: 2026-03-11 }
    topic: review-discipline
topics:
  - id: review-discipline
    stance: supportive
    expectation: Every change to the payments service gets one approving review before merge.
    gap: unclear-expectation
    support: a walkthrough of the branch rules
  - id: on-call-notes
    stance: plan
    goals: [Hand-off note after every shift]
    measures: [Notes present in 9 of 10 shifts]
    support: [Template pinned, Weekly check-in]
    timeline: four weeks
    reviewDate: 2026-04-01
    exception: { kind: safety, reason: Missing notes caused a repeated rollback in production. }
actions:
  - text: Send the branch rules
    owner: me
    due: 2026-03-05
  - text: Read them
    owner: them
    done: true
`;

const goodLog = `
feedback:
  - kind: positive
    observed: 2026-03-01
    given: not-yet
    behaviour: Fixed the flaky test nobody owned.
  - kind: corrective
    observed: 2026-03-01
    given: 2026-03-02
    behaviour: Missed stand-up three times.
`;

describe('schema: good files parse', () => {
  it('a person, with defaults filled in', () => {
    const r = personSchema.safeParse(parse(goodPerson));
    assert.deepEqual(issuesOf(r), []);
    assert.equal(r.data?.professional, false);
    assert.equal(r.data?.cadence, 10);
  });

  it('a 1:1, with lists normalised and empty keys absent', () => {
    const r = oneOnOneSchema.safeParse(parse(goodOneOnOne));
    assert.deepEqual(issuesOf(r), []);
    const o = r.data!;
    assert.deepEqual(o.agenda, ['the release']);
    assert.equal(o.notes, undefined);
    assert.equal(o.private, 'line one\nline two\n');
    assert.deepEqual(o.topics[0]?.support, ['a walkthrough of the branch rules']);
    assert.equal(o.topics[0]?.status, 'open');
    assert.deepEqual(o.topics[0]?.questions, []);
    assert.equal(o.actions[0]?.done, false);
    assert.equal(o.actions[1]?.done, true);
    assert.equal(givenDate(o.feedback[0]!, o.date), '2026-03-04');
  });

  it('a minimal 1:1 is just a date', () => {
    const r = oneOnOneSchema.safeParse(parse('date: 2026-03-04\nfeedback:\ntopics:\nactions:\n'));
    assert.deepEqual(issuesOf(r), []);
    assert.deepEqual(r.data?.feedback, []);
  });

  it('a feedback log, with not-yet meaning not given', () => {
    const r = feedbackLogSchema.safeParse(parse(goodLog));
    assert.deepEqual(issuesOf(r), []);
    assert.equal(givenDate(r.data!.feedback[0]!), undefined);
    assert.equal(givenDate(r.data!.feedback[1]!), '2026-03-02');
  });

  it('every full example in docs/notes-format.md parses with the schema its path names', () => {
    const doc = readFileSync(join(root, 'docs', 'notes-format.md'), 'utf8');
    const blocks = [...doc.matchAll(/```yaml\n# ([^\n]+)\n([\s\S]*?)```/g)];
    const kinds = new Set<string>();
    for (const [, path, body] of blocks) {
      const file = classifyNotesFile(path!);
      assert.notEqual(file.kind, 'other', `example ${path} is not a notes file name`);
      if (file.kind === 'other') continue;
      kinds.add(file.kind);
      const r = schemaForKind[file.kind].safeParse(parse(body!));
      assert.deepEqual(issuesOf(r), [], `example ${path}`);
      if (file.kind === 'oneOnOne') assert.equal((r.data as { date: string }).date, file.date, `example ${path}: date and file name`);
    }
    assert.deepEqual([...kinds].sort(), ['feedbackLog', 'oneOnOne', 'person']);
  });
});

describe('schema: bad files fail where the mistake is', () => {
  it('an unknown key, at any depth', () => {
    const top = personSchema.safeParse({ name: 'A', profesional: true });
    assert.equal(top.success, false);
    assert.equal(top.error?.issues[0]?.code, 'unrecognized_keys');
    assertFails(oneOnOneSchema.safeParse(parse('date: 2026-03-04\nfeedback:\n  - kind: positive\n    observed: 2026-03-04\n    behavior: x\n')), 'feedback.0');
  });

  it('a date that does not exist, with the reason', () => {
    assertFails(oneOnOneSchema.safeParse({ date: '2026-02-30' }), 'date', /February 2026 has 28 days/);
    assertFails(personSchema.safeParse({ name: 'A', since: '2026-13-01' }), 'since', /no month 13/);
    assertFails(personSchema.safeParse({ name: 'A', since: '4 March' }), 'since', /YYYY-MM-DD/);
  });

  it('a stance, kind, gap or owner outside the list', () => {
    assertFails(topicConversationSchema.safeParse({ id: 'x', stance: 'formal-plan' }), 'stance', /supportive, socratic, plan/);
    assertFails(topicConversationSchema.safeParse({ id: 'x', stance: 'supportive', gap: 'motivation' }), 'gap');
    assertFails(oneOnOneSchema.safeParse({ date: '2026-03-04', actions: [{ text: 't', owner: 'manager' }] }), 'actions.0.owner', /me .* them/);
    assertFails(oneOnOneSchema.safeParse({ date: '2026-03-04', feedback: [{ kind: 'negative', observed: '2026-03-04', behaviour: 'b' }] }), 'feedback.0.kind');
  });

  it('a topic id that is not a slug', () => {
    assertFails(topicConversationSchema.safeParse({ id: 'Code Review', stance: 'supportive' }), 'id', /topic id/);
  });

  it('missing required keys', () => {
    assertFails(personSchema.safeParse({}), 'name', /required/);
    assertFails(oneOnOneSchema.safeParse({ feedback: [{ kind: 'positive', observed: '2026-03-01' }] }), 'date');
    assertFails(topicConversationSchema.safeParse({ id: 'x', stance: 'plan', exception: { kind: 'safety' } }), 'exception.reason', /required/);
  });

  it('feedback.yaml needs given, as a date or not-yet', () => {
    const item = { kind: 'positive', observed: '2026-03-01', behaviour: 'b' };
    assertFails(feedbackLogSchema.safeParse({ feedback: [item] }), 'feedback.0.given', /not-yet/);
    assertFails(feedbackLogSchema.safeParse({ feedback: [{ ...item, given: 'later' }] }), 'feedback.0.given', /not-yet/);
  });

  it('a 1:1 does not take not-yet: one error, saying where it belongs', () => {
    const item = { kind: 'positive', observed: '2026-03-01', behaviour: 'b' };
    const notYet = oneOnOneSchema.safeParse({ date: '2026-03-04', feedback: [{ ...item, given: 'not-yet' }] });
    assert.deepEqual(issuesOf(notYet), [
      'feedback.0.given: not-yet belongs in feedback.yaml: move this item there, or write the date you gave it (YYYY-MM-DD), or leave given out if you gave it in this 1:1',
    ]);
    // Only not-yet gets those words; a date, or given left out, reads as before.
    assert.equal(oneOnOneSchema.safeParse({ date: '2026-03-04', feedback: [{ ...item, given: '2026-03-02' }] }).success, true);
    assert.equal(oneOnOneSchema.safeParse({ date: '2026-03-04', feedback: [item] }).success, true);
    assert.deepEqual(issuesOf(oneOnOneSchema.safeParse({ date: '2026-03-04', feedback: [{ ...item, given: 'later' }] })), [
      'feedback.0.given: "later" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-04',
    ]);
    assert.equal(feedbackLogSchema.safeParse({ feedback: [{ ...item, given: 'not-yet' }] }).success, true);
  });

  it('dates in the wrong order', () => {
    const fb = (extra: object) => ({ date: '2026-03-04', feedback: [{ kind: 'positive', behaviour: 'b', ...extra }] });
    assertFails(oneOnOneSchema.safeParse(fb({ observed: '2026-03-05' })), 'feedback.0.observed', /after this 1:1/);
    assertFails(oneOnOneSchema.safeParse(fb({ observed: '2026-03-01', given: '2026-03-06' })), 'feedback.0.given', /after this 1:1/);
    assertFails(oneOnOneSchema.safeParse(fb({ observed: '2026-03-03', given: '2026-03-02' })), 'feedback.0.given', /before observed/);
  });

  it('the same topic twice in one 1:1', () => {
    const r = oneOnOneSchema.safeParse({ date: '2026-03-04', topics: [{ id: 'a', stance: 'supportive' }, { id: 'a', stance: 'socratic' }] });
    assertFails(r, 'topics.1.id', /twice/);
  });

  it('a list item that is not text', () => {
    assertFails(oneOnOneSchema.safeParse(parse('date: 2026-03-04\nagenda: [a, {b: c}]\n')), 'agenda');
  });
});

describe('schema: JSON Schemas', () => {
  /** Every `properties` entry anywhere in the schema, as a path. */
  function propertiesWithoutDescription(node: unknown, path: string, out: string[]): string[] {
    if (Array.isArray(node)) {
      node.forEach((n, i) => propertiesWithoutDescription(n, `${path}[${i}]`, out));
    } else if (node !== null && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      const props = obj['properties'];
      if (props !== null && typeof props === 'object') {
        for (const [key, value] of Object.entries(props as Record<string, unknown>)) {
          const description = (value as { description?: unknown }).description;
          if (typeof description !== 'string' || description.trim() === '') out.push(`${path}.properties.${key}`);
        }
      }
      for (const [key, value] of Object.entries(obj)) propertiesWithoutDescription(value, `${path}.${key}`, out);
    }
    return out;
  }

  it('are keyed by the file names to ship', () => {
    assert.deepEqual(Object.keys(jsonSchemas()).sort(), ['feedback-log.schema.json', 'one-on-one.schema.json', 'person.schema.json']);
  });

  it('describe every property', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      assert.deepEqual(propertiesWithoutDescription(schema, name, []), [], `${name} has properties without a description`);
      assert.equal((schema as { $schema?: string }).$schema, 'http://json-schema.org/draft-07/schema#');
    }
  });

  it('the description check notices a missing description', () => {
    const missing = propertiesWithoutDescription({ properties: { a: { type: 'string' }, b: { description: 'ok', items: { properties: { c: {} } } } } }, 'x', []);
    assert.deepEqual(missing, ['x.properties.a', 'x.properties.b.items.properties.c']);
  });

  it('reject unknown keys and offer the stances', () => {
    const json = JSON.stringify(jsonSchemas()['one-on-one.schema.json']);
    assert.match(json, /"additionalProperties":false/);
    assert.match(json, /"enum":\["supportive","socratic","plan"\]/);
  });
});

describe('schema: helpers', () => {
  it('cadence in days', () => {
    assert.deepEqual([cadenceDays('weekly'), cadenceDays('biweekly'), cadenceDays('monthly'), cadenceDays(21)], [7, 14, 30, 21]);
  });

  it('known keys and stance fields agree with the schema', () => {
    assert.ok(KNOWN_KEYS.oneOnOneFeedback.includes('behaviour'));
    for (const fields of Object.values(STANCE_FIELDS)) {
      for (const f of fields) assert.ok((KNOWN_KEYS.topic as readonly string[]).includes(f), f);
    }
  });
});

describe('dates', () => {
  it('validates calendar dates', () => {
    assert.ok(isIsoDate('2024-02-29'));
    assert.ok(!isIsoDate('2026-02-29'));
    assert.ok(!isIsoDate('2026-3-4'));
    assert.ok(!isIsoDate(20260304));
    assert.match(isoDateProblem('2026-04-31') ?? '', /April 2026 has 30 days/);
    assert.equal(daysInMonth(2100, 2), 28);
    assert.equal(daysInMonth(2000, 2), 29);
  });

  it('compares and counts days without time zones', () => {
    assert.equal(daysBetween('2026-03-01', '2026-03-04'), 3);
    assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2); // across a DST change in Europe
    assert.equal(daysBetween('2025-12-31', '2024-12-31'), -365);
    assert.equal(compareIsoDates('2026-03-04', '2026-03-10'), -1);
    assert.equal(compareIsoDates('2026-03-04', '2026-03-04'), 0);
    assert.equal(addDays('2026-02-27', 2), '2026-03-01');
    assert.equal(addDays('2024-02-27', 2), '2024-02-29');
    assert.equal(fromDayNumber(toDayNumber('0050-06-15')), '0050-06-15');
    assert.equal(toDayNumber('1970-01-01'), 0);
    assert.throws(() => daysBetween('2026-02-30', '2026-03-01'), RangeError);
  });

  it('today is the local calendar day', () => {
    assert.equal(todayIso(new Date(2026, 2, 4, 23, 59)), '2026-03-04');
    assert.equal(todayIso(new Date(2026, 2, 5, 0, 1)), '2026-03-05');
  });
});

describe('layout', () => {
  it('classifies the files of a person folder', () => {
    assert.deepEqual(classifyNotesFile('dana/person.yaml'), { kind: 'person', personId: 'dana' });
    assert.deepEqual(classifyNotesFile('dana/feedback.yaml'), { kind: 'feedbackLog', personId: 'dana' });
    assert.deepEqual(classifyNotesFile('dana/2026-03-04.yaml'), { kind: 'oneOnOne', personId: 'dana', date: '2026-03-04', suffix: '' });
    assert.deepEqual(classifyNotesFile('dana/2026-03-04b.yml'), { kind: 'oneOnOne', personId: 'dana', date: '2026-03-04', suffix: 'b' });
    assert.deepEqual(classifyNotesFile('Zoë Martin\\person.yaml'), { kind: 'person', personId: 'Zoë Martin' });
    assert.deepEqual(classifyNotesFile('./dana/person.yaml'), { kind: 'person', personId: 'dana' });
  });

  it('flags an impossible date in a file name', () => {
    const f = classifyNotesFile('dana/2026-02-30.yaml');
    assert.equal(f.kind, 'oneOnOne');
    assert.match(f.kind === 'oneOnOne' ? f.problem ?? '' : '', /28 days/);
  });

  it('leaves everything else alone', () => {
    for (const p of ['README.md', 'dana/notes.md', 'dana/2026-03-04-2.yaml', 'dana/drafts/2026-03-04.yaml', '.git/config', 'dana/Person.yaml', '']) {
      assert.equal(classifyNotesFile(p).kind, 'other', p);
    }
    assert.deepEqual(classifyNotesFile('dana/drafts/x.yaml'), { kind: 'other', personId: 'dana' });
  });

  it('names and orders same-day 1:1s', () => {
    assert.equal(oneOnOneFileName('2026-03-04'), '2026-03-04.yaml');
    assert.equal(oneOnOneFileName('2026-03-04', 2), '2026-03-04b.yaml');
    assert.equal(nextOneOnOneFileName('2026-03-04', ['person.yaml', '2026-03-04.yaml', '2026-03-04b.yaml']), '2026-03-04c.yaml');
    assert.equal(nextOneOnOneFileName('2026-03-05', ['2026-03-04.yaml']), '2026-03-05.yaml');
    const sorted = [
      { date: '2026-03-04', suffix: 'b' }, { date: '2026-03-05', suffix: '' }, { date: '2026-03-04', suffix: '' },
    ].sort(compareOneOnOnes);
    assert.deepEqual(sorted.map((f) => f.date + f.suffix), ['2026-03-04', '2026-03-04b', '2026-03-05']);
  });
});
