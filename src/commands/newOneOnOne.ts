// "New 1:1 with…": a 1:1 file for a person, for today or the day their cadence expects next, started
// with what their notes leave open (placeholders to write over; it counts as planned until written).
//
// Arguments: (person?, options?) with person as in templates/personTarget.ts and options
// `{ date?: 'YYYY-MM-DD', another?: boolean }`; a tree menu's second argument (the selection) is ignored.
// - Without a date, a pick asks which day: today, or the next day the cadence expects (see
//   core/templates/oneOnOneDay.ts).
// - When the day already has a 1:1 file, its latest file is opened and nothing is written. A further
//   file for that day (2026-03-04b.yaml) is written only with `another: true`, or when the manager
//   picks "Another 1:1 …" for that day.
// Returns the Uri of the file opened or created. No file is ever overwritten. A new file opens as a
// normal tab (not a preview) with its first placeholder selected, ready to be written over.
import * as vscode from 'vscode';
import { toRange } from '../convert';
import { isIsoDate } from '../core/dates';
import { cadenceFacts } from '../core/guidance/cadence';
import { nextOneOnOneFileName, oneOnOneFilesOn } from '../core/reading/layout';
import { newOneOnOneText } from '../core/templates/newOneOnOne';
import { dayChoices, firstPlaceholder } from '../core/templates/oneOnOneDay';
import type { Services } from '../services';
import { resolvePerson, type PersonTarget } from '../templates/personTarget';
import { createWithText } from '../templates/safeFiles';

export interface NewOneOnOneOptions {
  readonly date?: string;
  readonly another?: boolean;
}

async function namesIn(folder: vscode.Uri): Promise<string[]> {
  try {
    return (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
  } catch {
    return [];
  }
}

/** The day (and whether a further file for it is wanted): from the options, else picked. */
async function whichDay(services: Services, target: PersonTarget, taken: readonly string[], options: unknown): Promise<NewOneOnOneOptions | undefined> {
  const given = typeof options === 'object' && options !== null ? (options as NewOneOnOneOptions) : {};
  if (given.date !== undefined) return { date: given.date, another: given.another === true };
  const ctx = services.notes.contextFor(target.root.folder);
  const notes = target.root.index.notes(target.personId);
  if (!notes) return undefined;
  const items = dayChoices(cadenceFacts(notes, ctx), ctx.today, taken).map((choice) => ({ label: choice.label, description: choice.description, choice }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('New 1:1 with {0}', target.name), placeHolder: vscode.l10n.t('Which day is the 1:1 for?') });
  return picked && { date: picked.choice.date, another: picked.choice.another };
}

/** The command newOneOnOne: registered in writingCommands.ts, loaded on its first run. */
export async function newOneOnOne(services: Services, person?: unknown, options?: unknown): Promise<vscode.Uri | undefined> {
  const target = await resolvePerson(services.notes, person, vscode.l10n.t('New 1:1 with…'));
  if (!target) return undefined;
  const folder = target.root.uriOf(target.personId);
  const taken = await namesIn(folder);
  const day = await whichDay(services, target, taken, options);
  if (!day?.date) return undefined;
  const date = day.date;
  if (!isIsoDate(date)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('1:1 Coach: "{0}" is not a date (YYYY-MM-DD).', date));
    return undefined;
  }
  const existing = oneOnOneFilesOn(date, taken);
  const latest = existing[existing.length - 1];
  if (latest !== undefined && !day.another) {
    const uri = vscode.Uri.joinPath(folder, latest);
    await vscode.window.showTextDocument(uri, { preview: false });
    return uri;
  }
  const notes = target.root.index.notes(target.personId);
  if (!notes) return undefined;
  const text = newOneOnOneText(notes, date, services.notes.contextFor(target.root.folder));
  const first = firstPlaceholder(text);
  for (;;) {
    let name: string;
    try {
      name = nextOneOnOneFileName(date, taken);
    } catch {
      void vscode.window.showErrorMessage(vscode.l10n.t('1:1 Coach: {0} already has 26 1:1 files on {1}.', target.name, date));
      return undefined;
    }
    const uri = vscode.Uri.joinPath(folder, name);
    if (await createWithText(uri, text)) {
      await vscode.window.showTextDocument(uri, { preview: false, ...(first ? { selection: toRange(first) } : {}) });
      return uri;
    }
    taken.push(name); // created meanwhile by someone else: take the next letter
  }
}
