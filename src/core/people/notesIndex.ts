// The notes index: one per notes root. It holds every loaded notes file and, per person, what
// those files say (personNotes.ts): the person, their 1:1s in order, feedback from 1:1s and
// feedback.yaml, topic threads and action items, each entry with its file and range.
//
// Changes are per file and synchronous: update/updateLoaded/remove replace one file and re-derive
// only that file's person. Loading many files at once (updateAll) derives each person once.
// Everything is pure and deterministic: no clock, no file system, and the same files in any
// order give the same index. Paths are relative to the notes root, `/`-separated.
import { FILE_START, type Finding } from '../findings';
import type { LoadedFile } from '../reading/loadedFile';
import { hasSyntaxError, lastGoodStandIn } from './lastGoodVersion';
import { loadNotesFile } from '../reading/loader';
import {
  derivePersonNotes, type ActionEntry, type FeedbackEntry, type OneOnOneEntry, type PersonEntry, type PersonNotes,
} from './personNotes';
import type { TopicThread } from './topicThreads';

const NO_NOTES: PersonNotes = {
  person: { id: '', name: '' }, oneOnOnes: [], feedback: [], topicThreads: [], actions: [], unwritten: { feedback: [], conversations: [], actions: [] },
};

/** The person a loaded file belongs to, when it is a person, 1:1 or feedback.yaml file. */
function personOf(loaded: LoadedFile): string | undefined {
  return loaded.kind === 'other' ? undefined : loaded.personId;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a file broken by a YAML mistake keeps its last good data (an editor's text; see update). */
export interface KeepLastGood {
  readonly keepLastGood?: boolean;
}

export class NotesIndex {
  private readonly byFile = new Map<string, LoadedFile>();
  private readonly filesOfPerson = new Map<string, Map<string, LoadedFile>>();
  private readonly notesOfPerson = new Map<string, PersonNotes>();
  /** Query results that span all files, rebuilt on the first query after a change. */
  private sortedPeople: readonly PersonEntry[] | undefined;
  private sortedFiles: readonly string[] | undefined;
  private allFindings: readonly Finding[] | undefined;
  private extraFindings: readonly Finding[] = [];
  /** Per person: the finding of a folder without person.yaml, or undefined (see missingPersonFile). */
  private readonly missingPerson = new Map<string, Finding | undefined>();
  /** Per file that stands in with its last good version: that version (see update). */
  private readonly lastGood = new Map<string, LoadedFile>();

  /** An index of the given loaded files (e.g. from the warm-start cache). */
  static fromLoaded(files: Iterable<LoadedFile>): NotesIndex {
    const index = new NotesIndex();
    index.updateAll(files);
    return index;
  }

  /**
   * Loads `content` as the notes file `file` and puts it in the index. With `keepLastGood` (an editor's
   * text), a file that does not read for a YAML mistake keeps the data of its last version that read
   * cleanly, with a note (see lastGoodVersion.ts). Returns the file as loaded.
   */
  update(file: string, content: string | Uint8Array, options: KeepLastGood = {}): LoadedFile {
    const loaded = loadNotesFile(file, content);
    this.updateLoaded(loaded, options);
    return loaded;
  }

  /** The last version of `file` that read cleanly, while the index holds it or stands in with it. */
  private lastGoodOf(file: string): LoadedFile | undefined {
    const kept = this.lastGood.get(file);
    if (kept) return kept;
    const now = this.byFile.get(file);
    return now && now.data !== undefined && !now.findings.some((f) => f.severity === 'error') ? now : undefined;
  }

  /** Puts an already loaded file in the index (replacing the file of the same path); `keepLastGood` as in update. */
  updateLoaded(loaded: LoadedFile, options: KeepLastGood = {}): void {
    const good = options.keepLastGood && hasSyntaxError(loaded) ? this.lastGoodOf(loaded.file) : undefined;
    this.updateAll([good ? lastGoodStandIn(good, loaded) : loaded]);
    if (good) this.lastGood.set(loaded.file, good);
  }

  /** Puts many loaded files in the index; each person they touch is derived once. */
  updateAll(files: Iterable<LoadedFile>): void {
    const touched = new Set<string>();
    for (const loaded of files) {
      this.lastGood.delete(loaded.file);
      const before = this.byFile.get(loaded.file);
      if (before) this.detach(before, touched);
      this.byFile.set(loaded.file, loaded);
      const personId = personOf(loaded);
      if (personId === undefined) continue;
      let files = this.filesOfPerson.get(personId);
      if (!files) this.filesOfPerson.set(personId, (files = new Map()));
      files.set(loaded.file, loaded);
      touched.add(personId);
    }
    this.rederive(touched);
  }

  /** Takes a file out of the index (deleted or renamed). Unknown files are ignored. */
  remove(file: string): void {
    const before = this.byFile.get(file);
    if (!before) return;
    this.lastGood.delete(file);
    const touched = new Set<string>();
    this.detach(before, touched);
    this.byFile.delete(file);
    this.rederive(touched);
  }

  /** Findings that belong to no one file, e.g. from walking the notes root; shown by findings(). */
  setRootFindings(findings: readonly Finding[]): void {
    this.extraFindings = findings;
    this.allFindings = undefined;
  }

  /** Replaces the root findings on one file (a link found leading outside, or no longer); no change, no work. */
  replaceRootFindings(file: string, findings: readonly Finding[]): void {
    if (findings.length === 0 && !this.extraFindings.some((f) => f.file === file)) return;
    this.setRootFindings([...this.extraFindings.filter((f) => f.file !== file), ...findings]);
  }

  /** Every person, by id (code-unit order, the same on every machine). */
  people(): readonly PersonEntry[] {
    this.sortedPeople ??= [...this.notesOfPerson.keys()].sort(byCodeUnits).map((id) => this.notesOf(id).person);
    return this.sortedPeople;
  }

  person(id: string): PersonEntry | undefined {
    return this.notesOfPerson.get(id)?.person;
  }

  /** All of one person's notes at once. */
  notes(personId: string): PersonNotes | undefined {
    return this.notesOfPerson.get(personId);
  }

  oneOnOnes(personId: string): readonly OneOnOneEntry[] {
    return this.notesOf(personId).oneOnOnes;
  }

  feedback(personId: string): readonly FeedbackEntry[] {
    return this.notesOf(personId).feedback;
  }

  topicThreads(personId: string): readonly TopicThread[] {
    return this.notesOf(personId).topicThreads;
  }

  actions(personId: string): readonly ActionEntry[] {
    return this.notesOf(personId).actions;
  }

  /** Every file in the index, sorted. */
  files(): readonly string[] {
    this.sortedFiles ??= [...this.byFile.keys()].sort(byCodeUnits);
    return this.sortedFiles;
  }

  loaded(file: string): LoadedFile | undefined {
    return this.byFile.get(file);
  }

  /** The root findings, then every file's load findings, by file (a missing person.yaml on its folder's first file). */
  findings(): readonly Finding[] {
    if (!this.allFindings) {
      const missing = this.missingPersonFiles();
      this.allFindings = [...this.extraFindings, ...this.files().flatMap((f) => [...missing.get(f) ?? [], ...this.byFile.get(f)?.findings ?? []])];
    }
    return this.allFindings;
  }

  /** The files of one person's folder in the index (unsorted). */
  filesOf(personId: string): Iterable<string> {
    return this.filesOfPerson.get(personId)?.keys() ?? [];
  }

  /** The root findings and load findings on one file, in the order findings() gives them. */
  findingsOn(file: string): Finding[] {
    const out = this.extraFindings.filter((f) => f.file === file);
    const loaded = this.byFile.get(file);
    const personId = loaded && personOf(loaded);
    const missing = personId === undefined ? undefined : this.missingPersonFile(personId);
    if (missing?.file === file) out.push(missing);
    if (loaded) for (const f of loaded.findings) out.push(f);
    return out;
  }

  /** An info finding on the first file of each person folder that has notes but no person.yaml (nor person.yml). */
  private missingPersonFiles(): Map<string, Finding[]> {
    const out = new Map<string, Finding[]>();
    for (const personId of this.filesOfPerson.keys()) {
      const missing = this.missingPersonFile(personId);
      if (missing) out.set(missing.file, [missing]);
    }
    return out;
  }

  /** The finding on a person folder's first file when it has notes but no person.yaml; else undefined. */
  private missingPersonFile(personId: string): Finding | undefined {
    if (!this.missingPerson.has(personId)) this.missingPerson.set(personId, this.findMissingPerson(personId));
    return this.missingPerson.get(personId);
  }

  private findMissingPerson(personId: string): Finding | undefined {
    let first: string | undefined;
    for (const f of this.filesOfPerson.get(personId)?.values() ?? []) {
      if (f.kind === 'person') return undefined;
      if (first === undefined || f.file < first) first = f.file;
    }
    if (first === undefined) return undefined;
    const message = `The folder ${personId} has notes but no person.yaml, so they are read under the folder name with the default cadence. Add a person.yaml with their name, or move the notes to the right person's folder.`;
    return { code: 'layout/no-person-file', severity: 'info', message, file: first, range: FILE_START };
  }

  private notesOf(personId: string): PersonNotes {
    return this.notesOfPerson.get(personId) ?? NO_NOTES;
  }

  private detach(loaded: LoadedFile, touched: Set<string>): void {
    const personId = personOf(loaded);
    if (personId === undefined) return;
    this.filesOfPerson.get(personId)?.delete(loaded.file);
    touched.add(personId);
  }

  private rederive(touched: ReadonlySet<string>): void {
    for (const personId of touched) {
      this.missingPerson.delete(personId);
      const files = this.filesOfPerson.get(personId);
      if (files && files.size > 0) {
        this.notesOfPerson.set(personId, derivePersonNotes(personId, files.values()));
      } else {
        this.filesOfPerson.delete(personId);
        this.notesOfPerson.delete(personId);
      }
    }
    this.sortedPeople = undefined;
    this.sortedFiles = undefined;
    this.allFindings = undefined;
  }
}
