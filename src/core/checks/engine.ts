// Runs every coaching rule over the index: per person, so the editor can re-check only the person
// whose file changed.
import type { Finding } from '../findings';
import type { NotesIndex } from '../notesIndex';
import type { PersonNotes } from '../personNotes';
import { allRules } from './registry';
import { personAnchor, type CheckContext, type Rule } from './rule';

/** The coaching findings for one person, from every rule (or the given ones). */
export function checkPerson(notes: PersonNotes, ctx: CheckContext, rules: readonly Rule[] = allRules): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    try {
      out.push(...rule.check(notes, ctx));
    } catch (e) {
      // A rule with a bug must not hide the other rules' findings; say so where the person is.
      out.push({
        code: 'internal/check-failed',
        severity: 'error',
        message: `The check ${rule.id} failed on these notes: ${e instanceof Error ? e.message : String(e)}`,
        ...personAnchor(notes),
      });
    }
  }
  return out;
}

/** The coaching findings for everyone in the index. */
export function checkAll(index: NotesIndex, ctx: CheckContext, rules: readonly Rule[] = allRules): Finding[] {
  const out: Finding[] = [];
  for (const person of index.people()) {
    const notes = index.notes(person.id);
    if (notes) out.push(...checkPerson(notes, ctx, rules));
  }
  return out;
}

/** The rule with this id, if any. */
export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
