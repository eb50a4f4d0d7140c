// The quick fixes of the escalation rules, as minimal text edits (see ../entryEdits.ts): nothing is
// re-serialised, so comments and layout stay as written.
import type { Fix } from '../../findings';
import { fieldRange } from '../../people/located';
import type { TopicConversationEntry } from '../../people/personNotes';
import type { Stance } from '../../schema';
import { hasKey, insertKeys } from '../entryEdits';
import { REASON_PLACEHOLDER } from './episodes';

/** Replaces the stance value with `stance`. */
export function changeStanceFix(entry: TopicConversationEntry, stance: Stance): Fix {
  return {
    title: `Change the stance to ${stance}`,
    edits: [{ file: entry.file, range: fieldRange(entry, 'stance'), text: stance }],
  };
}

/** Adds a conduct `exception` under the stance, with a placeholder reason to replace. */
export function exceptionFix(entry: TopicConversationEntry): Fix | undefined {
  if (hasKey(entry, 'exception')) return undefined;
  const edit = insertKeys(entry, [['exception', `{ kind: conduct, reason: ${REASON_PLACEHOLDER} }`]], fieldRange(entry, 'stance').end.line);
  return edit && { title: 'Mark it as a conduct exception (then write the reason)', edits: [edit] };
}

/** Adds the keys that are not written at all, empty, after the entry's last line (a key written empty is left to fill). */
export function missingKeysFix(entry: TopicConversationEntry, keys: readonly string[]): Fix | undefined {
  const absent = keys.filter((key) => !hasKey(entry, key));
  const edit = insertKeys(entry, absent.map((key) => [key, ''] as const));
  return edit && { title: `Add ${absent.join(', ')}`, edits: [edit] };
}
