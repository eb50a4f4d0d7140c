// Property: whatever the notes say (schema-valid pieces, random junk, or both), whatever their files and
// folders are called (impossible dates such as 2026-02-30.yaml, odd suffixes, any person folder name),
// loading them and running every coaching rule with any day and any settings never throws, never ends in
// internal/check-failed, and every finding points inside a file that exists.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { stringify } from 'yaml';
import { checkAll } from '../../src/core/checks/engine';
import { allRules } from '../../src/core/checks/registry';
import type { CheckSettings } from '../../src/core/checks/settings';
import { fromDayNumber, toDayNumber } from '../../src/core/dates';
import type { Finding, Range } from '../../src/core/findings';
import { isPersonFolderName } from '../../src/core/reading/layout';
import { loadNotesFile } from '../../src/core/reading/loader';
import { NotesIndex } from '../../src/core/people/notesIndex';
import {
  CADENCE_NAMES, EXCEPTION_KINDS, FEEDBACK_KINDS, GAP_KINDS, OWNERS, PROGRESS_STATES, STANCES,
} from '../../src/core/schema';

const FIRST_DAY = toDayNumber('2025-06-01');
const DAYS = 900;

const day = fc.integer({ min: FIRST_DAY, max: FIRST_DAY + DAYS });
/** A day near the others, now and then one at the ends of the calendar (0000-01-01, 9999-12-31). */
const date = fc.oneof({ arbitrary: day.map(fromDayNumber), weight: 19 }, { arbitrary: fc.constantFrom('0000-01-01', '0000-02-29', '0001-01-01', '9999-12-31'), weight: 1 });
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

const oneOnOne = (onDay: number, written = fromDayNumber(onDay)) => fc.record({
  agenda: lines, notes: text, private: text,
  feedback: fc.array(orJunk(oneOnOneFeedback(onDay)), { maxLength: 3 }),
  topics: fc.array(orJunk(topic), { maxLength: 3 }),
  actions: fc.array(orJunk(action), { maxLength: 3 }),
}, { requiredKeys: [] }).map((o) => ({ date: written, ...o }));

const person = fc.record(
  {
    name: text, role: text, professional: fc.boolean(), cadence, since: date, until: date,
    away: fc.array(fc.record({ from: date, until: date }), { maxLength: 2 }),
    snooze: fc.array(fc.record({ check: fc.constantFrom(...allRules.map((r) => r.id)), until: date, about: fc.constantFrom('code-review', 'feedback.yaml', '2026-02-30.yaml') }, { requiredKeys: ['check', 'until'] }), { maxLength: 2 }),
  },
  { requiredKeys: ['name'] },
);

/** A file's text: the YAML of a value, or now and then any text at all. */
const fileText = (value: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: orJunk(value).map((v) => stringify(v) ?? ''), weight: 9 }, { arbitrary: fc.string({ unit: 'binary', maxLength: 120 }), weight: 1 });

/** `YYYY-MM-DD` with any month and day up to 39: impossible dates (2026-02-30, 2026-13-01, 2026-00-10) included. */
const anyDateShape = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/**
 * A 1:1's file name, mostly `<day>.yaml`: now and then an impossible or far-off date, an odd suffix
 * (`B`, `bb`, `-draft`) or extension (`.yml`, `.YAML`). `date:` inside is the name's date or the day's.
 */
const oneOnOneFile = (id: string) => fc.tuple(
  day,
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 16 }, { arbitrary: anyDateShape, weight: 1 }, { arbitrary: fc.constantFrom('2026-02-29', '2026-02-30', '2025-04-31', '2026-13-01', '2026-00-00'), weight: 1 }),
  fc.oneof({ arbitrary: fc.constantFrom('', '', 'b'), weight: 16 }, { arbitrary: fc.constantFrom('z', 'B', 'bb', '-draft', ' ', '\u0000'), weight: 2 }),
  fc.oneof({ arbitrary: fc.constant('.yaml'), weight: 16 }, { arbitrary: fc.constantFrom('.yml', '.YAML'), weight: 2 }),
  fc.boolean(),
).chain(([d, named, suffix, ext, otherDate]) => {
  const name = named ?? fromDayNumber(d);
  return fileText(oneOnOne(d, otherDate ? fromDayNumber(d) : name)).map((t) => [`${id}/${name}${suffix}${ext}`, t] as const);
});

/** One person's folder: person.yaml, some 1:1s and a feedback log, each there or not. */
const folder = (id: string) => fc.record({
  person: fc.option(fileText(person)),
  oneOnOnes: fc.array(oneOnOneFile(id), { maxLength: 5 }),
  log: fc.option(fileText(fc.record({ feedback: fc.array(orJunk(loggedFeedback), { maxLength: 4 }) }))),
}).map(({ person: p, oneOnOnes, log }) => [
  ...(p === null ? [] : [[`${id}/person.yaml`, p] as const]),
  ...oneOnOnes,
  ...(log === null ? [] : [[`${id}/feedback.yaml`, log] as const]),
]);

/** Person folder names: the usual ones, and any name a folder can have (spaces, controls, accents, dots). */
const personId = fc.oneof(
  { arbitrary: fc.constantFrom('ada', 'ben-hughes', 'Zoë Martin'), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }).filter((s) => isPersonFolderName(s) && !/[\\/]/.test(s)), weight: 1 },
);

const notes = fc.uniqueArray(personId, { minLength: 1, maxLength: 3 })
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

  it('the generator reaches the rules: at least half the generated 1:1s named by their own date load clean', function () {
    this.timeout(60_000);
    const sample = fc.sample(notes, { numRuns: 40, seed: 1 });
    let oneOnOnes = 0;
    let clean = 0;
    for (const files of sample) {
      for (const [file, content] of files) {
        const loaded = loadNotesFile(file, content);
        // The odd names are there to be refused; the others are there to reach the rules.
        if (loaded.kind !== 'oneOnOne' || loaded.findings.some((f) => f.code === 'format/file-name' || f.code === 'format/date-mismatch')) continue;
        oneOnOnes += 1;
        if (loaded.data !== undefined) clean += 1;
      }
    }
    assert.ok(clean >= oneOnOnes / 2, `only ${clean} of ${oneOnOnes} generated 1:1s named by their own date load without errors`);
  });

  it('the generator reaches odd names: impossible dates, odd suffixes and odd person folders', () => {
    const files = fc.sample(notes, { numRuns: 40, seed: 1 }).flatMap((m) => [...m.keys()]);
    const codes = new Set(files.flatMap((file) => loadNotesFile(file, 'date: 2026-03-04\n').findings.map((f) => f.code)));
    assert.ok(codes.has('format/file-name'), 'no impossible date in a generated file name');
    assert.ok(codes.has('format/outside-layout'), 'no odd suffix in a generated file name');
    assert.ok(files.some((file) => !/^(ada|ben-hughes|Zoë Martin)\//.test(file)), 'no odd person folder name');
  });
});
