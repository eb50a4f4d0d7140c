// A new person: the folder id suggested from a name, the checks on an id, and person.yaml's text.
import { isPersonFolderName } from '../layout';
import type { Cadence } from '../schema';
import { yamlScalar } from './yamlText';

/** A folder id from a name: `Zoë Martin` → `zoe-martin`. Empty when nothing usable is left. */
export function suggestPersonId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
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

export interface NewPerson {
  readonly name: string;
  readonly role?: string;
  readonly cadence?: Cadence;
  readonly professional?: boolean;
}

/** The text of a new person.yaml. */
export function personFileText(p: NewPerson): string {
  const lines = [`name: ${yamlScalar(p.name.trim())}`];
  lines.push(p.role?.trim() ? `role: ${yamlScalar(p.role.trim())}` : 'role:   # role or title');
  lines.push(`professional: ${p.professional === true}   # true: a senior professional you coach by persuasion, naming a shared purpose first`);
  lines.push(p.cadence === undefined ? 'cadence:   # weekly, biweekly, monthly or a number of days' : `cadence: ${p.cadence}`);
  lines.push('since:   # the day you started managing them (YYYY-MM-DD)');
  return `${lines.join('\n')}\n`;
}
