// The notes of every workspace folder, kept current: files on disk (a watcher), unsaved editors
// (debounced per file) and settings. Features read from here and listen to onDidChange.
import * as vscode from 'vscode';
import type { CheckContext } from '../core/checks/rule';
import { todayIso } from '../core/dates';
import type { Finding } from '../core/findings';
import { removeOldCaches } from '../core/reading/cacheKey';
import type { LoadedFile } from '../core/reading/loadedFile';
import { loadNotesFile } from '../core/reading/loader';
import { notesFileBoundary } from '../core/reading/notesBoundary';
import type { LoadSlices, StepProgress } from '../core/steps';
import { CACHE_ENABLED, checkSettingsOf, NOTES_ROOT, notesRootOf, notesRootSetting, SECTION } from '../settings';
import { isLinkThroughWorkspaceFs, isNotesPath, NotesRoot, openNotesRoot, readThroughWorkspaceFs } from './notesRoot';

/** How far a load has come: files read of those found, then people checked. */
export interface LoadProgress {
  readonly stage: StepProgress['stage'];
  readonly done: number;
  readonly total: number;
}

export interface NotesChange {
  readonly root: NotesRoot;
  /** Root-relative files whose notes or findings may have changed. */
  readonly files: ReadonlySet<string>;
}

const EDIT_DEBOUNCE_MS = 250;

/** How long the load runs before the extension host gets its turn (ms): well under the 50 ms a stretch may take. */
const LOAD_SLICE_MS = 15;

/** Gives the extension host its turn: whatever waits (messages from the window, timers, I/O) runs first. */
const yieldToHost = () => new Promise<void>((resolve) => setImmediate(resolve));

export class NotesService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<NotesChange>();
  /** Fires after any root's notes or findings changed, and once per root after (re)loading. */
  readonly onDidChange = this.changed.event;
  private readonly rootsChanged = new vscode.EventEmitter<void>();
  /** Fires when the set of notes roots changed (folders added or removed, setting changed). */
  readonly onDidChangeRoots = this.rootsChanged.event;
  private readonly progressed = new vscode.EventEmitter<LoadProgress | undefined>();
  /** Fires as a load goes on (files read, people checked), and with undefined when it is over. */
  readonly onDidProgressLoad = this.progressed.event;
  private progress: LoadProgress | undefined;
  /** Changes that came in while a load ran: applied after it, latest last (by Uri and kind). */
  private heldBack: Map<string, () => void> | undefined;
  private recheckAfterLoad = false;

  private current: NotesRoot[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** How many updates of each file have started: an update that reads the disk yields to a later one. */
  private readonly started = new Map<string, number>();
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];
  private loading: Promise<void> = Promise.resolve();
  private day = todayIso();
  private refused = new Set<string>();

  constructor(
    private readonly storage: vscode.Uri | undefined,
    private readonly version: string,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.changed,
      this.rootsChanged,
      this.progressed,
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reload()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.${NOTES_ROOT}`) || e.affectsConfiguration(`${SECTION}.${CACHE_ENABLED}`)) void this.reload();
        else if (e.affectsConfiguration(SECTION)) this.recheckAll();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.schedule(e.document.uri, () => e.document.getText());
      }),
      // A file opened in an editor is read again, in case it changed on disk without its size, times or
      // inode showing it (the warm-start cache trusts those).
      vscode.workspace.onDidOpenTextDocument((d) => !d.isDirty && this.schedule(d.uri)),
      // Trusted at last: the cache may now be read and written.
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reload()),
      // An editor closed without saving: the file on disk is the truth again.
      vscode.workspace.onDidCloseTextDocument((d) => d.isDirty && this.schedule(d.uri)),
      // Changes made through VS Code itself arrive here even when a file watcher is slow to see them.
      vscode.workspace.onDidSaveTextDocument((d) => this.schedule(d.uri)),
      vscode.workspace.onDidCreateFiles((e) => {
        if (!this.heldBack && e.files.some((uri) => !this.locate(uri) && this.isMissingRoot(uri))) void this.reload();
        else e.files.forEach((uri) => this.scheduleTree(uri));
      }),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.scheduleTree(uri))),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach(({ oldUri, newUri }) => { this.scheduleTree(oldUri); this.scheduleTree(newUri); })),
    );
    // Stale feedback and overdue 1:1s age by the day: re-check when the date turns.
    const timer = setInterval(() => {
      const today = todayIso();
      if (today !== this.day) { this.day = today; this.recheckAll(); }
    }, 60_000);
    this.disposables.push({ dispose: () => clearInterval(timer) });
    // Older versions kept a cache with note text in the extension's storage: it goes.
    if (storage?.scheme === 'file') removeOldCaches(storage.fsPath);
    void this.reload();
  }

  /** Where the load in progress stands; undefined when none runs. */
  get loadProgress(): LoadProgress | undefined {
    return this.progress;
  }

  /** Resolves once the first load (or the latest reload) is done. */
  get ready(): Promise<void> {
    return this.loading;
  }

  /** Resolves when no load or debounced update is pending (tests wait on this, not on time). */
  async settled(): Promise<void> {
    await this.loading;
    if (this.pending.size === 0 && this.inFlight === 0) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  roots(): readonly NotesRoot[] {
    return this.current;
  }

  /** The root a Uri lies in, with its root-relative path. */
  locate(uri: vscode.Uri): { root: NotesRoot; file: string } | undefined {
    for (const root of this.current) {
      const file = root.fileOf(uri);
      if (file !== undefined) return { root, file };
    }
    return undefined;
  }

  /** Every finding (load and coaching) of every root. */
  *allFindings(): Iterable<{ root: NotesRoot; finding: Finding }> {
    for (const root of this.current) for (const list of root.notes.grouped().values()) for (const finding of list) yield { root, finding };
  }

  /** Today and the thresholds of a folder's settings. */
  contextFor(folder: vscode.WorkspaceFolder): CheckContext {
    return { today: todayIso(), settings: checkSettingsOf(folder) };
  }

  /** Re-reads every notes root from scratch. Never rejects: a failure is logged, so callers may leave it running (void). */
  reload(): Promise<void> {
    this.loading = this.loading.then(() => this.loadRoots()).catch((e) => this.log.error('Loading the notes failed', e));
    return this.loading;
  }

  /** Re-runs the checks everywhere (settings or the date changed); during a load, after it. */
  recheckAll(): void {
    if (this.heldBack) {
      this.recheckAfterLoad = true;
      return;
    }
    for (const root of this.current) this.changed.fire({ root, files: root.notes.recheck(this.contextFor(root.folder)) });
  }

  private async loadRoots(): Promise<void> {
    for (const w of this.watchers.splice(0)) w.dispose();
    const heldBack = new Map<string, () => void>();
    this.heldBack = heldBack;
    this.recheckAfterLoad = false;
    const roots: NotesRoot[] = [];
    const refused: string[] = [];
    try {
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const setting = notesRootSetting(folder);
        if (!setting.uri) {
          refused.push(setting.problem);
          continue;
        }
        const uri = setting.uri;
        const started = Date.now();
        // Watched before it is read, so that a change made while it loads is not missed (it is held back until then).
        const watching = this.watch(uri);
        this.watchers.push(...watching);
        const root = await openNotesRoot(folder, uri, this.storage, this.contextFor(folder), this.version, this.slices());
        if (!root) {
          for (const w of watching) w.dispose();
          this.watchers = this.watchers.filter((w) => !watching.includes(w));
          // No notes folder yet: load it as soon as one appears (created by hand or by a command).
          const appears = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, uri.path.slice(folder.uri.path.length + 1)), false, true, true);
          this.watchers.push(appears, appears.onDidCreate(() => this.reload()));
          continue;
        }
        roots.push(root);
        const report = root.loadReport;
        const reused = report?.checks ? `, findings of ${report.checks.reused} of ${report.checks.people} people from the cache` : '';
        this.log.info(`Loaded ${root.index.files().length} notes files of ${root.index.people().length} people from ${uri.fsPath || uri.toString()} in ${Date.now() - started} ms (${report?.yields ?? 0} turns given to other work${reused})`);
      }
    } finally {
      this.current = roots;
      this.setProgress(undefined);
      this.heldBack = undefined;
    }
    this.warnRefused(refused);
    // What changed while the load ran; then unsaved editors, which win over the files on disk, and files
    // open in an editor, which are read again (see onDidOpenTextDocument).
    for (const apply of heldBack.values()) apply();
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.isDirty) this.schedule(doc.uri, () => doc.getText(), 0);
      else this.schedule(doc.uri);
    }
    this.rootsChanged.fire();
    for (const root of roots) this.changed.fire({ root, files: new Set(root.notes.grouped().keys()) });
    if (this.recheckAfterLoad) this.recheckAll();
    this.notifyIfIdle();
  }

  /** How a load runs in the extension host: in slices, reporting its progress. */
  private slices(): LoadSlices {
    return {
      sliceMs: LOAD_SLICE_MS,
      yieldTo: yieldToHost,
      onProgress: (done, total, stage) => this.setProgress({ stage, done, total }),
    };
  }

  private setProgress(progress: LoadProgress | undefined): void {
    if (progress === undefined && this.progress === undefined) return;
    this.progress = progress;
    this.progressed.fire(progress);
  }

  /** Notes Root settings that lead outside their folder, as the warnings said them (for tests). */
  refusedNotesRoots(): readonly string[] {
    return [...this.refused];
  }

  /** Says once, per setting, that a Notes Root leading outside its folder is not used. */
  private warnRefused(problems: readonly string[]): void {
    for (const problem of problems) {
      if (this.refused.has(problem)) continue;
      this.log.warn(problem);
      void vscode.window.showWarningMessage(problem);
    }
    this.refused = new Set(problems);
  }

  /** Watches a notes root's files and person folders; returns the watchers and their subscriptions. */
  private watch(root: vscode.Uri): vscode.Disposable[] {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '*/*.{yaml,yml}'));
    const fromDisk = (uri: vscode.Uri) => {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (!open?.isDirty) this.schedule(uri);
    };
    // A new or removed person folder: its files may come before the file watcher watches it.
    const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '*'));
    return [
      watcher, watcher.onDidCreate(fromDisk), watcher.onDidChange(fromDisk), watcher.onDidDelete((uri) => this.schedule(uri)),
      folders, folders.onDidCreate((uri) => this.scheduleTree(uri)), folders.onDidDelete((uri) => this.scheduleTree(uri)),
    ];
  }

  /** While a load runs: keeps a change for after it (the latest of its kind per Uri); returns whether it did. */
  private holdBack(kind: string, uri: vscode.Uri, apply: () => void): boolean {
    if (!this.heldBack) return false;
    const key = `${kind} ${uri.toString()}`;
    this.heldBack.delete(key);
    this.heldBack.set(key, apply);
    return true;
  }

  /** Whether a Uri is (or lies in) the notes folder of a workspace folder that has none loaded. */
  private isMissingRoot(uri: vscode.Uri): boolean {
    return (vscode.workspace.workspaceFolders ?? []).some((folder) => {
      const root = notesRootOf(folder)?.path;
      return root !== undefined && !this.current.some((r) => r.folder === folder) && (uri.path === root || uri.path.startsWith(`${root}/`));
    });
  }

  /** A file or a whole person folder, created, deleted or renamed: updates every notes file in it. */
  private scheduleTree(uri: vscode.Uri): void {
    if (this.holdBack('tree', uri, () => this.scheduleTree(uri))) return;
    const where = this.locate(uri);
    if (!where) return;
    if (isNotesPath(where.file)) { this.schedule(uri); return; }
    if (where.file.includes('/') || where.file === '') return;
    // A person folder: what the index holds of it (maybe deleted) and what is on disk now (maybe new).
    const known = where.root.index.files().filter((f) => f.startsWith(`${where.file}/`));
    for (const f of known) this.schedule(where.root.uriOf(f));
    // A link that leads outside the notes folder is not even listed; it gets its warning instead.
    const boundary = uri.scheme === 'file' ? notesFileBoundary(where.root.uri.fsPath, where.file) : undefined;
    if (boundary) {
      where.root.notes.replaceRootFindings(where.file, [boundary]);
      this.changed.fire({ root: where.root, files: new Set([where.file]) });
      return;
    }
    this.inFlight += 1;
    Promise.resolve(vscode.workspace.fs.readDirectory(uri))
      .then((entries) => {
        for (const [name, type] of entries) if (type & vscode.FileType.File) this.schedule(vscode.Uri.joinPath(uri, name));
      }, () => undefined)
      .finally(() => { this.inFlight -= 1; this.notifyIfIdle(); });
  }

  /** Updates one file after a quiet moment: from `text` (an editor) or from disk (a missing file is removed). */
  private schedule(uri: vscode.Uri, text?: () => string, delay = EDIT_DEBOUNCE_MS): void {
    if (this.holdBack('file', uri, () => this.schedule(uri, text, delay))) return;
    const where = this.locate(uri);
    if (!where || !isNotesPath(where.file)) return;
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      this.inFlight += 1;
      const ticket = (this.started.get(key) ?? 0) + 1;
      this.started.set(key, ticket);
      this.apply(where.root, where.file, uri, text, ticket)
        .catch((e) => this.log.error(`Updating ${where.file} failed`, e))
        .finally(() => { this.inFlight -= 1; this.notifyIfIdle(); });
    }, delay));
  }

  private async apply(root: NotesRoot, file: string, uri: vscode.Uri, text: (() => string) | undefined, ticket: number): Promise<void> {
    if (!this.current.includes(root)) return; // reloaded meanwhile
    const ctx = this.contextFor(root.folder);
    // Never read through a link that leads outside the notes folder, not even the text of its editor.
    const boundary = uri.scheme === 'file' ? notesFileBoundary(root.uri.fsPath, file) : undefined;
    root.notes.replaceRootFindings(file, boundary?.file === file ? [boundary] : []);
    if (boundary || (uri.scheme !== 'file' && (await isLinkThroughWorkspaceFs(root, file)))) {
      const files = root.notes.remove(file, ctx);
      this.changed.fire({ root, files: files.add(file) });
      return;
    }
    const content = text?.();
    let loaded: LoadedFile | undefined;
    if (content !== undefined) {
      loaded = loadNotesFile(file, content);
    } else {
      try {
        loaded = await readThroughWorkspaceFs(file, uri);
      } catch {
        loaded = undefined;
      }
      // Read from disk while the file was edited: a later update, or the unsaved editor, wins.
      if (this.started.get(uri.toString()) !== ticket) return;
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (open?.isDirty) loaded = loadNotesFile(file, open.getText());
    }
    // A file broken while the window is open keeps the coaching of its last good version on screen.
    const files = loaded === undefined ? root.notes.remove(file, ctx) : root.notes.updateLoaded(loaded, ctx, { keepLastGood: true });
    this.changed.fire({ root, files });
  }

  private notifyIfIdle(): void {
    if (this.pending.size || this.inFlight) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  dispose(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
    for (const d of [...this.watchers.splice(0), ...this.disposables.splice(0)]) d.dispose();
    this.notifyIfIdle();
  }
}
