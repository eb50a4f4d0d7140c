// "Mark Time Away…": asks from, until and a reason, then appends an `away:` entry to the person's
// person.yaml (one undoable edit; unsaved changes kept; person.yaml is never created here). The checks
// that count days pause for the time away (core/people/timeAway.ts).
//
// Arguments: (person?, away?) with person as in templates/personTarget.ts and away
// `{ from: 'YYYY-MM-DD', until: 'YYYY-MM-DD', reason?: string }`; with both dates given nothing is
// asked. Returns person.yaml's Uri, or undefined when nothing was written.
import * as vscode from 'vscode';
import { isIsoDate, todayIso } from '../core/dates';
import { awayEntryLines } from '../core/templates/personEntries';
import type { AwayPeriod } from '../core/schema';
import type { Services } from '../services';
import { appendToPersonFile } from '../templates/personFile';
import { resolvePerson } from '../templates/personTarget';

const STEPS = 3;
const step = (n: number) => vscode.l10n.t('Mark Time Away ({0}/{1})', n, STEPS);

function askDate(n: number, prompt: string, placeHolder: string, notBefore?: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: step(n), prompt, placeHolder, value: placeHolder,
    validateInput: (v) => (!isIsoDate(v.trim()) ? vscode.l10n.t('Write a date as YYYY-MM-DD') : notBefore && v.trim() < notBefore ? vscode.l10n.t('The last day cannot come before the first ({0})', notBefore) : undefined),
  }).then((v) => v?.trim());
}

async function askPeriod(name: string, today: string): Promise<AwayPeriod | undefined> {
  const from = await askDate(1, vscode.l10n.t('The first day {0} is away (YYYY-MM-DD)', name), today);
  if (!from) return undefined;
  const until = await askDate(2, vscode.l10n.t('The last day {0} is away (YYYY-MM-DD); the checks count again from the day after', name), from, from);
  if (!until) return undefined;
  const reason = await vscode.window.showInputBox({ title: step(3), prompt: vscode.l10n.t('Why, in a few words? (optional: press Enter to skip)'), placeHolder: vscode.l10n.t('e.g. parental leave') });
  if (reason === undefined) return undefined;
  return { from, until, reason };
}

function givenPeriod(arg: unknown): AwayPeriod | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { from, until, reason } = arg as Partial<Record<keyof AwayPeriod, unknown>>;
  if (!isIsoDate(from) || !isIsoDate(until) || until < from) return undefined;
  return { from, until, reason: typeof reason === 'string' ? reason : undefined };
}

/** The command markTimeAway: registered in writingCommands.ts, loaded on its first run. */
export async function markTimeAway(services: Services, person?: unknown, away?: unknown): Promise<vscode.Uri | undefined> {
  const target = await resolvePerson(services.notes, person, vscode.l10n.t('Mark Time Away'));
  if (!target) return undefined;
  const period = givenPeriod(away) ?? (await askPeriod(target.name, todayIso()));
  if (!period) return undefined;
  return appendToPersonFile(target, 'away', awayEntryLines(period));
}
