// "Log Feedback Now…": a few prompts, then one item appended to `<person>/feedback.yaml`.
//
// Asked in order: the person (the open notes file's person first), positive or corrective, the
// situation, the behaviour, the impact, when it was observed, and when it was given: "given just now",
// "given on…" a date, or "not given yet" (`given: not-yet`). Before anything is written, a last step
// shows the delay that will be recorded and what the checks will say about the item (a hint, a warning),
// so that no warning comes as a surprise; from there the manager logs it or changes a date.
//
// Arguments, for scripts and tests: (person?, feedback?) with person as in templates/personTarget.ts and
// feedback `{ kind?: 'positive' | 'corrective', behaviour?: string, situation?: string, impact?: string,
//   observed?: 'YYYY-MM-DD', given?: 'YYYY-MM-DD' | 'not-yet' }`. With a feedback object, only a missing
// kind or behaviour is asked for; observed and given default to today, and nothing is confirmed.
// Returns the feedback file's Uri; undefined when cancelled or when the values do not fit together.
//
// The item is appended through an edit on the open document: unsaved changes and comments stay, and
// the edit can be undone. The file is saved only if it had no unsaved changes before.
import * as vscode from 'vscode';
import { compareIsoDates, isIsoDate, todayIso } from '../core/dates';
import { previewLoggedFeedback, type LoggedFeedbackPreview } from '../core/guidance/loggedFeedback';
import { FEEDBACK_LOG_FILE } from '../core/reading/layout';
import { FEEDBACK_KINDS, type FeedbackKind } from '../core/schema';
import { loggedFeedbackLines, type LoggedFeedbackValues } from '../core/templates/feedbackEntry';
import { entryIntoList, readNotesText } from '../core/templates/placement';
import type { Services } from '../services';
import { insertLines } from '../templates/lineInsertion';
import { resolvePerson, type PersonTarget } from '../templates/personTarget';
import { createWithText, exists } from '../templates/safeFiles';

export interface FeedbackArgument {
  readonly kind?: FeedbackKind;
  readonly behaviour?: string;
  readonly impact?: string;
  readonly situation?: string;
  readonly observed?: string;
  /** A date, or `not-yet`; today when left out. */
  readonly given?: string;
}

const STEPS = 7;
const NOT_YET = 'not-yet';

function stepTitle(step: number): string {
  return vscode.l10n.t('Log Feedback Now ({0}/{1})', step, STEPS);
}

async function askKind(): Promise<FeedbackKind | undefined> {
  const items = [
    { label: vscode.l10n.t('Positive'), description: vscode.l10n.t('something to keep doing'), value: 'positive' as const },
    { label: vscode.l10n.t('Corrective'), description: vscode.l10n.t('something to change'), value: 'corrective' as const },
  ];
  return (await vscode.window.showQuickPick(items, { title: stepTitle(1), placeHolder: vscode.l10n.t('What kind of feedback?') }))?.value;
}

/** A line of text; undefined when cancelled, '' when skipped (if optional). */
function askText(step: number, prompt: string, required: string | undefined): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: stepTitle(step), prompt, ignoreFocusOut: true,
    validateInput: (v) => (required && !v.trim() ? required : undefined),
  });
}

/** A day between `from` and `today`, typed as YYYY-MM-DD. */
function askDate(step: number, prompt: string, from: string | undefined, today: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: stepTitle(step), prompt, placeHolder: today, ignoreFocusOut: true,
    validateInput: (v) => {
      const d = v.trim();
      if (!isIsoDate(d)) return vscode.l10n.t('Write a date as YYYY-MM-DD');
      if (compareIsoDates(d, today) > 0) return vscode.l10n.t('That day has not come yet');
      return from && compareIsoDates(d, from) < 0 ? vscode.l10n.t('It was observed on {0}; pick that day or a later one', from) : undefined;
    },
  }).then((v) => v?.trim());
}

async function askObserved(today: string): Promise<string | undefined> {
  const choice = await vscode.window.showQuickPick([{ label: vscode.l10n.t('Today, {0}', today), today: true }, { label: vscode.l10n.t('Earlier…'), today: false }], {
    title: stepTitle(5), placeHolder: vscode.l10n.t('When did you see it happen?'),
  });
  if (!choice) return undefined;
  return choice.today ? today : askDate(5, vscode.l10n.t('The day you saw it (YYYY-MM-DD)'), undefined, today);
}

async function askGiven(observed: string, today: string): Promise<string | undefined> {
  const items = [
    { label: vscode.l10n.t('Given just now'), description: today, value: 'now' as const },
    { label: vscode.l10n.t('Given on…'), description: vscode.l10n.t('a day since you saw it'), value: 'on' as const },
    { label: vscode.l10n.t('Not given yet'), description: vscode.l10n.t('the checks will remind you to give it'), value: 'not-yet' as const },
  ];
  const choice = await vscode.window.showQuickPick(items, { title: stepTitle(6), placeHolder: vscode.l10n.t('Have you given this feedback?') });
  if (!choice) return undefined;
  if (choice.value === 'now') return today;
  if (choice.value === 'not-yet') return NOT_YET;
  return askDate(6, vscode.l10n.t('The day you gave it (YYYY-MM-DD), on or after {0}', observed), observed, today);
}

type Confirmation = 'log' | 'given' | 'observed' | undefined;

/** The last step: the delay that will be recorded and what the checks will say; log it or change a date. */
async function confirm(p: LoggedFeedbackPreview): Promise<Confirmation> {
  const items = [
    { label: `$(check) ${vscode.l10n.t('Log it')}`, detail: p.verdict, value: 'log' as const },
    { label: `$(edit) ${vscode.l10n.t('Change when it was given…')}`, value: 'given' as const },
    { label: `$(edit) ${vscode.l10n.t('Change when you saw it…')}`, value: 'observed' as const },
  ];
  return (await vscode.window.showQuickPick(items, { title: `${stepTitle(7)}: ${p.delay}`, placeHolder: vscode.l10n.t('Log it, or change a date'), ignoreFocusOut: true }))?.value;
}

/** The values, asked one by one; undefined when the user cancelled. */
async function askAll(services: Services, target: PersonTarget, today: string): Promise<LoggedFeedbackValues | undefined> {
  const kind = await askKind();
  if (!kind) return undefined;
  const situation = await askText(2, vscode.l10n.t('Where and when did it happen? (optional: press Enter to skip)'), undefined);
  if (situation === undefined) return undefined;
  const behaviour = await askText(3, vscode.l10n.t('What did they do? The facts you saw, not a verdict.'), vscode.l10n.t('Describe what happened'));
  if (!behaviour) return undefined;
  const impact = await askText(4, vscode.l10n.t('What did it cause, and for whom? (optional: press Enter to skip)'), undefined);
  if (impact === undefined) return undefined;
  let observed = await askObserved(today);
  if (!observed) return undefined;
  let given = await askGiven(observed, today);
  for (;;) {
    if (!given) return undefined;
    const values = { kind, situation, behaviour, impact, observed, given };
    const ctx = services.notes.contextFor(target.root.folder);
    const answer = await confirm(previewLoggedFeedback(target.root.index, target.personId, values, ctx));
    if (answer === 'log') return values;
    if (answer === undefined) return undefined;
    if (answer === 'observed') {
      observed = await askObserved(today);
      if (!observed) return undefined;
      if (given !== NOT_YET && compareIsoDates(given, observed) < 0) given = await askGiven(observed, today);
    } else {
      given = await askGiven(observed, today);
    }
  }
}

/** The values of the argument form; undefined when they do not fit together (and the user is told). */
async function fromArgument(arg: FeedbackArgument, today: string): Promise<LoggedFeedbackValues | undefined> {
  const kind = arg.kind && FEEDBACK_KINDS.includes(arg.kind) ? arg.kind : await askKind();
  if (!kind) return undefined;
  const behaviour = arg.behaviour?.trim() || (await askText(3, vscode.l10n.t('What did they do? The facts you saw, not a verdict.'), vscode.l10n.t('Describe what happened')));
  if (!behaviour) return undefined;
  const observed = arg.observed ?? today;
  const given = arg.given ?? today;
  const givenFits = given === NOT_YET || (isIsoDate(given) && compareIsoDates(given, observed) >= 0 && compareIsoDates(given, today) <= 0);
  if (!isIsoDate(observed) || compareIsoDates(observed, today) > 0 || !givenFits) {
    void vscode.window.showErrorMessage(vscode.l10n.t('1:1 Coach: feedback observed {0} cannot be given {1}; nothing was logged.', observed, given));
    return undefined;
  }
  return { kind, behaviour, impact: arg.impact, situation: arg.situation, observed, given };
}

async function fileOf(target: PersonTarget): Promise<vscode.Uri> {
  const yml = target.root.uriOf(`${target.personId}/feedback.yml`);
  return (await exists(yml)) ? yml : target.root.uriOf(`${target.personId}/${FEEDBACK_LOG_FILE}`);
}

async function append(uri: vscode.Uri, lines: string[]): Promise<boolean> {
  if (!(await exists(uri))) return createWithText(uri, `feedback:\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
  const document = await vscode.workspace.openTextDocument(uri);
  const wasDirty = document.isDirty;
  const insertion = entryIntoList(readNotesText(document.getText(), 'feedbackLog'), 'feedback', lines);
  if (!insertion) {
    void vscode.window.showErrorMessage(vscode.l10n.t('1:1 Coach: the feedback list in {0} is not a block list ("- kind: ..."), so nothing was added. Add the item by hand.', vscode.workspace.asRelativePath(uri)));
    return false;
  }
  if (!(await insertLines(document, insertion))) return false;
  if (!wasDirty) await document.save();
  return true;
}

/** The command logFeedback: registered in writingCommands.ts, loaded on its first run. */
export async function logFeedback(services: Services, person?: unknown, feedback?: FeedbackArgument): Promise<vscode.Uri | undefined> {
  const target = await resolvePerson(services.notes, person, vscode.l10n.t('Log Feedback Now'));
  if (!target) return undefined;
  const arg = feedback && typeof feedback === 'object' && !Array.isArray(feedback) ? feedback : undefined;
  const today = todayIso();
  const values = arg ? await fromArgument(arg, today) : await askAll(services, target, today);
  if (!values) return undefined;
  const uri = await fileOf(target);
  if (!(await append(uri, loggedFeedbackLines(values)))) return undefined;
  const editor = await vscode.window.showTextDocument(uri);
  const last = editor.document.lineCount - 1;
  editor.revealRange(new vscode.Range(last, 0, last, 0));
  return uri;
}
