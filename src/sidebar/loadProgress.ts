// The load's progress where a manager waits for their team: while the notes are read and checked, a
// bar runs in the People and Needs Attention views, and each view says how far it has come
// ("Reading your notes: 1,234 of 9,388 files"). Meanwhile the context key LOADING holds, so that the
// welcome content does not offer to create a notes folder that is being read.
import * as vscode from 'vscode';
import type { LoadProgress, NotesService } from '../notes/notesService';

/** A load of the notes runs. */
export const LOADING = 'oneOnOneCoach.loading';

/** What a view says while the notes load (the counts in the display language's digits and separators). */
export function loadProgressText(p: LoadProgress): string {
  const counted = new Intl.NumberFormat(vscode.env.language);
  return p.stage === 'reading'
    ? vscode.l10n.t('Reading your notes: {0} of {1} files', counted.format(p.done), counted.format(p.total))
    : vscode.l10n.t('Checking your notes: {0} of {1} people', counted.format(p.done), counted.format(p.total));
}

/** How much of the bar a stage fills: reading the files is most of the work. */
function percentOf(p: LoadProgress): number {
  const part = p.total === 0 ? 1 : p.done / p.total;
  return p.stage === 'reading' ? 80 * part : 80 + 20 * part;
}

interface RunningBar {
  readonly reports: vscode.Progress<{ increment?: number }>[];
  percent: number;
  readonly finish: () => void;
}

function startBar(viewIds: readonly string[]): RunningBar {
  let finish = () => {};
  const done = new Promise<void>((resolve) => { finish = resolve; });
  const bar: RunningBar = { reports: [], percent: 0, finish: () => finish() };
  for (const viewId of viewIds) {
    void vscode.window.withProgress({ location: { viewId } }, (progress) => {
      bar.reports.push(progress);
      return done;
    });
  }
  return bar;
}

/** Shows every load's progress in the given views (by id); returns what to dispose. */
export function showLoadProgress(notes: NotesService, views: readonly { readonly id: string; readonly view: vscode.TreeView<unknown> }[]): vscode.Disposable {
  let bar: RunningBar | undefined;
  const update = (p: LoadProgress | undefined) => {
    const message = p && loadProgressText(p);
    for (const { view } of views) view.message = message;
    if (!p) {
      if (bar) void vscode.commands.executeCommand('setContext', LOADING, false);
      bar?.finish();
      bar = undefined;
      return;
    }
    if (!bar) void vscode.commands.executeCommand('setContext', LOADING, true);
    bar ??= startBar(views.map((v) => v.id));
    const percent = percentOf(p);
    if (percent <= bar.percent) return;
    for (const report of bar.reports) report.report({ increment: percent - bar.percent });
    bar.percent = percent;
  };
  update(notes.loadProgress);
  const subscription = notes.onDidProgressLoad(update);
  return { dispose: () => { subscription.dispose(); bar?.finish(); } };
}
