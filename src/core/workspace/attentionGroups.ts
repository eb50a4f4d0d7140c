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
import { personIdOf, type Ranked } from './attention';
import { ruleById } from '../checks/engine';
import { allRules } from '../checks/registry';
import type { Finding } from '../findings';
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
