// Property: whatever the notes say (schema-valid pieces, random junk, or both), loading them and running
// every coaching rule with any day and any settings never throws, and every finding points inside a
// file that exists.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { stringify } from 'yaml';
import { checkAll } from '../../src/core/checks/engine';
import { allRules } from '../../src/core/checks/registry';
import type { CheckSettings } from '../../src/core/checks/settings';
import { fromDayNumber, toDayNumber } from '../../src/core/dates';
import type { Finding, Range } from '../../src/core/findings';
import { loadNotesFile } from '../../src/core/loader';
import { NotesIndex } from '../../src/core/notesIndex';
import {
  CADENCE_NAMES, EXCEPTION_KINDS, FEEDBACK_KINDS, GAP_KINDS, OWNERS, PROGRESS_STATES, STANCES,
} from '../../src/core/schema';

const FIRST_DAY = toDayNumber('2025-06-01');
const DAYS = 900;

const day = fc.integer({ min: FIRST_DAY, max: FIRST_DAY + DAYS });
const date = day.map(fromDayNumber);
const junk: fc.Arbitrary<unknown> = fc.oneof(fc.anything({ maxDepth: 2 }), fc.string({ maxLength: 20 }), fc.constant(null));
/** Mostly `arb`, now and then junk. */
const orJunk = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ arbitrary: arb, weight: 19 }, { arbitrary: junk, weight: 1 });

const text = fc.oneof(
  fc.constantFrom(
    'Shipped the retry fix ahead of the release.', "Why didn't you ask for help?", 'See the career ladder.',
    'That was careless.', "Don't you think the queue was the problem?", 'What got in the way?', 'Pairing with Ana on Tuesdays.',
  ),
  fc.string({ minLength: 1, maxLength: 30 }),
);
const lines = fc.oneof(text, fc.array(text, { maxLength: 3 }));
const topicId = fc.constantFrom('code-review', 'on-call', 'estimates');
const cadence = fc.oneof(fc.constantFrom(...CADENCE_NAMES), fc.integer({ min: 1, max: 365 }));

const followUp = fc.record({ state: fc.constantFrom(...PROGRESS_STATES), date, note: text }, { requiredKeys: ['state', 'date'] });
const feedbackFields = {
  kind: fc.constantFrom(...FEEDBACK_KINDS), situation: text, behaviour: text, impact: text, followUp: orJunk(followUp), topic: topicId,
};
const OPTIONAL_FEEDBACK: (keyof typeof feedbackFields)[] = ['kind', 'behaviour'];

/** Feedback written in a 1:1 on `onDay`: observed on or before it, given between the two. */
const oneOnOneFeedback = (onDay: number) =>
  fc.tuple(fc.record(feedbackFields, { requiredKeys: OPTIONAL_FEEDBACK }), fc.nat(30), fc.nat(30), fc.boolean()).map(([f, back, wait, given]) => ({
    ...f, observed: fromDayNumber(onDay - back), ...(given ? { given: fromDayNumber(onDay - back + Math.min(back, wait)) } : {}),
  }));

const loggedFeedback = fc.tuple(fc.record(feedbackFields, { requiredKeys: OPTIONAL_FEEDBACK }), day, fc.nat(20), fc.boolean()).map(([f, seen, wait, notYet]) => ({
  ...f, observed: fromDayNumber(seen), given: notYet ? 'not-yet' : fromDayNumber(seen + wait),
}));

const topic = fc.record({
  id: topicId, title: text, stance: fc.constantFrom(...STANCES), status: fc.constantFrom(...PROGRESS_STATES),
  sharedPurpose: text, explanation: text, encouragement: text, empowerment: text, expectation: text,
  gap: fc.constantFrom(...GAP_KINDS), support: lines, questions: lines, barriers: lines, rootCause: text, theirView: text,
  goals: lines, measures: lines, timeline: text, reviewDate: date,
  review: fc.record({ outcome: text, date }, { requiredKeys: ['outcome'] }),
  exception: fc.record({ kind: fc.constantFrom(...EXCEPTION_KINDS), reason: text }), notes: text,
}, { requiredKeys: ['id', 'stance'] });

const action = fc.record({ text, owner: fc.constantFrom(...OWNERS), due: date, done: fc.oneof(fc.boolean(), date) }, { requiredKeys: ['text', 'owner'] });

const oneOnOne = (onDay: number) => fc.record({
  agenda: lines, notes: text, private: text,
  feedback: fc.array(orJunk(oneOnOneFeedback(onDay)), { maxLength: 3 }),
  topics: fc.array(orJunk(topic), { maxLength: 3 }),
  actions: fc.array(orJunk(action), { maxLength: 3 }),
}, { requiredKeys: [] }).map((o) => ({ date: fromDayNumber(onDay), ...o }));

const person = fc.record(
  { name: text, role: text, professional: fc.boolean(), cadence, since: date, until: date },
  { requiredKeys: ['name'] },
);

/** A file's text: the YAML of a value, or now and then any text at all. */
const fileText = (value: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: orJunk(value).map((v) => stringify(v) ?? ''), weight: 9 }, { arbitrary: fc.string({ unit: 'binary', maxLength: 120 }), weight: 1 });

/** One person's folder: person.yaml, some 1:1s and a feedback log, each there or not. */
const folder = (id: string) => fc.record({
  person: fc.option(fileText(person)),
  oneOnOnes: fc.uniqueArray(fc.tuple(day, fc.constantFrom('', '', 'b')), { maxLength: 5, selector: ([d, s]) => `${d}${s}` })
    .chain((days) => fc.tuple(...days.map(([d, s]) => fileText(oneOnOne(d)).map((t) => [`${id}/${fromDayNumber(d)}${s}.yaml`, t] as const)))),
  log: fc.option(fileText(fc.record({ feedback: fc.array(orJunk(loggedFeedback), { maxLength: 4 }) }))),
}).map(({ person: p, oneOnOnes, log }) => [
  ...(p === null ? [] : [[`${id}/person.yaml`, p] as const]),
  ...oneOnOnes,
  ...(log === null ? [] : [[`${id}/feedback.yaml`, log] as const]),
]);

const notes = fc.subarray(['ada', 'ben-hughes', 'Zoë Martin'], { minLength: 1 })
  .chain((ids) => fc.tuple(...ids.map(folder)))
  .map((folders) => new Map<string, string>(folders.flat()));

const ruleIds = [...allRules.map((r) => r.id), 'no/such-rule'];
const settings: fc.Arbitrary<CheckSettings> = fc.record({
  feedbackDelayHintDays: fc.integer({ min: 0, max: 30 }),
  feedbackDelayWarningDays: fc.integer({ min: 0, max: 60 }),
  staleFeedbackDays: fc.integer({ min: 0, max: 60 }),
  recognitionDays: fc.integer({ min: 0, max: 120 }),
  newEpisodeAfterDays: fc.integer({ min: 0, max: 400 }),
  defaultCadence: cadence,
  cadenceGraceDays: fc.integer({ min: 0, max: 14 }),
  recurringBarrierPeople: fc.integer({ min: 2, max: 4 }),
  severities: fc.dictionary(fc.constantFrom(...ruleIds), fc.constantFrom('error', 'warning', 'info', 'hint', 'off' as const)),
});
const today = fc.integer({ min: FIRST_DAY - 30, max: FIRST_DAY + DAYS + 400 }).map(fromDayNumber);

/** The file's lines as the editor counts them (the loader drops a byte order mark). */
function editorLines(content: string): string[] {
  return content.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

function assertInside(files: ReadonlyMap<string, string>, file: string, range: Range, what: string): void {
  const content = files.get(file);
  assert.ok(content !== undefined, `${what}: ${JSON.stringify(file)} is not one of the notes files`);
  const lines = editorLines(content);
  for (const p of [range.start, range.end]) {
    assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} of ${lines.length} in ${file}`);
    assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= (lines[p.line] as string).length,
      `${what}: character ${p.character} past the end of line ${p.line} in ${file}`);
  }
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(ordered, `${what}: range starts after it ends in ${file}`);
}

function assertWellPlaced(files: ReadonlyMap<string, string>, f: Finding): void {
  assert.notEqual(f.code, 'internal/check-failed', f.message);
  assertInside(files, f.file, f.range, f.code);
  for (const r of f.related ?? []) assertInside(files, r.file, r.range, `${f.code} (related)`);
  for (const fix of f.fixes ?? []) for (const e of fix.edits) assertInside(files, e.file, e.range, `${f.code} (fix ${fix.title})`);
}

describe('coaching checks: property', () => {
  it('any notes, any day, any settings: no rule throws, every finding lies inside a notes file', function () {
    this.timeout(120_000);
    fc.assert(fc.property(notes, today, settings, (files, day, s) => {
      const index = NotesIndex.fromLoaded([...files].map(([file, content]) => loadNotesFile(file, content)));
      const findings = [...index.findings(), ...checkAll(index, { today: day, settings: s })];
      for (const f of findings) assertWellPlaced(files, f);
    }), { numRuns: Number(process.env.FC_RUNS ?? 100) });
  });

  it('the generator reaches the rules: at least half the generated 1:1s load clean', function () {
    this.timeout(60_000);
    const sample = fc.sample(notes, { numRuns: 40, seed: 1 });
    let oneOnOnes = 0;
    let clean = 0;
    for (const files of sample) {
      for (const [file, content] of files) {
        const loaded = loadNotesFile(file, content);
        if (loaded.kind !== 'oneOnOne') continue;
        oneOnOnes += 1;
        if (loaded.data !== undefined) clean += 1;
      }
    }
    assert.ok(clean >= oneOnOnes / 2, `only ${clean} of ${oneOnOnes} generated 1:1s load without errors`);
  });
});
