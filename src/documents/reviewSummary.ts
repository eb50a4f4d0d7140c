// "Summarize for Review…": asks the person, the period and whether to include private notes, then
// opens the review summary (core/documents/review/) as an untitled Markdown document. Nothing is
// written into the notes folder unless the manager saves it, so it works in Restricted Mode too.
//
// Arguments: (person?, period?) with person as in templates/personTarget.ts and period
// `{ from?: 'YYYY-MM-DD', to?: 'YYYY-MM-DD', includePrivate?: boolean }`: with a period given, nothing
// more is asked (a missing from/to is the default, as on the command line). Returns the document, or
// undefined when cancelled.
import * as vscode from 'vscode';
import { monthsBefore, reviewPeriodOf, DEFAULT_REVIEW_MONTHS } from '../core/documents/reviewPeriod';
import type { ReviewPeriod } from '../core/documents/personDocument';
import type { Feature, Services } from '../services';
import { resolvePerson } from '../templates/personTarget';
import { documentWriters } from './documentWriters';

const title = () => vscode.l10n.t('Summarize for Review');

type Period = { from: string; to: string };

/** A problem of reviewPeriodOf, in the words of an input box (no command-line option names). */
function inBoxWords(problem: string): string {
  const text = problem.replace(/^--(from|to): /, '');
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}

function checked(today: string, from?: string, to?: string): Period | undefined {
  const period = reviewPeriodOf(today, from, to);
  return 'problem' in period ? undefined : period;
}

async function askCustomPeriod(today: string, suggested: Period): Promise<Period | undefined> {
  const problemOf = (from?: string, to?: string) => {
    const p = reviewPeriodOf(today, from, to);
    return 'problem' in p ? inBoxWords(p.problem) : undefined;
  };
  const from = (await vscode.window.showInputBox({
    title: vscode.l10n.t('Summarize for Review: custom period (1/2)'), prompt: vscode.l10n.t('The first day of the period (YYYY-MM-DD)'), value: suggested.from,
    validateInput: (v) => problemOf(v.trim(), undefined) ?? undefined,
  }))?.trim();
  if (!from) return undefined;
  const to = (await vscode.window.showInputBox({
    title: vscode.l10n.t('Summarize for Review: custom period (2/2)'), prompt: vscode.l10n.t('The last day of the period (YYYY-MM-DD); both days are included'), value: today,
    validateInput: (v) => problemOf(from, v.trim()),
  }))?.trim();
  if (!to) return undefined;
  return checked(today, from, to);
}

async function askPeriod(today: string): Promise<Period | undefined> {
  const sixMonths = checked(today) as Period;
  const choice = (label: string, period: Period) => ({ label: vscode.l10n.t('{0} (from {1} to {2})', label, period.from, period.to), period });
  const choices: (vscode.QuickPickItem & { period?: Period })[] = [
    choice(vscode.l10n.t('Last {0} months', DEFAULT_REVIEW_MONTHS), sixMonths),
    choice(vscode.l10n.t('Last 12 months'), { from: monthsBefore(today, 12), to: today }),
    choice(vscode.l10n.t('This year'), { from: `${today.slice(0, 4)}-01-01`, to: today }),
    { label: vscode.l10n.t('Custom period…'), description: vscode.l10n.t('choose the first and the last day') },
  ];
  const picked = await vscode.window.showQuickPick(choices, { title: title(), placeHolder: vscode.l10n.t('Which period does the review cover? (both days included)') });
  if (!picked) return undefined;
  return picked.period ?? askCustomPeriod(today, sixMonths);
}

async function askIncludePrivate(): Promise<boolean | undefined> {
  const choice = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('Leave private notes out'), description: vscode.l10n.t('the summary holds what you could show'), include: false },
      { label: vscode.l10n.t('Include private notes'), description: vscode.l10n.t('each marked as private, for you alone'), include: true },
    ],
    { title: title(), placeHolder: vscode.l10n.t('Private notes?') },
  );
  return choice?.include;
}

/** The period an argument gives, when it is one; a problem when its dates are wrong. */
function givenPeriod(arg: unknown, today: string): ReviewPeriod | { problem: string } | undefined {
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) return undefined;
  if (!('from' in arg || 'to' in arg || 'includePrivate' in arg)) return undefined;
  const { from, to, includePrivate } = arg as { from?: unknown; to?: unknown; includePrivate?: unknown };
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const period = reviewPeriodOf(today, text(from), text(to));
  if ('problem' in period) return period;
  return { ...period, includePrivate: includePrivate === true };
}

async function summarizeForReview(services: Services, person?: unknown, periodArg?: unknown): Promise<vscode.TextDocument | undefined> {
  const target = await resolvePerson(services.notes, person, title());
  if (!target) return undefined;
  const ctx = services.notes.contextFor(target.root.folder);
  let period = givenPeriod(periodArg, ctx.today);
  if (period && 'problem' in period) {
    void vscode.window.showWarningMessage(vscode.l10n.t('1:1 Coach: {0}.', inBoxWords(period.problem)));
    return undefined;
  }
  if (!period) {
    const days = await askPeriod(ctx.today);
    if (!days) return undefined;
    const includePrivate = await askIncludePrivate();
    if (includePrivate === undefined) return undefined;
    period = { ...days, includePrivate };
  }
  const notes = target.root.index.notes(target.personId);
  if (!notes) return undefined;
  // An untitled document has no folder for the summary's relative links: point them at the notes files.
  const { retargetLineLinks, writeReviewSummary } = documentWriters();
  const content = retargetLineLinks(writeReviewSummary({ notes, ctx }, period), (file, line) => target.root.uriOf(file).with({ fragment: `L${line}` }).toString());
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

export const summarizeForReviewCommand: Feature = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('oneOnOneCoach.summarizeForReview', (person?: unknown, period?: unknown) => summarizeForReview(services, person, period)),
  );
};
