// The index plus the coaching findings on it, kept per person so that a change to one file
// re-checks only that file's person; the team rules' findings (what recurs across people) are
// re-run on every change, as one person's edit can raise or clear them on another person's file.
// Pure: the caller says when to re-check and with which context.
import type { Finding } from '../findings';
import type { LoadedFile } from '../reading/loadedFile';
import { checkPerson, checkTeam, everyonesNotes } from '../checks/engine';
import type { CheckContext } from '../checks/rule';
import { NotesIndex, type KeepLastGood } from '../people/notesIndex';

function personOfFile(file: string): string | undefined {
  const slash = file.indexOf('/');
  return slash > 0 ? file.slice(0, slash) : undefined;
}

export class CheckedNotes {
  private readonly coaching = new Map<string, readonly Finding[]>();
  private team: readonly Finding[] = [];
  private byFile: Map<string, Finding[]> | undefined;

  constructor(readonly index: NotesIndex = new NotesIndex()) {}

  /**
   * Re-runs the checks for the given people (all when omitted), and the team rules for everyone;
   * returns every file whose findings may have changed: the files those people's findings and the
   * team findings were on, before and after.
   */
  recheck(ctx: CheckContext, personIds?: Iterable<string>): Set<string> {
    const ids = personIds ? new Set(personIds) : new Set([...this.coaching.keys(), ...this.index.people().map((p) => p.id)]);
    const changed = new Set<string>();
    for (const id of ids) {
      for (const f of this.coaching.get(id) ?? []) changed.add(f.file);
      const notes = this.index.notes(id);
      const found = notes ? checkPerson(notes, ctx) : [];
      if (found.length) this.coaching.set(id, found);
      else this.coaching.delete(id);
      for (const f of found) changed.add(f.file);
      if (notes) for (const e of notes.oneOnOnes) changed.add(e.file);
    }
    for (const f of this.team) changed.add(f.file);
    this.team = checkTeam(everyonesNotes(this.index), ctx);
    for (const f of this.team) changed.add(f.file);
    this.byFile = undefined;
    return changed;
  }

  /**
   * Takes findings checked elsewhere as they are, in place of a full recheck(): per person (the load
   * checks them in slices, or takes them from the warm-start cache), and the team rules'.
   */
  seed(coaching: ReadonlyMap<string, readonly Finding[]>, team: readonly Finding[]): void {
    this.coaching.clear();
    for (const [id, found] of coaching) if (found.length) this.coaching.set(id, found);
    this.team = team;
    this.byFile = undefined;
  }

  /**
   * Loads (or reloads) one file's text and re-checks its person; returns the files to refresh. With
   * `keepLastGood`, a file broken by a YAML mistake keeps its last good data (see NotesIndex.update).
   */
  update(file: string, content: string | Uint8Array, ctx: CheckContext, options: KeepLastGood = {}): Set<string> {
    this.index.update(file, content, options);
    return this.afterChange(file, ctx);
  }

  /** Puts an already loaded file in the index and re-checks its person; returns the files to refresh. */
  updateLoaded(loaded: LoadedFile, ctx: CheckContext, options: KeepLastGood = {}): Set<string> {
    this.index.updateLoaded(loaded, options);
    return this.afterChange(loaded.file, ctx);
  }

  /** Takes a file out and re-checks its person; returns the files to refresh. */
  remove(file: string, ctx: CheckContext): Set<string> {
    this.index.remove(file);
    return this.afterChange(file, ctx);
  }

  /** Replaces the root findings on one entry (a link found leading outside, or no longer; see NotesIndex). */
  replaceRootFindings(file: string, findings: readonly Finding[]): void {
    this.index.replaceRootFindings(file, findings);
    this.byFile = undefined;
  }

  /** Load findings and coaching findings on one file. */
  findingsFor(file: string): readonly Finding[] {
    return this.grouped().get(file) ?? [];
  }

  /** Every finding, load and coaching, grouped by file. */
  grouped(): ReadonlyMap<string, readonly Finding[]> {
    if (!this.byFile) {
      const map = new Map<string, Finding[]>();
      const add = (f: Finding) => {
        const list = map.get(f.file);
        if (list) list.push(f);
        else map.set(f.file, [f]);
      };
      this.index.findings().forEach(add);
      for (const list of this.coaching.values()) list.forEach(add);
      this.team.forEach(add);
      this.byFile = map;
    }
    return this.byFile;
  }

  private afterChange(file: string, ctx: CheckContext): Set<string> {
    const personId = personOfFile(file);
    const changed = personId ? this.recheck(ctx, [personId]) : new Set<string>();
    changed.add(file);
    // A load finding about the folder as a whole (no person.yaml) sits on another of its files.
    if (personId) for (const f of this.index.files()) if (f.startsWith(`${personId}/`)) changed.add(f);
    this.byFile = undefined;
    return changed;
  }
}
