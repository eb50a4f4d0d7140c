// "Log Feedback Now…": a few prompts, then one item appended to `<person>/feedback.yaml`, given today.
//
// Arguments: (person?, feedback?) with person as in templates/personTarget.ts and feedback
// `{ kind?: 'positive' | 'corrective', behaviour?: string, impact?: string, situation?: string,
//    observed?: 'YYYY-MM-DD' }`. With a feedback object, only a missing kind or behaviour is asked
// for; observed defaults to today. Returns the feedback file's Uri.
//
// The item is appended through an edit on the open document: unsaved changes and comments stay, and
// the edit can be undone. The file is saved only if it had no unsaved changes before.
import * as vscode from 'vscode';
import { isIsoDate, todayIso } from '../core/dates';
import { FEEDBACK_LOG_FILE } from '../core/layout';
import { FEEDBACK_KINDS, type FeedbackKind } from '../core/schema';
import { loggedFeedbackLines, type LoggedFeedbackValues } from '../core/templates/feedbackEntry';
import { entryIntoList, readNotesText } from '../core/templates/placement';
import type { Feature, Services } from '../services';
import { insertLines } from '../templates/lineInsertion';
import { resolvePerson, type PersonTarget } from '../templates/personTarget';
import { createWithText, exists } from '../templates/safeFiles';

export interface FeedbackArgument {
  readonly kind?: FeedbackKind;
  readonly behaviour?: string;
  readonly impact?: string;
  readonly situation?: string;
  readonly observed?: string;
}

const TITLE = 'Log Feedback Now';

async function askKind(): Promise<FeedbackKind | undefined> {
  const items = [
    { label: 'Positive', description: 'something to keep doing', value: 'positive' as const },
    { label: 'Corrective', description: 'something to change', value: 'corrective' as const },
  ];
  return (await vscode.window.showQuickPick(items, { title: `${TITLE} (1/4)`, placeHolder: 'What kind of feedback?' }))?.value;
}

async function askObserved(today: string): Promise<string | undefined> {
  const choice = await vscode.window.showQuickPick([{ label: `Today, ${today}`, today: true }, { label: 'Earlier…', today: false }], {
    title: `${TITLE} (4/4)`, placeHolder: 'When did you see it happen?',
  });
  if (!choice) return undefined;
  if (choice.today) return today;
  return vscode.window.showInputBox({
    title: `${TITLE} (4/4)`, prompt: 'The day you saw it (YYYY-MM-DD)', placeHolder: today,
    validateInput: (v) => (!isIsoDate(v.trim()) ? 'Write a date as YYYY-MM-DD' : v.trim() > today ? 'That day has not come yet' : undefined),
  }).then((v) => v?.trim());
}

/** The values to log; undefined when the user cancelled a prompt. */
async function askValues(arg: FeedbackArgument | undefined, today: string): Promise<LoggedFeedbackValues | undefined> {
  const kind = arg?.kind && FEEDBACK_KINDS.includes(arg.kind) ? arg.kind : await askKind();
  if (!kind) return undefined;
  const behaviour = arg?.behaviour?.trim() || (await vscode.window.showInputBox({
    title: `${TITLE} (2/4)`, prompt: 'What did they do? The facts you saw, not a verdict.',
    validateInput: (v) => (v.trim() ? undefined : 'Describe what happened'),
  }));
  if (!behaviour) return undefined;
  const impact = arg ? arg.impact : await vscode.window.showInputBox({ title: `${TITLE} (3/4)`, prompt: 'What did it cause, and for whom? (optional: press Enter to skip)' });
  if (impact === undefined && !arg) return undefined;
  const observed = arg ? arg.observed ?? today : await askObserved(today);
  if (!observed || !isIsoDate(observed)) return undefined;
  return { kind, behaviour, impact, situation: arg?.situation, observed, given: today };
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
    void vscode.window.showErrorMessage(`1:1 Coach: the feedback list in ${vscode.workspace.asRelativePath(uri)} is not a block list ("- kind: ..."), so nothing was added. Add the item by hand.`);
    return false;
  }
  if (!(await insertLines(document, insertion))) return false;
  if (!wasDirty) await document.save();
  return true;
}

async function logFeedback(services: Services, person?: unknown, feedback?: FeedbackArgument): Promise<vscode.Uri | undefined> {
  const target = await resolvePerson(services.notes, person, TITLE);
  if (!target) return undefined;
  const arg = feedback && typeof feedback === 'object' && !Array.isArray(feedback) ? feedback : undefined;
  const values = await askValues(arg, todayIso());
  if (!values) return undefined;
  const uri = await fileOf(target);
  if (!(await append(uri, loggedFeedbackLines(values)))) return undefined;
  const editor = await vscode.window.showTextDocument(uri);
  const last = editor.document.lineCount - 1;
  editor.revealRange(new vscode.Range(last, 0, last, 0));
  return uri;
}

export const logFeedbackCommand: Feature = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('oneOnOneCoach.logFeedback', (person?: unknown, feedback?: FeedbackArgument) => logFeedback(services, person, feedback)),
  );
};
