// "Snooze until…": a quick fix on every coaching finding. It asks for how long (a week, two weeks, or
// until a date) and an optional reason, then appends a `snooze:` entry to the person's person.yaml
// (see core/checks/snooze.ts for how the entry matches findings). Nothing is kept anywhere else, so
// the command line agrees.
//
// Command arguments: (uri, { code, message, range }, until?, reason?): the file and the finding as the
// diagnostic shows it; with `until` (YYYY-MM-DD) and `reason` given, nothing is asked (for tests and
// scripts). Returns person.yaml's Uri, or undefined when nothing was written.
import * as vscode from 'vscode';
import { personIdOf } from '../core/workspace/attention';
import { ruleById } from '../core/checks/engine';
import { snoozeAboutFor, snoozeEnded } from '../core/checks/snooze';
import { isIsoDate, todayIso } from '../core/dates';
import type { Finding, Range } from '../core/findings';
import { snoozeChoices, snoozeEntryLines } from '../core/templates/personEntries';
import { DIAGNOSTIC_SOURCE } from '../diagnostics/problems';
import { NOTES_DOCUMENTS } from '../guidance/notesDocument';
import type { NotesService } from '../notes/notesService';
import type { Feature } from '../services';
import { appendToPersonFile } from '../templates/personFile';
import { whenTrusted } from '../commands/trusted';

const COMMAND = 'oneOnOneCoach.snoozeFinding';
const step = (n: number) => vscode.l10n.t('Snooze Until ({0}/2)', n);

/** The finding a diagnostic shows, as the command receives it. */
export interface FindingRef {
  readonly code: string;
  readonly message: string;
  readonly range: Range;
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

/** Coaching findings can be snoozed (not format errors, and not the hint about an ended snooze). */
function snoozable(code: string | undefined): code is string {
  return code !== undefined && code !== snoozeEnded.id && ruleById(code) !== undefined;
}

function refOf(d: vscode.Diagnostic, code: string): FindingRef {
  const { start, end } = d.range;
  return { code, message: d.message, range: { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } } };
}

class SnoozeActions implements vscode.CodeActionProvider {
  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    // Restricted Mode writes nothing: no fix is offered (commands/trusted.ts).
    if (!vscode.workspace.isTrusted || (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix))) return [];
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && snoozable(codeOf(d)));
    return ours.map((d) => {
      const code = codeOf(d) as string;
      const action = new vscode.CodeAction(ours.length > 1 ? vscode.l10n.t('Snooze {0} until…', code) : vscode.l10n.t('Snooze until…'), vscode.CodeActionKind.QuickFix);
      action.command = { command: COMMAND, title: action.title, arguments: [document.uri, refOf(d, code)] };
      action.diagnostics = [d];
      return action;
    });
  }
}

/** The last quiet day, asked for; undefined when cancelled. */
async function askUntil(today: string): Promise<string | undefined> {
  const items: (vscode.QuickPickItem & { until?: string })[] = [
    ...snoozeChoices(today).map((c) => ({ label: c.label, description: vscode.l10n.t('back on {0}', c.back), until: c.until })),
    { label: vscode.l10n.t('Until a date…'), description: vscode.l10n.t('the last quiet day') },
  ];
  const choice = await vscode.window.showQuickPick(items, { title: step(1), placeHolder: vscode.l10n.t('How long can this wait?') });
  if (!choice) return undefined;
  if (choice.until) return choice.until;
  const date = await vscode.window.showInputBox({
    title: step(1),
    prompt: vscode.l10n.t('The last day it stays quiet (YYYY-MM-DD); it comes back the day after'),
    placeHolder: snoozeChoices(today)[0]?.until,
    validateInput: (v) => (!isIsoDate(v.trim()) ? vscode.l10n.t('Write a date as YYYY-MM-DD') : v.trim() < today ? vscode.l10n.t('That day has passed') : undefined),
  });
  return date?.trim();
}

async function snooze(notes: NotesService, uri: unknown, ref: unknown, until?: unknown, reason?: unknown): Promise<vscode.Uri | undefined> {
  if (!(uri instanceof vscode.Uri) || typeof ref !== 'object' || ref === null) return undefined;
  const { code, message, range } = ref as FindingRef;
  await notes.settled();
  const where = notes.locate(uri);
  const personId = where && personIdOf(where.file);
  const sameRange = (r: Range) => r.start.line === range.start.line && r.start.character === range.start.character
    && r.end.line === range.end.line && r.end.character === range.end.character;
  const found: Finding | undefined = where?.root.notes.findingsFor(where.file).find((f) => f.code === code && f.message === message && sameRange(f.range));
  if (!where || !personId || !found) {
    void vscode.window.showInformationMessage(vscode.l10n.t('1:1 Coach: this finding has changed since it was shown; open the quick fixes again.'));
    return undefined;
  }
  const person = where.root.index.notes(personId);
  const today = todayIso();
  const last = typeof until === 'string' && isIsoDate(until) ? until : await askUntil(today);
  if (!last) return undefined;
  const why = typeof until === 'string' ? (typeof reason === 'string' ? reason : undefined) : await vscode.window.showInputBox({
    title: step(2), prompt: vscode.l10n.t('Why can it wait? (optional: press Enter to skip)'),
  });
  if (why === undefined && typeof until !== 'string') return undefined;
  const about = snoozeAboutFor(found, person, ruleById(code)?.checkTeam !== undefined);
  const target = { root: where.root, personId, name: person?.person.name ?? personId };
  const written = await appendToPersonFile(target, 'snooze', snoozeEntryLines({ check: code, until: last, about, reason: why }));
  if (written) {
    void vscode.window.showInformationMessage(vscode.l10n.t("1:1 Coach: snoozed until {0}; the entry is in {1}'s person.yaml.", last, target.name));
  }
  return written;
}

export const snoozeQuickFix: Feature = (context, { notes }) => {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(NOTES_DOCUMENTS, new SnoozeActions(), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.commands.registerCommand(COMMAND, whenTrusted((uri?: unknown, ref?: unknown, until?: unknown, reason?: unknown) => snooze(notes, uri, ref, until, reason))),
  );
};
