// The person a document is asked for, by id (the folder name) or by name as person.yaml writes it.
import { editDistance } from '../didYouMean';
import type { PersonEntry } from '../people/personNotes';

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('en-US').trim();

/**
 * The person whose id is `asked`, else whose id or name matches it ignoring case; or a problem that
 * names the closest ids (or every id, when there are few).
 */
export function findPerson(people: readonly PersonEntry[], asked: string): { person: PersonEntry } | { problem: string } {
  const exact = people.find((p) => p.id === asked);
  if (exact) return { person: exact };
  const folded = fold(asked);
  const loose = people.filter((p) => fold(p.id) === folded || fold(p.name) === folded);
  if (loose.length === 1) return { person: loose[0] as PersonEntry };
  if (loose.length > 1) return { problem: `${JSON.stringify(asked)} could be ${loose.map((p) => p.id).join(' or ')}; give the person id (the folder name)` };
  if (people.length === 0) return { problem: 'the notes folder holds no person' };
  const ranked = [...people].sort((a, b) => editDistance(folded, fold(a.id)) - editDistance(folded, fold(b.id)) || (a.id < b.id ? -1 : 1));
  const shown = people.length <= 8 ? ranked.map((p) => p.id).sort((a, b) => a.localeCompare(b, 'en')) : ranked.slice(0, 3).map((p) => p.id);
  return { problem: `no person ${JSON.stringify(asked)} in the notes folder; ${people.length <= 8 ? 'the people are' : 'the closest are'} ${shown.join(', ')}` };
}
