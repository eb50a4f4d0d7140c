// `npm run bench:host`, the part that runs inside the extension host of a real VS Code (loaded as the
// extension tests module, bench/host/run.mjs starts it): with People showing an expanded person, Needs
// Attention and Problems open, it types into one of that person's 1:1s (unsaved) many times, waits each
// time until the notes have settled, and takes the extension host's CPU time (process.cpuUsage: every
// thread of this process) between one settled state and the next. Each sample so holds one edit: the
// re-check, Problems, and the refresh of both trees the previous edit set off (their 100 ms coalescing
// ends within the next edit's 250 ms debounce). Writes the samples to BENCH_HOST_RESULT; with
// BENCH_HOST_PROFILE (a file path), also a CPU profile of the host over the measured edits (node:inspector).
import { existsSync, watch, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { basename, dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { CoachApi } from '../../src/extension';

const EXTENSION_ID = 'one-on-one-coach.one-on-one-coach';
const WARM_UP = 5;

export interface HostResult {
  readonly files: number;
  readonly people: number;
  readonly file: string;
  /** Extension-host CPU ms of each measured edit. */
  readonly cpuMs: readonly number[];
  /** Wall ms from each edit to its settled state (the 250 ms debounce included). */
  readonly wallMs: readonly number[];
  /** Extension-host CPU ms before the first edit: its start, the activation, the load, opening the views. */
  readonly beforeCpuMs: number;
}

function changeOf(doc: vscode.TextDocument): Promise<void> {
  return new Promise((resolve) => {
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc && e.contentChanges.length) { sub.dispose(); resolve(); }
    });
  });
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** Resolves once `path` exists (the runner writes it when its screenshot is taken). */
function appears(path: string): Promise<void> {
  return new Promise((resolve) => {
    const watcher = watch(dirname(path), () => {
      if (existsSync(path)) { watcher.close(); resolve(); }
    });
    if (existsSync(path)) { watcher.close(); resolve(); }
  });
}

/** Posts one inspector command and resolves with its result. */
function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params, (e, result) => (e ? reject(e) : resolve(result as T))));
}

/** Starts V8's sampling profiler in this process; the returned function stops it and writes the profile to `path`. */
async function startProfile(path: string): Promise<() => Promise<void>> {
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  // A sample every 0.2 ms: an edit costs tens of ms, and the default 1 ms sees too little of it.
  await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
  await post(session, 'Profiler.start');
  return async () => {
    const { profile } = await post<{ profile: object }>(session, 'Profiler.stop');
    session.disconnect();
    writeFileSync(path, JSON.stringify(profile));
  };
}

/** The line the runner waits for in the workbench log before it takes its screenshot. */
export const SCREENSHOT_LINE = '[bench:host] views ready for the screenshot';

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension<CoachApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed in this host`);
  const api = await ext.activate();
  await api.notes.settled();
  const root = api.notes.roots()[0];
  if (!root) throw new Error('no notes root loaded');
  const person = root.index.people()[0];
  const notes = person && root.index.notes(person.id);
  const last = notes?.oneOnOnes.at(-1);
  if (!person || !last) throw new Error('the first person has no 1:1');

  // Every view open: the side bar with the first person expanded, Needs Attention, Problems.
  await vscode.commands.executeCommand('workbench.view.extension.oneOnOneCoach');
  await vscode.commands.executeCommand('oneOnOneCoach.attention.focus');
  await vscode.commands.executeCommand('oneOnOneCoach.people.focus');
  await vscode.commands.executeCommand('list.focusFirst');
  await vscode.commands.executeCommand('list.expand');
  await vscode.commands.executeCommand('workbench.actions.view.problems');

  // Type at the end of the file's first action item's text: the edit changes what the views show.
  const doc = await vscode.workspace.openTextDocument(root.uriOf(last.file));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const line = doc.getText().split('\n').findIndex((l) => /^\s*- text: /.test(l));
  if (line < 0) throw new Error(`${last.file} has no action item`);
  const end = doc.lineAt(line).range.end;
  editor.selection = new vscode.Selection(end, end);

  const edits = Number(process.env['BENCH_HOST_EDITS'] ?? 40);
  const cpu: number[] = [];
  const wall: number[] = [];
  const beforeCpuMs = cpuMs({ user: 0, system: 0 });
  const profilePath = process.env['BENCH_HOST_PROFILE'];
  let stopProfile: (() => Promise<void>) | undefined;
  let since = process.cpuUsage();
  for (let i = 0; i < WARM_UP + edits; i++) {
    if (i === WARM_UP && profilePath) {
      stopProfile = await startProfile(profilePath);
      since = process.cpuUsage();
    }
    const changed = changeOf(doc);
    const start = performance.now();
    // Type a letter, then take it away again: the file never grows, each is an edit.
    if (i % 2 === 0) await vscode.commands.executeCommand('type', { text: 'x' });
    else await vscode.commands.executeCommand('deleteLeft');
    await changed;
    await api.notes.settled();
    if (i >= WARM_UP) {
      wall.push(performance.now() - start);
      cpu.push(cpuMs(since));
    }
    since = process.cpuUsage();
  }
  await stopProfile?.();
  const result: HostResult = { files: root.index.files().length, people: root.index.people().length, file: last.file, cpuMs: cpu, wallMs: wall, beforeCpuMs };
  const out = process.env['BENCH_HOST_RESULT'];
  if (!out) return;
  writeFileSync(out, JSON.stringify(result));
  // The views as they stand after the last edit, while this host still serves them.
  const shot = `${out}.screenshot`;
  console.log(`${SCREENSHOT_LINE} ${basename(shot)}`);
  await appears(shot);
}
