// A coaching rule is data: an id, a default severity, a one-line summary, guidance in our own
// words, the documentation of why it exists, and a check that returns plain findings.
import { FILE_START, type Finding, type Fix, type Range, type RelatedLocation, type Severity } from '../findings';
import { fieldKeyRange, type Located } from '../people/located';
import type { PersonNotes } from '../people/personNotes';
import type { CheckSettings } from './settings';

export interface CheckContext {
  /** Today, as a local calendar date `YYYY-MM-DD` (injectable for tests and the command line). */
  readonly today: string;
  readonly settings: CheckSettings;
}

/** What docs/checks.md says about a rule (generated from this data). */
export interface RuleDoc {
  /** Why the rule exists, in our own words: the part of the coaching model it protects. */
  readonly why: string;
  /** A YAML excerpt (from a 1:1 file unless it says otherwise) that triggers the rule. */
  readonly example: string;
  /** The setting keys (under `oneOnOneCoach.`) that tune it, besides its severity. */
  readonly settings: readonly string[];
  /** Tables the rule's section shows after its example, made from its data (e.g. the patterns it matches). */
  readonly tables?: readonly DocTable[];
}

/** A small table of docs/checks.md: a title, a paragraph, a header and rows of Markdown cells. */
export interface DocTable {
  readonly title: string;
  readonly intro?: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface Rule {
  /** `group/name`, e.g. `escalation/skipped-stage`; the diagnostic code. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** A short title for lists and docs. */
  readonly title: string;
  /** A few words for a list row that leads with what it is ("Stale feedback"); absent: the title. */
  readonly label?: string;
  /** What to do next, in our own words; shown in hovers and docs. */
  readonly guidance: string;
  readonly doc: RuleDoc;
  /**
   * What becomes of its findings once the person's `until` has passed (someone you no longer manage):
   * `quiet` drops them (a check that counts days up to today), `hint` keeps them as hints at most.
   * Absent: unchanged (a check of what the notes say, true whenever it is read). Applied by the engine.
   */
  readonly afterUntil?: 'quiet' | 'hint';
  /** Checks one person's notes. Pure: no clock but ctx.today, no I/O. A team rule returns [] here. */
  check(notes: PersonNotes, ctx: CheckContext): Finding[];
  /**
   * Checks what recurs across people, for a rule about the team (e.g. a barrier several people meet):
   * everyone's notes at once, in person-id order. Pure like `check`; re-run on every change.
   */
  checkTeam?(people: readonly PersonNotes[], ctx: CheckContext): Finding[];
}

export interface FindingInput {
  /** Where the manager would act. */
  readonly at: Located | { readonly file: string; readonly range: Range };
  /** A range inside `at`'s file other than `at.range` (e.g. a field of the entry). */
  readonly range?: Range;
  /** One line: what is wrong and why it matters. */
  readonly message: string;
  /** A few words for a list row, numbers included ("Stale feedback · 19 days"); absent: the rule's label. */
  readonly summary?: string;
  readonly related?: readonly RelatedLocation[];
  /**
   * The fixes, or a function that makes them: then they are made the first time a finding's `fixes`
   * is read (a quick fix asked for, the command line's output), not with every check (see lazyFixes).
   */
  readonly fixes?: readonly Fix[] | (() => readonly Fix[]);
  /** A severity other than the rule's default (e.g. a hint that grows into a warning); settings still win. */
  readonly severity?: Severity;
}

/** Builds a finding of `rule`, with the severity the settings ask for; undefined when the rule is off. */
export function finding(rule: Rule, ctx: CheckContext, input: FindingInput): Finding | undefined {
  const configured = ctx.settings.severities[rule.id];
  if (configured === 'off') return undefined;
  const { fixes } = input;
  const made: Finding = {
    code: rule.id,
    severity: configured ?? input.severity ?? rule.defaultSeverity,
    message: input.message,
    ...(input.summary ? { summary: input.summary } : {}),
    file: input.at.file,
    range: input.range ?? input.at.range,
    guidance: rule.guidance,
    ...(input.related && input.related.length ? { related: input.related } : {}),
    ...(typeof fixes !== 'function' && fixes && fixes.length ? { fixes } : {}),
  };
  return typeof fixes === 'function' ? lazyFixes(made, fixes) : made;
}

/**
 * Gives `f` a `fixes` that `make` computes when it is first read: then it becomes a plain property,
 * or goes when there are none, so the finding reads as if they had been made with it. A copy made
 * before (a spread) shares the one computation.
 */
export function lazyFixes(f: Finding, make: () => readonly Fix[]): Finding {
  let fixes: readonly Fix[] | undefined;
  return Object.defineProperty(f, 'fixes', {
    enumerable: true,
    configurable: true,
    get(this: Finding) {
      fixes ??= make();
      if (fixes.length) Object.defineProperty(this, 'fixes', { value: fixes, enumerable: true, configurable: true, writable: false });
      else delete (this as { fixes?: readonly Fix[] }).fixes;
      return fixes.length ? fixes : undefined;
    },
  });
}

/** Collects the findings that `finding` produced, dropping the ones of rules turned off. */
export function present(list: readonly (Finding | undefined)[]): Finding[] {
  return list.filter((f): f is Finding => f !== undefined);
}

/**
 * Where a finding about the person as a whole goes: person.yaml (its `name:` key) when there is
 * one; else the newest 1:1, else the feedback log: always a file that exists.
 */
export function personAnchor(notes: PersonNotes): { readonly file: string; readonly range: Range } {
  const source = notes.person.source;
  if (source) return { file: source.file, range: fieldKeyRange(source, 'name') };
  const newest = notes.oneOnOnes[notes.oneOnOnes.length - 1] ?? notes.feedback[0];
  if (newest) return { file: newest.file, range: FILE_START };
  return { file: `${notes.person.id}/person.yaml`, range: FILE_START };
}

