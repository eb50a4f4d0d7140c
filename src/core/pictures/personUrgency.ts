// Who needs you first, as Needs Attention decides it (workspace/attention.ts): a person ranks by their
// most urgent finding that needs attention (errors and warnings, team findings apart), in the order the
// view uses; people with none come after, by name.
import type { Finding } from '../findings';
import type { PersonNotes } from '../people/personNotes';
import { compareAttention, needsAttention, rankFinding, rulePriority, type Ranked } from '../workspace/attention';
import { isTeamFinding, rowLabel } from '../workspace/attentionGroups';

export interface PersonUrgency {
  readonly rank: number;
  readonly attention: number;
  readonly top?: string;
}

/** Names in a fixed order on every machine: case and accents aside first, then as written, then by id. */
export function compareNames(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Of a person's findings, those that need attention (team findings apart): how many, and the most urgent. */
export function mostUrgent(findings: Iterable<Finding>, notes: PersonNotes): { top?: Ranked; attention: number } {
  let attention = 0;
  // Priority comes first in the order: only the findings of the best priority need their full rank.
  let best = Infinity;
  const first: Finding[] = [];
  for (const finding of findings) {
    if (!needsAttention(finding) || isTeamFinding(finding)) continue;
    const priority = rulePriority(finding);
    if (priority < best) {
      best = priority;
      first.length = 0;
    }
    if (priority === best) first.push(finding);
    attention += 1;
  }
  let top: Ranked | undefined;
  for (const finding of first) {
    const r = { finding, rank: rankFinding(finding, notes) };
    if (!top || compareAttention(r, top) < 0) top = r;
  }
  return top ? { top, attention } : { attention };
}

/** A person's most urgent finding and how many need attention, before the team is ranked. */
export interface UrgencyOfOne {
  readonly id: string;
  readonly name: string;
  readonly top?: Ranked;
  readonly attention: number;
}

/** What one person brings to the ranking: their most urgent finding, and how many need attention. */
export function urgencyOfOne(notes: PersonNotes, findings: Iterable<Finding>): UrgencyOfOne {
  return { id: notes.person.id, name: notes.person.name, ...mostUrgent(findings, notes) };
}

/** Ranks the team: the most urgent finding first, people with none after them, by name. */
export function rankUrgency(people: readonly UrgencyOfOne[]): Map<string, PersonUrgency> {
  const ranked = [...people].sort((a, b) => {
    if (a.top && b.top) return compareAttention(a.top, b.top) || compareNames(a, b);
    if (a.top || b.top) return a.top ? -1 : 1;
    return compareNames(a, b);
  });
  return new Map(ranked.map((r, rank) => [r.id, { rank, attention: r.attention, ...(r.top ? { top: rowLabel(r.top.finding) } : {}) }]));
}
