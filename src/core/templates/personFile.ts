// A new person: the folder id suggested from a name, the checks on an id, and person.yaml's text.
import { isoDateProblem } from '../dates';
import { isPersonFolderName } from '../reading/layout';
import type { Cadence } from '../schema';
import { yamlScalar } from './yamlText';

/**
 * A folder id from a name, in any script: `Zoë Martin` → `zoe-martin`, `陈伟` → `陈伟`,
 * `Анна Петрова` → `анна-петрова`. Accents on Latin letters are dropped; every other letter, mark and
 * digit is kept; anything else becomes one hyphen. Empty when no letter or digit is left.
 */
export function suggestPersonId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/([a-zA-Z])[\u0300-\u036f]+/g, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Why `id` cannot name a person folder, or undefined when it can. */
export function personIdProblem(id: string): string | undefined {
  if (id.trim() === '') return 'Give the person an id: it becomes their folder name.';
  if (id !== id.trim()) return 'An id cannot start or end with a space.';
  if (/[\\/:*?"<>|]/.test(id)) return 'An id cannot hold / \\ : * ? " < > or |: it becomes a folder name.';
  if (!isPersonFolderName(id) || id === '..') return 'An id cannot start with a dot: such folders are skipped.';
  return undefined;
}

/** Why a text is not a cadence in days, or undefined when it is (a whole number, 1 or more). */
export function cadenceDaysProblem(text: string): string | undefined {
  return /^\s*[1-9]\d*\s*$/.test(text) ? undefined : 'A whole number of days, 1 or more';
}

/** Why a text is not a day to start from, or undefined when it is. */
export function sinceProblem(text: string): string | undefined {
  if (!text.trim()) return 'A day, written YYYY-MM-DD';
  return isoDateProblem(text.trim()) === undefined ? undefined : `${text.trim()} is not a day: write it YYYY-MM-DD, e.g. 2026-03-04`;
}

export interface NewPerson {
  readonly name: string;
  readonly role?: string;
  readonly cadence?: Cadence;
  readonly professional?: boolean;
  /** The day you started managing them (YYYY-MM-DD). */
  readonly since?: string;
}

/** The text of a new person.yaml. */
export function personFileText(p: NewPerson): string {
  const lines = [`name: ${yamlScalar(p.name.trim())}`];
  lines.push(p.role?.trim() ? `role: ${yamlScalar(p.role.trim())}` : 'role:   # role or title');
  lines.push(`professional: ${p.professional === true}   # true: a senior professional you coach by persuasion, naming a shared purpose first`);
  lines.push(p.cadence === undefined ? 'cadence:   # weekly, biweekly, monthly or a number of days' : `cadence: ${p.cadence}`);
  lines.push(p.since ? `since: ${p.since}` : 'since:   # the day you started managing them (YYYY-MM-DD)');
  return `${lines.join('\n')}\n`;
}
