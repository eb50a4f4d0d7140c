// What "Log Feedback Now" tells the manager before it writes anything: the delay it will record, and
// what the checks will say about the item once it is in feedback.yaml. The findings come from the
// checks themselves, run on the person's notes with the item added, so the preview and the Problems
// panel never disagree.
import { checkPerson, ruleById } from '../checks/engine';
import type { CheckContext } from '../checks/rule';
import { days, daysAgo } from '../checks/wording';
import { daysBetween } from '../dates';
import type { Finding, Severity } from '../findings';
import { loadNotesFile } from '../reading/loader';
import type { NotesIndex } from '../people/notesIndex';
import { derivePersonNotes } from '../people/personNotes';
import { loggedFeedbackLines, type LoggedFeedbackValues } from '../templates/feedbackEntry';
import { indentLines } from '../templates/yamlText';

export interface LoggedFeedbackPreview {
  /** `observed 9 days ago, given today: a delay of 9 days`. */
  readonly delay: string;
  /** The worst severity among `findings`; undefined when the checks say nothing. */
  readonly severity?: Severity;
  /** What the checks will say about the item once logged, the most severe first. */
  readonly findings: readonly Finding[];
  /** One short line on what the checks will do, against their thresholds: `The checks will warn: more than the 7 days they allow`. */
  readonly verdict: string;
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

function delayText(v: LoggedFeedbackValues, today: string): string {
  const observed = `observed ${daysAgo(daysBetween(v.observed, today))}`;
  if (v.given === 'not-yet') return `${observed}, not given yet`;
  const delay = daysBetween(v.observed, v.given);
  const given = `given ${daysAgo(daysBetween(v.given, today))}`;
  return `${observed}, ${given}: ${delay === 0 ? 'no delay' : `a delay of ${days(delay)}`}`;
}

/** What the checks do at a severity: `warn`, `give a hint`. */
function act(severity: Severity): string {
  return severity === 'hint' ? 'give a hint' : severity === 'info' ? 'add a note' : 'warn';
}

function verdictText(v: LoggedFeedbackValues, findings: readonly Finding[], ctx: CheckContext): string {
  const { feedbackDelayHintDays: hint, feedbackDelayWarningDays: warn } = ctx.settings;
  const first = findings[0];
  if (!first) return 'Nothing for the checks to warn about';
  const more = findings.length > 1 ? ` (and ${findings.length - 1} more)` : '';
  const delay = v.given === 'not-yet' ? daysBetween(v.observed, ctx.today) : daysBetween(v.observed, v.given);
  if (first.code === 'feedback/not-given') {
    return first.severity === 'hint'
      ? `The checks will remind you to give it, and warn after ${days(warn)}${more}`
      : `The checks will ${act(first.severity)} at once: it has waited more than ${days(warn)}${more}`;
  }
  if (first.code === 'feedback/delay') {
    const limit = delay > warn ? `more than the ${days(warn)} they allow` : `more than the ${days(hint)} they call prompt`;
    return `The checks will ${act(first.severity)}: ${limit}${more}`;
  }
  const title = ruleById(first.code)?.title ?? first.message;
  return `The checks will ${act(first.severity)}: ${title.charAt(0).toLowerCase()}${title.slice(1)}${more}`;
}

/** The person's notes with the item added to a feedback log of its own; the findings on that log are the item's. */
function findingsOnItem(index: NotesIndex, personId: string, v: LoggedFeedbackValues, ctx: CheckContext): Finding[] {
  const files = index.files().filter((f) => f.startsWith(`${personId}/`)).flatMap((f) => index.loaded(f) ?? []);
  const preview = files.some((f) => f.file === `${personId}/feedback.yml`) ? `${personId}/feedback.yaml` : `${personId}/feedback.yml`;
  const logged = loadNotesFile(preview, `feedback:\n${indentLines(loggedFeedbackLines(v), 2).join('\n')}\n`);
  const others = files.filter((f) => f.file !== preview);
  return checkPerson(derivePersonNotes(personId, [...others, logged]), ctx).filter((f) => f.file === preview);
}

/** The delay and the checks' findings for an item about to be logged in `personId`'s feedback.yaml. */
export function previewLoggedFeedback(index: NotesIndex, personId: string, v: LoggedFeedbackValues, ctx: CheckContext): LoggedFeedbackPreview {
  const findings = findingsOnItem(index, personId, v, ctx)
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  return { delay: delayText(v, ctx.today), severity: findings[0]?.severity, findings, verdict: verdictText(v, findings, ctx) };
}
