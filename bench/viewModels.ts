// What the extension's views compute from the checked notes after a load or an edit: the core calls
// its adapters make, without the vscode calls. Keep in step with them, as the bench times what they do:
// - Problems (src/diagnostics/problems.ts): each changed file's findings, published only when they
//   differ from what Problems shows (sameFindings);
// - Needs Attention (src/sidebar/attentionList.ts): the changed files re-ranked into the AttentionBoard,
//   which regroups only the groups they touch; the tree then reads again only the rows that changed
//   in a group whose rows stay in place (changedRowsInPlace), else the whole group;
// - People (src/sidebar/peopleTree.ts, peopleItems.ts): each touched person's row (worst severity over
//   the person's findings, the description) and, for the person expanded, the groups under them.
import { topicName } from '../src/core/checks/escalation/episodes';
import type { CheckContext } from '../src/core/checks/rule';
import type { Finding, Severity } from '../src/core/findings';
import type { Located } from '../src/core/people/located';
import type { NotesIndex } from '../src/core/people/notesIndex';
import { isHeld } from '../src/core/people/personNotes';
import { needsAttention, personIdOf, rankFinding, type Ranked } from '../src/core/workspace/attention';
import { AttentionBoard, changedRowsInPlace, type AttentionGroup, type AttentionScope } from '../src/core/workspace/attentionGroups';
import { sameFindings } from '../src/core/workspace/sameFindings';
import {
  actionDescription, awaitingFollowUp, feedbackDescription, findingsOn, oneLine, oneOnOneLabel, openActions, openTopics,
  personDescription, recentOneOnOnes, relativeDay, topicDescription, worse, worstSeverity,
} from '../src/core/workspace/sidebarModel';

/** What the views read: CheckedNotes, or the result of checkNotesRoot grouped by file (checkedFindings). */
export interface FindingsByFile {
  readonly index: NotesIndex;
  findingsFor(file: string): readonly Finding[];
  grouped(): ReadonlyMap<string, readonly Finding[]>;
  findingsOfPerson(personId: string): Iterable<Finding>;
}

/** checkNotesRoot's findings, grouped by file as CheckedNotes groups them. */
export function byFile(index: NotesIndex, findings: readonly Finding[]): FindingsByFile {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = map.get(f.file);
    if (list) list.push(f);
    else map.set(f.file, [f]);
  }
  const ofPerson = new Map<string, Finding[]>();
  for (const f of findings) {
    const id = personIdOf(f.file);
    if (id === undefined) continue;
    const list = ofPerson.get(id);
    if (list) list.push(f);
    else ofPerson.set(id, [f]);
  }
  return { index, findingsFor: (file) => map.get(file) ?? [], grouped: () => map, findingsOfPerson: (id) => ofPerson.get(id) ?? [] };
}

/** The views of one notes root, kept across edits as the adapters keep theirs. Counts what they made. */
export class ViewModels {
  private readonly board = new AttentionBoard<Ranked>();
  /** The groups as the tree last read them, by key. */
  private readonly groupsShown = new Map<string, AttentionGroup<Ranked>>();
  private readonly shown = new Map<string, readonly Finding[]>();
  private readonly scope: AttentionScope;

  constructor(private readonly notes: FindingsByFile, private readonly ctx: CheckContext) {
    this.scope = { key: 'root', nameOf: (id) => notes.index.person(id)?.name ?? id };
  }

  /** After a change of `files` (and once after a load: every file), everything the views recompute. */
  refresh(files: Iterable<string>, expanded?: string): number {
    const list = [...files];
    let made = this.diagnostics(list);
    made += this.attention(list);
    const people = new Set(list.map(personIdOf).filter((id): id is string => id !== undefined));
    made += this.peopleRows(people, expanded);
    return made;
  }

  /** Every view as after a load: each file's diagnostics, Needs Attention, every person's row and groups. */
  everything(): number {
    const files = [...this.notes.grouped().keys()];
    let made = this.diagnostics(files) + this.attention(files);
    for (const person of this.notes.index.people()) made += this.peopleRows([person.id], person.id);
    return made;
  }

  /** Problems: the findings of each file whose findings differ from those shown, one diagnostic each. */
  diagnostics(files: Iterable<string>): number {
    let n = 0;
    for (const file of files) {
      const found = this.notes.findingsFor(file);
      if (sameFindings(this.shown.get(file) ?? [], found)) continue;
      if (found.length) this.shown.set(file, found);
      else this.shown.delete(file);
      n += found.length;
    }
    return n;
  }

  /** AttentionList.rankFiles and settle, then AttentionTree's refresh: the rows that changed, or every row of a group that changed otherwise. */
  attention(files: Iterable<string>): number {
    for (const file of files) {
      const id = personIdOf(file);
      const found = this.notes.findingsFor(file).filter(needsAttention);
      const notes = id === undefined || !found.length ? undefined : this.notes.index.notes(id);
      this.board.setFile(this.scope, file, found.map((finding) => ({ finding, rank: rankFinding(finding, notes) })));
      if (id !== undefined) this.board.touchPerson(this.scope, id);
    }
    const change = this.board.settle();
    const keys = change.order ? this.board.groups().map((g) => g.key) : [...change.groups];
    let rows = 0;
    for (const key of keys) {
      const [before, group] = [this.groupsShown.get(key), this.board.group(key)];
      const inPlace = !change.order && before && group ? changedRowsInPlace(before, group) : undefined;
      rows += inPlace ? inPlace.length : group ? 1 + group.rows.length : 0;
      if (group) this.groupsShown.set(key, group);
      else this.groupsShown.delete(key);
    }
    return rows;
  }

  /** PeopleTree: personItem for each person named (personSeverity, personDescription), personGroups for the one expanded. */
  peopleRows(people: Iterable<string>, expanded?: string): number {
    let rows = 0;
    for (const id of people) {
      const notes = this.notes.index.notes(id);
      if (!notes) continue;
      const row = { severity: worstSeverity(this.notes.findingsOfPerson(id)), description: personDescription(notes, this.ctx.today) };
      rows += row.description || row.severity ? 1 : 0;
      if (id === expanded) rows += this.personGroups(id);
    }
    return rows;
  }

  /** The core calls of peopleItems.personGroups: every open topic, feedback item, action and recent 1:1, with its severity. */
  private personGroups(id: string): number {
    const notes = this.notes.index.notes(id);
    if (!notes) return 0;
    const { today } = this.ctx;
    const severityOn = (entry: Located) => worstSeverity(findingsOn(entry, this.notes.findingsFor(entry.file)));
    const labels: string[] = [];
    for (const t of openTopics(notes, this.ctx)) {
      t.thread.conversations.reduce<Severity | undefined>((w, c) => worse(w, severityOn(c)), undefined);
      labels.push(topicName(t.thread), topicDescription(t, today));
    }
    for (const f of awaitingFollowUp(notes)) {
      severityOn(f);
      labels.push(oneLine(f.item.behaviour), feedbackDescription(f, today));
    }
    for (const o of recentOneOnOnes(notes)) {
      worstSeverity(this.notes.findingsFor(o.file));
      labels.push(oneOnOneLabel(o), isHeld(o, today) ? relativeDay(o.date, today) : `${relativeDay(o.date, today)}, planned`);
    }
    for (const a of openActions(notes)) {
      severityOn(a);
      labels.push(oneLine(a.item.text), actionDescription(a, notes.person.name, today));
    }
    return labels.length;
  }
}
