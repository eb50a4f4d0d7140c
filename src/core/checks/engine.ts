// Runs every coaching rule over the index: per person, so the editor can re-check only the person
// whose file changed; then the team rules (checkTeam) over everyone at once.
import type { Finding } from '../findings';
import type { NotesIndex } from '../people/notesIndex';
import type { PersonNotes } from '../people/personNotes';
import { allRules } from './registry';
import { personAnchor, type CheckContext, type Rule } from './rule';
import { withoutSnoozed } from './snooze';

/** A rule with a bug must not hide the other rules' findings; say so where the person is. */
function failed(rule: Rule, notes: PersonNotes, e: unknown): Finding {
  return {
    code: 'internal/check-failed',
    severity: 'error',
    message: `The check ${rule.id} failed on these notes: ${e instanceof Error ? e.message : String(e)}`,
    ...personAnchor(notes),
  };
}

/**
 * The coaching findings for one person, from every rule (or the given ones). Pushed one by one, never
 * spread as arguments: a rule can return a finding per entry, and tens of thousands of arguments
 * overflow the stack.
 */
export function checkPerson(notes: PersonNotes, ctx: CheckContext, rules: readonly Rule[] = allRules): Finding[] {
  const out: Finding[] = [];
  const managed = stillManaged(notes, ctx.today);
  for (const rule of rules) {
    if (!managed && rule.afterUntil === 'quiet') continue;
    const asHint = !managed && rule.afterUntil === 'hint';
    try {
      for (const f of rule.check(notes, ctx)) out.push(asHint ? asHintFinding(f) : f);
    } catch (e) {
      out.push(failed(rule, notes, e));
    }
  }
  // What the person's own snoozes (person.yaml `snooze:`) put off until a later day is left out.
  return withoutSnoozed(out, [notes], () => notes, ctx.today);
}

/** A copy of `f` as a hint, its fixes still made only when read (see lazyFixes). */
function asHintFinding(f: Finding): Finding {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(f)) as { severity: Finding['severity'] };
  copy.severity = 'hint';
  return copy as Finding;
}

/** False once the person's `until` (the last day you managed them) is before today. */
export function stillManaged(notes: PersonNotes, today: string): boolean {
  const until = notes.person.data?.until;
  return until === undefined || until >= today;
}

/** The findings of the team rules (those with checkTeam) over everyone's notes. */
export function checkTeam(people: readonly PersonNotes[], ctx: CheckContext, rules: readonly Rule[] = allRules): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    if (!rule.checkTeam) continue;
    try {
      for (const f of rule.checkTeam(people, ctx)) out.push(f);
    } catch (e) {
      // No one person is to blame: the failure goes on the first person's file.
      if (people[0]) out.push(failed(rule, people[0], e));
    }
  }
  // A team finding is about no one person: a snooze in anyone's person.yaml puts it off.
  const byId = new Map(people.map((n) => [n.person.id, n]));
  return withoutSnoozed(out, people, (file) => byId.get(file.slice(0, file.indexOf('/'))), ctx.today);
}

/** Everyone's notes in the index, in person-id order. */
export function everyonesNotes(index: NotesIndex): PersonNotes[] {
  return index.people().flatMap((person) => index.notes(person.id) ?? []);
}

/** The coaching findings for everyone in the index: per person, then the team rules'. */
export function checkAll(index: NotesIndex, ctx: CheckContext, rules: readonly Rule[] = allRules): Finding[] {
  const people = everyonesNotes(index);
  return [...people.flatMap((notes) => checkPerson(notes, ctx, rules)), ...checkTeam(people, ctx, rules)];
}

/** The rule with this id, if any. */
export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
