// What the extension's views compute from the checked notes after a load or an edit: the core calls
// its adapters make, without the vscode calls. Keep in step with them, as the bench times what they do:
// - Problems (src/diagnostics/problems.ts): the findings of every changed file;
// - Needs Attention (src/sidebar/attentionList.ts, attentionView.ts): rank the changed files' findings,
//   sort every entry, group them (every group is expanded);
// - People (src/sidebar/peopleTree.ts, peopleItems.ts): each touched person's row (worst severity over
//   the root's findings, the description) and, for the person expanded, the groups under them.
import { topicName } from '../src/core/checks/escalation/episodes';
import type { CheckContext } from '../src/core/checks/rule';
import type { Finding, Severity } from '../src/core/findings';
import type { Located } from '../src/core/people/located';
import type { NotesIndex } from '../src/core/people/notesIndex';
import { isHeld } from '../src/core/people/personNotes';
import { compareAttention, needsAttention, personIdOf, rankFinding, type Ranked } from '../src/core/workspace/attention';
import { groupAttention, type AttentionGroup } from '../src/core/workspace/attentionGroups';
import {
  actionDescription, awaitingFollowUp, feedbackDescription, findingsOn, oneLine, oneOnOneLabel, openActions, openTopics,
  personDescription, recentOneOnOnes, relativeDay, topicDescription, worse, worstSeverity,
} from '../src/core/workspace/sidebarModel';

/** What the views read: CheckedNotes, or the result of checkNotesRoot grouped by file (checkedFindings). */
export interface FindingsByFile {
  readonly index: NotesIndex;
  findingsFor(file: string): readonly Finding[];
  grouped(): ReadonlyMap<string, readonly Finding[]>;
}

/** checkNotesRoot's findings, grouped by file as CheckedNotes groups them. */
export function byFile(index: NotesIndex, findings: readonly Finding[]): FindingsByFile {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = map.get(f.file);
    if (list) list.push(f);
    else map.set(f.file, [f]);
  }
  return { index, findingsFor: (file) => map.get(file) ?? [], grouped: () => map };
}

const worstByGrouped = new WeakMap<ReadonlyMap<string, readonly Finding[]>, Map<string, Severity>>();

/** The views of one notes root, kept across edits as the adapters keep theirs. Counts what they made. */
export class ViewModels {
  private readonly ranked = new Map<string, Ranked[]>();

  constructor(private readonly notes: FindingsByFile, private readonly ctx: CheckContext) {
    this.rankFiles(notes.grouped().keys());
  }

  /** After a change of `files` (and once after a load: every file), everything the views recompute. */
  refresh(files: Iterable<string>, expanded?: string): number {
    const list = [...files];
    let made = this.diagnostics(list);
    this.rankFiles(list);
    made += this.attentionRows();
    const people = new Set(list.map(personIdOf).filter((id): id is string => id !== undefined));
    made += this.peopleRows(people, expanded);
    return made;
  }

  /** Every view as after a load: each file's diagnostics, Needs Attention, every person's row and groups. */
  everything(): number {
    const files = [...this.notes.grouped().keys()];
    let made = this.diagnostics(files) + this.attentionRows();
    for (const person of this.notes.index.people()) made += this.peopleRows([person.id], person.id);
    return made;
  }

  /** Problems: the findings of each file, one diagnostic each. */
  private diagnostics(files: Iterable<string>): number {
    let n = 0;
    for (const file of files) n += this.notes.findingsFor(file).length;
    return n;
  }

  /** AttentionList.rankFiles. */
  private rankFiles(files: Iterable<string>): void {
    for (const file of files) {
      const found = this.notes.findingsFor(file).filter(needsAttention);
      if (!found.length) { this.ranked.delete(file); continue; }
      const id = personIdOf(file);
      const notes = id === undefined ? undefined : this.notes.index.notes(id);
      this.ranked.set(file, found.map((finding) => ({ finding, rank: rankFinding(finding, notes) })));
    }
  }

  /** AttentionList.entries, then AttentionTree.getChildren for the root and every (expanded) group. */
  attentionGroups(): AttentionGroup<Ranked>[] {
    const sorted = [...this.ranked.values()].flat().sort(compareAttention);
    const index = this.notes.index;
    return groupAttention(sorted, () => ({ key: 'root', nameOf: (id) => index.person(id)?.name ?? id }));
  }

  private attentionRows(): number {
    let rows = 0;
    for (const group of this.attentionGroups()) rows += 1 + group.rows.length;
    return rows;
  }

  /** PeopleTree: personItem for each person named (personSeverity, personDescription), personGroups for the one expanded. */
  private peopleRows(people: Iterable<string>, expanded?: string): number {
    let rows = 0;
    for (const id of people) {
      const notes = this.notes.index.notes(id);
      if (!notes) continue;
      const row = { severity: this.personSeverity(id), description: personDescription(notes, this.ctx.today) };
      rows += row.description ? 1 : 0;
      if (id === expanded) rows += this.personGroups(id);
    }
    return rows;
  }

  /** peopleItems.personSeverity: the worst severity per person, once per set of findings. */
  private personSeverity(id: string): Severity | undefined {
    const grouped = this.notes.grouped();
    let worst = worstByGrouped.get(grouped);
    if (!worst) {
      worst = new Map();
      for (const [file, findings] of grouped) {
        const person = personIdOf(file);
        const severity = person === undefined ? undefined : worse(worst.get(person), worstSeverity(findings));
        if (person !== undefined && severity !== undefined) worst.set(person, severity);
      }
      worstByGrouped.set(grouped, worst);
    }
    return worst.get(id);
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
