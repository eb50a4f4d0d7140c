// A topic conversation as template text: a whole list entry (`- id: ...`), or the keys of a stance
// to add to an entry that is already written. Lines are relative to the list's dash column.
import type { Stance } from '../schema';
import { COACHING_KEYS, fieldLines, stanceKeys, type TemplateKey, type TemplateStyle } from './fields';
import { indentLines } from './yamlText';

/** The keys a conversation at `stance` gets, in order: shared purpose (professionals), the stance's own, the three Es, status. */
export function conversationKeys(stance: Stance, professional: boolean): TemplateKey[] {
  return [...(professional ? ['sharedPurpose' as const] : []), ...stanceKeys(stance), ...COACHING_KEYS, 'status'];
}

/** The lines of `keys` (those not in `written`), relative to the entry's key column. */
export function keyLines(keys: readonly TemplateKey[], style: TemplateStyle, written: ReadonlySet<string> = new Set()): string[] {
  return keys.filter((k) => !written.has(k)).flatMap((k) => fieldLines(k, style));
}

export interface TopicEntryOptions {
  readonly stance: Stance;
  readonly professional: boolean;
  readonly style: TemplateStyle;
  /** The `id:` value as written (already a snippet placeholder or a plain id). */
  readonly idText: string;
  /** A `title:` value as written; none when absent. */
  readonly titleText?: string;
  /** A comment after `stance:`, e.g. why this stance is expected. */
  readonly stanceComment?: string;
  /** Keys to write before the stance's own (e.g. an opening for a professional). */
  readonly leadingKeys?: readonly TemplateKey[];
}

/** A whole topic entry, `- id: ...` first, relative to the dash column. */
export function topicEntryLines(o: TopicEntryOptions): string[] {
  const head = [`id: ${o.idText}`];
  if (o.titleText !== undefined) head.push(`title: ${o.titleText}`);
  head.push(`stance: ${o.stance}${o.stanceComment ? `   # ${o.stanceComment}` : ''}`);
  const leading = o.leadingKeys ?? [];
  const keys = conversationKeys(o.stance, o.professional).filter((k) => !leading.includes(k));
  const body = [...head, ...keyLines([...leading, ...keys], o.style)];
  return [`- ${body[0]}`, ...indentLines(body.slice(1), 2)];
}
