// Needs Attention as a manager reads it: findings grouped by whom they are about, each row a few
// words that lead with what it is. Plain data, for the view to show (sidebar/attentionView.ts).
//
// Decisions:
// - One group per person (per notes root), labelled with the name and counting the person's findings.
//   Team-level findings (the rules that look across people, e.g. culture/recurring-barrier) get a group
//   of their own, and so do files outside any person folder.
// - Groups come in the order of their most urgent finding (attention.ts decides urgency), so the most
//   urgent person comes first; rows keep that order inside a group.
// - Format findings (format/..., layout/...) of one file collapse into one row ("2 format errors",
//   the view adds the file's name) at the place of the first one, holding them all: typos never push
//   coaching findings out of sight. What it is comes first, as on every row: a file name is long.
// - A row's label is the finding's summary, else its rule's label, else its title; findings of no
//   rule (a failed check) show the first words of their message.
import { compareAttention, personIdOf, type Ranked } from './attention';
import { ruleById } from '../checks/engine';
import { allRules } from '../checks/registry';
import type { Finding } from '../findings';
import { sameFinding } from './sameFindings';
import { oneLine } from './sidebarModel';

export type AttentionGroupKind = 'person' | 'team' | 'outside';

export type AttentionRow<T> =
  | { readonly kind: 'finding'; readonly item: T; readonly label: string }
  /** The format findings of one file, most urgent first. */
  | { readonly kind: 'format'; readonly file: string; readonly items: readonly T[]; readonly label: string };

export interface AttentionGroup<T> {
  readonly kind: AttentionGroupKind;
  /** Unique among the groups: the scope, then `person:<id>`, `team` or `outside`. */
  readonly key: string;
  /** The person, for a person's group. */
  readonly personId?: string;
  /** The person's name, "Team" or "Notes folder". */
  readonly label: string;
  /** How many findings the group holds (every format finding counts). */
  readonly count: number;
  readonly rows: readonly AttentionRow<T>[];
}

/** Where the items come from: a scope key (one per notes root) and the names of its people. */
export interface AttentionScope {
  readonly key: string;
  nameOf(personId: string): string;
}

const TEAM_RULES: ReadonlySet<string> = new Set(allRules.filter((r) => r.checkTeam).map((r) => r.id));

export const TEAM_LABEL = 'Team';
export const OUTSIDE_LABEL = 'Notes folder';

/** Whether a finding is about the format of a file (the loader's and the folder walk's findings). */
export function isFormatFinding(f: Finding): boolean {
  return f.code.startsWith('format/') || f.code.startsWith('layout/');
}

/** Whether a finding is about the team rather than one person. */
export function isTeamFinding(f: Finding): boolean {
  return TEAM_RULES.has(f.code);
}

/** The words of a finding's row: what it is first, the whole message is for the tooltip. */
export function rowLabel(f: Finding): string {
  if (f.summary) return f.summary;
  const rule = ruleById(f.code);
  return rule ? rule.label ?? rule.title : oneLine(f.message, 48);
}

/** "2 format errors" (the format findings of one file); "problems" when some are warnings. */
export function formatRowLabel(findings: readonly Finding[]): string {
  const n = findings.length;
  const what = findings.every((f) => f.severity === 'error') ? (n === 1 ? 'format error' : 'format errors') : n === 1 ? 'format problem' : 'format problems';
  return `${n} ${what}`;
}

interface GroupBuilder<T> {
  kind: AttentionGroupKind;
  key: string;
  personId?: string;
  label: string;
  count: number;
  rows: AttentionRow<T>[];
  formatRows: Map<string, { kind: 'format'; file: string; items: T[]; label: string }>;
}

/** Groups items that are sorted most urgent first (see the decisions at the top). */
export function groupAttention<T extends Ranked>(sorted: readonly T[], scopeOf: (item: T) => AttentionScope): AttentionGroup<T>[] {
  const groups = new Map<string, GroupBuilder<T>>();
  for (const item of sorted) {
    const { finding } = item;
    const scope = scopeOf(item);
    const personId = isTeamFinding(finding) ? undefined : personIdOf(finding.file);
    const kind: AttentionGroupKind = isTeamFinding(finding) ? 'team' : personId === undefined ? 'outside' : 'person';
    const key = `${scope.key}\u0000${kind === 'person' ? `person:${personId}` : kind}`;
    let group = groups.get(key);
    if (!group) {
      const label = kind === 'person' ? scope.nameOf(personId as string) : kind === 'team' ? TEAM_LABEL : OUTSIDE_LABEL;
      group = { kind, key, label, count: 0, rows: [], formatRows: new Map(), ...(personId === undefined || kind !== 'person' ? {} : { personId }) };
      groups.set(key, group);
    }
    group.count += 1;
    if (!isFormatFinding(finding)) {
      group.rows.push({ kind: 'finding', item, label: rowLabel(finding) });
      continue;
    }
    let row = group.formatRows.get(finding.file);
    if (!row) {
      row = { kind: 'format', file: finding.file, items: [], label: '' };
      group.formatRows.set(finding.file, row);
      group.rows.push(row);
    }
    row.items.push(item);
    row.label = formatRowLabel(row.items.map((i) => i.finding));
  }
  return [...groups.values()].map(({ formatRows: _, ...group }) => group);
}

/** Where a finding goes: its group's kind, key and person. */
function placeOf(f: Finding, scope: AttentionScope): { kind: AttentionGroupKind; key: string; personId?: string } {
  const team = isTeamFinding(f);
  const personId = team ? undefined : personIdOf(f.file);
  const kind: AttentionGroupKind = team ? 'team' : personId === undefined ? 'outside' : 'person';
  return { kind, key: `${scope.key}\u0000${kind === 'person' ? `person:${personId}` : kind}`, ...(kind === 'person' ? { personId } : {}) };
}

interface BoardGroup<T> {
  readonly scope: AttentionScope;
  /** The group's items by the file they are on. */
  readonly items: Map<string, T[]>;
  built?: AttentionGroup<T>;
  /** The most urgent item: where the group stands among the others. */
  head?: T;
}

/** What changed since the last look at the board. */
export interface AttentionBoardChange {
  /** The keys of the groups that are new, gone, or hold other items or another label. */
  readonly groups: ReadonlySet<string>;
  /** Whether the groups are others, or in another order. */
  readonly order: boolean;
}

/**
 * Needs Attention kept file by file: a change replaces the items of the files it names, and only the
 * groups those items are in are sorted and grouped again (as groupAttention would group them); the
 * groups are then put in order by their most urgent item.
 */
export class AttentionBoard<T extends Ranked> {
  private readonly byKey = new Map<string, BoardGroup<T>>();
  /** Per scope and file, the keys of the groups holding its items. */
  private readonly keysOfFile = new Map<string, Set<string>>();
  private readonly dirty = new Set<string>();
  private ordered: AttentionGroup<T>[] = [];
  private total = 0;

  /** How many items the board holds. */
  get count(): number {
    return this.total;
  }

  /** Replaces the items on one file of a scope: that file's findings that need attention, ranked. */
  setFile(scope: AttentionScope, file: string, items: readonly T[]): void {
    const fileKey = `${scope.key}\u0000${file}`;
    for (const key of this.keysOfFile.get(fileKey) ?? []) {
      const group = this.byKey.get(key);
      this.total -= group?.items.get(file)?.length ?? 0;
      group?.items.delete(file);
      this.dirty.add(key);
    }
    this.keysOfFile.delete(fileKey);
    for (const item of items) {
      const { key } = placeOf(item.finding, scope);
      let group = this.byKey.get(key);
      if (!group) this.byKey.set(key, (group = { scope, items: new Map() }));
      const list = group.items.get(file);
      if (list) list.push(item);
      else group.items.set(file, [item]);
      let keys = this.keysOfFile.get(fileKey);
      if (!keys) this.keysOfFile.set(fileKey, (keys = new Set()));
      keys.add(key);
      this.dirty.add(key);
      this.total += 1;
    }
  }

  /** Groups a person's items again, if any: their name may have changed. */
  touchPerson(scope: AttentionScope, personId: string): void {
    const key = `${scope.key}\u0000person:${personId}`;
    if (this.byKey.has(key)) this.dirty.add(key);
  }

  /** Takes out every item of a scope (a notes root that is gone). */
  removeScope(scopeKey: string): void {
    const prefix = `${scopeKey}\u0000`;
    for (const [fileKey, keys] of [...this.keysOfFile]) {
      if (!fileKey.startsWith(prefix)) continue;
      for (const key of keys) {
        const group = this.byKey.get(key);
        this.total -= group?.items.get(fileKey.slice(prefix.length))?.length ?? 0;
        group?.items.delete(fileKey.slice(prefix.length));
        this.dirty.add(key);
      }
      this.keysOfFile.delete(fileKey);
    }
  }

  /** The groups, most urgent first (as groupAttention gives them). */
  groups(): readonly AttentionGroup<T>[] {
    this.settle();
    return this.ordered;
  }

  /** The group of a key, if it holds anything. */
  group(key: string): AttentionGroup<T> | undefined {
    this.settle();
    return this.byKey.get(key)?.built;
  }

  /** Groups what changed and says what did since the last call. */
  settle(): AttentionBoardChange {
    const changed = new Set<string>();
    if (this.dirty.size === 0) return { groups: changed, order: false };
    for (const key of this.dirty) {
      const group = this.byKey.get(key);
      if (!group) continue;
      const sorted = [...group.items.values()].flat().sort(compareAttention);
      const before = group.built;
      const built = groupAttention(sorted, () => group.scope)[0];
      if (built) {
        group.built = built;
        group.head = sorted[0];
      } else {
        this.byKey.delete(key);
      }
      if (!before || !built || !sameGroup(before, built)) changed.add(key);
    }
    this.dirty.clear();
    const previous = this.ordered;
    this.ordered = [...this.byKey.values()]
      .sort((a, b) => compareAttention(a.head as T, b.head as T) || compareText((a.built as AttentionGroup<T>).key, (b.built as AttentionGroup<T>).key))
      .map((g) => g.built as AttentionGroup<T>);
    const order = previous.length !== this.ordered.length || previous.some((g, i) => g.key !== this.ordered[i]?.key);
    return { groups: changed, order };
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether two builds of a group show the same: label, count, and the same items in the same rows. */
function sameGroup<T extends Ranked>(a: AttentionGroup<T>, b: AttentionGroup<T>): boolean {
  if (a.label !== b.label || a.count !== b.count || a.rows.length !== b.rows.length) return false;
  return a.rows.every((row, i) => {
    const other = b.rows[i] as AttentionRow<T>;
    if (row.kind !== other.kind || row.label !== other.label) return false;
    if (row.kind === 'finding') return sameFinding(row.item.finding, (other as typeof row).item.finding);
    const items = (other as typeof row).items;
    return row.file === (other as typeof row).file && row.items.length === items.length
      && row.items.every((item, j) => sameFinding(item.finding, (items[j] as T).finding));
  });
}

/**
 * When a group's new build shows the same rows in the same places as the old (the same label and
 * count, and row by row the same kind, words, file, rule and severity: all a row shows but its place
 * in the file and its tooltip), the indices of the rows whose findings differ otherwise; undefined
 * when rows came, went or moved.
 */
export function changedRowsInPlace<T extends Ranked>(before: AttentionGroup<T>, after: AttentionGroup<T>): number[] | undefined {
  if (before.label !== after.label || before.count !== after.count || before.rows.length !== after.rows.length) return undefined;
  const changed: number[] = [];
  for (let i = 0; i < before.rows.length; i++) {
    const [row, other] = [before.rows[i] as AttentionRow<T>, after.rows[i] as AttentionRow<T>];
    if (row.kind !== other.kind || row.label !== other.label) return undefined;
    if (row.kind === 'format' && other.kind === 'format') {
      if (row.file !== other.file || row.items.length !== other.items.length) return undefined;
      if (!row.items.every((item, j) => sameFinding(item.finding, (other.items[j] as T).finding))) changed.push(i);
    } else if (row.kind === 'finding' && other.kind === 'finding') {
      const [a, b] = [row.item.finding, other.item.finding];
      if (a.file !== b.file || a.code !== b.code || a.severity !== b.severity) return undefined;
      if (!sameFinding(a, b)) changed.push(i);
    }
  }
  return changed;
}
