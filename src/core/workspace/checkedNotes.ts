// The index plus the coaching findings on it, kept per person so that a change to one file
// re-checks only that file's person; the team rules' findings (what recurs across people) are
// re-run on every change, as one person's edit can raise or clear them on another person's file.
// Every finding is kept by file, and a change re-files only the files it can touch: it says which
// files' findings changed, so that the views redraw those alone.
// Pure: the caller says when to re-check and with which context.
import type { Finding } from '../findings';
import { classifyNotesFile } from '../reading/layout';
import type { LoadedFile } from '../reading/loadedFile';
import { checkPerson, checkTeam, everyonesNotes } from '../checks/engine';
import type { CheckContext } from '../checks/rule';
import { NotesIndex, type KeepLastGood } from '../people/notesIndex';
import { sameFindings } from './sameFindings';

function personOfFile(file: string): string | undefined {
  const slash = file.indexOf('/');
  return slash > 0 ? file.slice(0, slash) : undefined;
}

/** Findings by file, in the order they came. */
function byFileOf(findings: Iterable<Finding>): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = map.get(f.file);
    if (list) list.push(f);
    else map.set(f.file, [f]);
  }
  return map;
}

export class CheckedNotes {
  /** Per person, their coaching findings by file (every one on a file of the person's folder). */
  private readonly coaching = new Map<string, Map<string, Finding[]>>();
  private team: readonly Finding[] = [];
  private teamByFile = new Map<string, Finding[]>();
  /** Every finding by file; once built, kept current file by file. */
  private byFile: Map<string, readonly Finding[]> | undefined;
  /** Per person, the files of their folder that hold findings (kept with byFile). */
  private filesOfPerson: Map<string, Set<string>> | undefined;

  constructor(readonly index: NotesIndex = new NotesIndex()) {}

  /**
   * Re-runs the checks for the given people (all when omitted), and the team rules for everyone.
   * For everyone, returns every file of every person and every file findings were on, before and
   * after (the date or the settings changed: everything may read differently). For some people,
   * returns the files whose findings changed.
   */
  recheck(ctx: CheckContext, personIds?: Iterable<string>): Set<string> {
    return personIds === undefined ? this.recheckEveryone(ctx) : this.recheckPeople(ctx, personIds, []);
  }

  /**
   * Takes findings checked elsewhere as they are, in place of a full recheck(): per person (the load
   * checks them in slices, or takes them from the warm-start cache), and the team rules'.
   */
  seed(coaching: ReadonlyMap<string, readonly Finding[]>, team: readonly Finding[]): void {
    this.coaching.clear();
    for (const [id, found] of coaching) if (found.length) this.coaching.set(id, byFileOf(found));
    this.team = team;
    this.teamByFile = byFileOf(team);
    this.byFile = undefined;
    this.filesOfPerson = undefined;
  }

  /**
   * Loads (or reloads) one file's text and re-checks its person; returns the file and the files whose
   * findings changed. With `keepLastGood`, a file broken by a YAML mistake keeps its last good data
   * (see NotesIndex.update).
   */
  update(file: string, content: string | Uint8Array, ctx: CheckContext, options: KeepLastGood = {}): Set<string> {
    const sameFiles = this.keepsFiles(file);
    this.index.update(file, content, options);
    return this.afterChange(file, ctx, sameFiles);
  }

  /** Puts an already loaded file in the index and re-checks its person; returns the files to refresh (as update). */
  updateLoaded(loaded: LoadedFile, ctx: CheckContext, options: KeepLastGood = {}): Set<string> {
    const sameFiles = this.keepsFiles(loaded.file);
    this.index.updateLoaded(loaded, options);
    return this.afterChange(loaded.file, ctx, sameFiles);
  }

  /** Takes a file out and re-checks its person; returns the files to refresh (as update). */
  remove(file: string, ctx: CheckContext): Set<string> {
    this.index.remove(file);
    return this.afterChange(file, ctx, false);
  }

  /**
   * Whether replacing `file` leaves its person's other files with the load findings they have: it is in
   * the index already and is not a person file (a person folder's files and person file are what its
   * missing-person finding, on the folder's first file, depends on).
   */
  private keepsFiles(file: string): boolean {
    const known = this.index.loaded(file);
    return known !== undefined && known.kind !== 'person' && classifyNotesFile(file).kind !== 'person';
  }

  /** Replaces the root findings on one entry (a link found leading outside, or no longer; see NotesIndex). */
  replaceRootFindings(file: string, findings: readonly Finding[]): void {
    this.index.replaceRootFindings(file, findings);
    this.refile([file, ...findings.map((f) => f.file)]);
  }

  /** Load findings and coaching findings on one file. */
  findingsFor(file: string): readonly Finding[] {
    return this.grouped().get(file) ?? [];
  }

  /** Every finding on the files of one person's folder. */
  *findingsOfPerson(personId: string): Iterable<Finding> {
    for (const list of this.findingListsOfPerson(personId)) yield* list;
  }

  /**
   * The findings on the files of one person's folder, a list per file. A file whose findings change is
   * filed in a new list; the same list again holds the same findings (swapIn puts equal ones in place).
   */
  *findingListsOfPerson(personId: string): Iterable<readonly Finding[]> {
    const grouped = this.grouped();
    for (const file of this.filesOfPerson?.get(personId) ?? []) {
      const list = grouped.get(file);
      if (list) yield list;
    }
  }

  /** Every finding, load and coaching, grouped by file. */
  grouped(): ReadonlyMap<string, readonly Finding[]> {
    if (!this.byFile) {
      const map = byFileOf(this.index.findings());
      const add = (f: Finding) => {
        const list = map.get(f.file);
        if (list) list.push(f);
        else map.set(f.file, [f]);
      };
      for (const files of this.coaching.values()) for (const list of files.values()) list.forEach(add);
      this.team.forEach(add);
      this.byFile = map;
      this.filesOfPerson = new Map();
      for (const file of map.keys()) this.fileHasFindings(file, true);
    }
    return this.byFile;
  }

  private recheckEveryone(ctx: CheckContext): Set<string> {
    const changed = new Set<string>();
    for (const files of this.coaching.values()) for (const file of files.keys()) changed.add(file);
    for (const f of this.team) changed.add(f.file);
    this.coaching.clear();
    for (const { id } of this.index.people()) {
      this.checkOne(ctx, id);
      for (const file of this.index.filesOf(id)) changed.add(file);
      for (const file of this.coaching.get(id)?.keys() ?? []) changed.add(file);
    }
    this.checkTeam(ctx);
    for (const f of this.team) changed.add(f.file);
    this.byFile = undefined;
    this.filesOfPerson = undefined;
    return changed;
  }

  /**
   * Re-checks some people and the team rules; returns the files whose findings changed. With
   * `sameFiles`, only `touched` changed its load findings: the person's other files are filed anew
   * only where their coaching or team findings differ.
   */
  private recheckPeople(ctx: CheckContext, personIds: Iterable<string>, touched: Iterable<string>, sameFiles = false): Set<string> {
    const affected = new Set(touched);
    for (const id of new Set(personIds)) {
      const before = this.coaching.get(id);
      this.checkOne(ctx, id);
      const after = this.coaching.get(id);
      if (sameFiles) {
        for (const file of new Set([...before?.keys() ?? [], ...after?.keys() ?? []])) {
          const [was, now] = [before?.get(file) ?? [], after?.get(file) ?? []];
          if (!sameFindings(was, now) || !this.swapIn(file, was, now, this.teamByFile.get(file)?.length ?? 0)) affected.add(file);
        }
      } else {
        for (const file of before?.keys() ?? []) affected.add(file);
        for (const file of after?.keys() ?? []) affected.add(file);
        for (const file of this.index.filesOf(id)) affected.add(file);
      }
    }
    const teamBefore = this.teamByFile;
    this.checkTeam(ctx);
    for (const file of new Set([...teamBefore.keys(), ...this.teamByFile.keys()])) {
      const [was, now] = [teamBefore.get(file) ?? [], this.teamByFile.get(file) ?? []];
      if (affected.has(file) || !sameFindings(was, now) || !this.swapIn(file, was, now, 0)) affected.add(file);
    }
    return this.refile(affected);
  }

  /**
   * Puts the findings `now` in place of `was`, the same findings made by an earlier check, in a file's
   * list as grouped() holds it, `fromEnd` findings before its end: what shows stays as it is, and fixes
   * are read from the newest findings. Returns false when the list does not hold `was` there (the file
   * is then filed anew).
   */
  private swapIn(file: string, was: readonly Finding[], now: readonly Finding[], fromEnd: number): boolean {
    if (was === now || !this.byFile) return true;
    const list = this.byFile.get(file) as Finding[] | undefined;
    const start = (list?.length ?? 0) - fromEnd - was.length;
    if (!list || start < 0 || !was.every((f, i) => list[start + i] === f)) return false;
    now.forEach((f, i) => { list[start + i] = f; });
    return true;
  }

  /** Checks one person; returns the files their findings are on. */
  private checkOne(ctx: CheckContext, id: string): Iterable<string> {
    const notes = this.index.notes(id);
    const found = notes ? checkPerson(notes, ctx) : [];
    if (!found.length) {
      this.coaching.delete(id);
      return [];
    }
    const files = byFileOf(found);
    this.coaching.set(id, files);
    // A finding off the person's folder would be missed when re-filing by folder: build anew then.
    if ([...files.keys()].some((file) => personOfFile(file) !== id)) this.byFile = undefined;
    return files.keys();
  }

  private checkTeam(ctx: CheckContext): void {
    this.team = checkTeam(everyonesNotes(this.index), ctx);
    this.teamByFile = byFileOf(this.team);
  }

  /** Every finding on one file, in the order grouped() gives them. */
  private assemble(file: string): Finding[] {
    const list = this.index.findingsOn(file);
    const personId = personOfFile(file);
    const coaching = personId === undefined ? undefined : this.coaching.get(personId)?.get(file);
    if (coaching) for (const f of coaching) list.push(f);
    for (const f of this.teamByFile.get(file) ?? []) list.push(f);
    return list;
  }

  /** Files the findings of `files` anew; returns those whose findings changed (all of them when not built yet). */
  private refile(files: Iterable<string>): Set<string> {
    const byFile = this.byFile;
    if (!byFile) return new Set(files);
    const changed = new Set<string>();
    for (const file of new Set(files)) {
      const before = byFile.get(file) ?? [];
      const after = this.assemble(file);
      if (after.length) byFile.set(file, after);
      else byFile.delete(file);
      this.fileHasFindings(file, after.length > 0);
      if (!sameFindings(before, after)) changed.add(file);
    }
    return changed;
  }

  private fileHasFindings(file: string, has: boolean): void {
    const personId = personOfFile(file);
    if (personId === undefined || !this.filesOfPerson) return;
    let files = this.filesOfPerson.get(personId);
    if (has) {
      if (!files) this.filesOfPerson.set(personId, (files = new Set()));
      files.add(file);
    } else if (files?.delete(file) && files.size === 0) {
      this.filesOfPerson.delete(personId);
    }
  }

  private afterChange(file: string, ctx: CheckContext, sameFiles: boolean): Set<string> {
    const personId = personOfFile(file);
    const changed = personId ? this.recheckPeople(ctx, [personId], [file], sameFiles) : this.refile([file]);
    changed.add(file);
    return changed;
  }
}
