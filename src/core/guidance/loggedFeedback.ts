// What "Log Feedback Now" tells the manager before it writes anything: the delay it will record, and
// what the checks will say about the item once it is in feedback.yaml. The findings come from the
// checks themselves, run on the person's notes with the item added, so the preview and the Problems
// panel never disagree.
import { checkPerson } from '../checks/engine';
import type { CheckContext } from '../checks/rule';
import { days, daysAgo } from '../checks/wording';
import { daysBetween } from '../dates';
import type { Finding, Severity } from '../findings';
import { loadNotesFile } from '../loader';
import type { NotesIndex } from '../notesIndex';
import { derivePersonNotes } from '../personNotes';
import { loggedFeedbackLines, type LoggedFeedbackValues } from '../templates/feedbackEntry';
import { indentLines } from '../templates/yamlText';

export interface LoggedFeedbackPreview {
  /** `observed 9 days ago, given today: a delay of 9 days`. */
  readonly delay: string;
  /** The worst severity among `findings`; undefined when the checks say nothing. */
  readonly severity?: Severity;
  /** What the checks will say about the item once logged, the most severe first. */
  readonly findings: readonly Finding[];
  /** One line on what the checks will do, against their thresholds: `a warning: more than the 7 days the checks allow`. */
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

function verdictText(v: LoggedFeedbackValues, findings: readonly Finding[], ctx: CheckContext): string {
  const severity = findings[0]?.severity;
  const { feedbackDelayHintDays: hint, feedbackDelayWarningDays: warn } = ctx.settings;
  if (v.given === 'not-yet') {
    const waiting = daysBetween(v.observed, ctx.today);
    if (severity === 'warning' || severity === 'error') return `a warning at once: it waited more than the ${days(warn)} the checks allow`;
    return severity ? `a reminder until you give it, and a warning once it has waited more than ${days(warn)}${waiting > 0 ? ` (it has waited ${days(waiting)})` : ''}` : 'no warning from the checks';
  }
  const delay = daysBetween(v.observed, v.given);
  if (!severity) return 'no warning from the checks';
  if (delay > warn) return `a warning: more than the ${days(warn)} the checks allow`;
  if (delay > hint) return `a hint: more than the ${days(hint)} the checks call prompt`;
  return `${severity === 'hint' ? 'a hint' : `a ${severity}`}: ${findings[0]?.message ?? ''}`;
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
