// Acting on a finding where it is listed (Needs Attention rows, and quick fixes in the editor).
// Hidden commands (not in the palette), each taking the finding it acts on as `{ root, finding }`: a
// Needs Attention node (root: the NotesRoot), or what a quick fix passes (root: the workspace folder's
// name; a quick fix's arguments stay plain data).
// - `oneOnOneCoach.openFinding`: opens the file with the finding's range selected (as a click does).
// - `oneOnOneCoach.openWithFixes`: the same, then shows the quick fixes there (e.g. stale feedback:
//   mark it improving or resolved).
// - `oneOnOneCoach.logPositiveFeedback`: Log Feedback Now… for the finding's person, kind positive.
// - `oneOnOneCoach.addReview`: writes the start of a plan's review where it belongs
//   (core/templates/reviewEntry.ts), as one undoable edit that keeps unsaved changes, and selects the
//   outcome to write. Returns the Uri of the file it wrote in.
// commandOfFix turns a fix the core describes as a command (FixCommand) into the VS Code command.
import * as vscode from 'vscode';
import { toRange } from '../convert';
import { personIdOf } from '../core/workspace/attention';
import { REVIEW_PLACEHOLDER } from '../core/checks/escalation/episodes';
import type { Finding, FixCommand } from '../core/findings';
import { readNotesText } from '../core/templates/placement';
import { reviewInsertion, reviewTarget } from '../core/templates/reviewEntry';
import { DIAGNOSTIC_SOURCE } from '../diagnostics/problems';
import type { NotesRoot } from '../notes/notesRoot';
import type { Feature, Services } from '../services';
import { openAt } from '../sidebar/openAt';
import { insertLines } from '../templates/lineInsertion';
import { whenTrusted } from './trusted';

/** The finding a command acts on, in the notes root it was found in (or its workspace folder's name). */
export interface FindingTarget {
  readonly root: NotesRoot | string;
  readonly finding: Finding;
}

/** The target with its notes root; undefined for anything else, or a root that is gone. */
function resolveTarget(services: Services, arg: unknown): { root: NotesRoot; finding: Finding } | undefined {
  const t = arg as Partial<FindingTarget> | undefined;
  if (typeof t !== 'object' || t === null || typeof t.finding?.code !== 'string') return undefined;
  // By folder: the notes may have been re-read (a new NotesRoot) since the row was drawn.
  const folder = typeof t.root === 'string' ? t.root : t.root?.folder.uri.toString();
  const root = services.notes.roots().find((r) => r.folder.name === folder || r.folder.uri.toString() === folder);
  return root && { root, finding: t.finding };
}

function folderName(root: NotesRoot | string): string {
  return typeof root === 'string' ? root : root.folder.name;
}

/** The person a command of a fix is about, as the person commands take it (templates/personTarget.ts). */
function personArg(root: NotesRoot | string, personId: string): { personId: string; root: string } {
  return { personId, root: folderName(root) };
}

/** The VS Code command that carries out a fix the core describes as a command. */
export function commandOfFix(command: FixCommand, title: string, target: FindingTarget): vscode.Command {
  switch (command.kind) {
    case 'new-one-on-one':
      return { command: 'oneOnOneCoach.newOneOnOne', title, arguments: [personArg(target.root, command.personId)] };
    case 'log-feedback':
      return { command: 'oneOnOneCoach.logFeedback', title, arguments: [personArg(target.root, command.personId), { kind: command.feedbackKind }] };
    case 'add-review':
      return { command: 'oneOnOneCoach.addReview', title, arguments: [{ root: folderName(target.root), finding: target.finding }] };
  }
}

/** Resolves once the finding's diagnostic is in Problems (the quick fixes hang on it), or after a while. */
function diagnosticShown(uri: vscode.Uri, finding: Finding): Promise<void> {
  const range = toRange(finding.range);
  const shown = () => vscode.languages.getDiagnostics(uri).some((d) => d.source === DIAGNOSTIC_SOURCE && d.range.isEqual(range));
  if (shown()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => { clearTimeout(timer); sub.dispose(); resolve(); };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => { if (e.uris.some((u) => u.toString() === uri.toString()) && shown()) done(); });
    const timer = setTimeout(done, 5_000);
  });
}

async function openFinding({ root, finding }: { root: NotesRoot; finding: Finding }): Promise<vscode.TextEditor | undefined> {
  const open = openAt(root.uriOf(finding.file), finding.range);
  await vscode.commands.executeCommand(open.command, ...(open.arguments ?? []));
  return vscode.window.activeTextEditor;
}

async function openWithFixes(target: { root: NotesRoot; finding: Finding }): Promise<vscode.TextEditor | undefined> {
  const editor = await openFinding(target);
  await diagnosticShown(target.root.uriOf(target.finding.file), target.finding);
  await vscode.commands.executeCommand('editor.action.quickFix');
  return editor;
}

/** Runs the finding's fix of this kind, as the quick fix in the editor would. */
async function runFix(target: FindingTarget, kind: FixCommand['kind']): Promise<unknown> {
  const fix = target.finding.fixes?.find((f) => f.command?.kind === kind);
  if (!fix?.command) return undefined;
  const run = commandOfFix(fix.command, fix.title, target);
  return vscode.commands.executeCommand(run.command, ...(run.arguments ?? []));
}

/** Selects the review's placeholder outcome at or after `fromLine` (or puts the cursor on its `review:`). */
function selectOutcome(editor: vscode.TextEditor, fromLine: number): void {
  const doc = editor.document;
  for (let line = Math.max(0, fromLine); line < doc.lineCount; line++) {
    const text = doc.lineAt(line).text;
    const at = text.indexOf(REVIEW_PLACEHOLDER);
    if (at >= 0) {
      editor.selection = new vscode.Selection(line, at, line, at + REVIEW_PLACEHOLDER.length);
      editor.revealRange(editor.selection);
      return;
    }
  }
}

async function addReview(services: Services, target: { root: NotesRoot; finding: Finding }): Promise<vscode.Uri | undefined> {
  const command = target.finding.fixes?.map((f) => f.command).find((c) => c?.kind === 'add-review');
  if (command?.kind !== 'add-review') return undefined;
  // The index must hold what the editors show: the plan's place and today's 1:1 come from it.
  await services.notes.settled();
  const { root } = target;
  const personId = personIdOf(command.file);
  const { today } = services.notes.contextFor(root.folder);
  const where = personId === undefined ? undefined : reviewTarget(root.index.notes(personId), command.file, command.path, today);
  if (!where) {
    void vscode.window.showInformationMessage(vscode.l10n.t('1:1 Coach: that plan is not in the notes any more.'));
    return undefined;
  }
  const uri = root.uriOf(where.file);
  const document = await vscode.workspace.openTextDocument(uri);
  const insertion = reviewInsertion(where, readNotesText(document.getText(), 'oneOnOne'), today);
  if (insertion && !(await insertLines(document, insertion))) return undefined;
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  if (insertion) {
    selectOutcome(editor, insertion.line);
  } else {
    void vscode.window.showInformationMessage(vscode.l10n.t('1:1 Coach: the review is already started in this file. Write what it found.'));
    selectOutcome(editor, 0);
  }
  return uri;
}

export const findingActionsCommands: Feature = (context, services) => {
  const onTarget = <R>(run: (t: { root: NotesRoot; finding: Finding }) => Promise<R>) => (arg?: unknown) => {
    const target = resolveTarget(services, arg);
    return target ? run(target) : Promise.resolve(undefined);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('oneOnOneCoach.openFinding', onTarget(openFinding)),
    vscode.commands.registerCommand('oneOnOneCoach.openWithFixes', whenTrusted(onTarget(openWithFixes))),
    vscode.commands.registerCommand('oneOnOneCoach.logPositiveFeedback', whenTrusted(onTarget((t) => runFix(t, 'log-feedback')))),
    vscode.commands.registerCommand('oneOnOneCoach.addReview', whenTrusted(onTarget((t) => addReview(services, t)))),
  );
};
