// Which node of a notes file a position is on, among those the editor explains: a topic's `stance`
// and `id`, a feedback item's dates, a person's `cadence`. Read from the spans the loader recorded.
import type { Position, Range } from '../findings';
import type { LoadedFile } from '../reading/loadedFile';
import { spanToRange } from '../reading/positions';

export type GuidanceNode =
  /** `topics.N.stance`, key or value; `entryPath` is `topics.N`. */
  | { readonly kind: 'stance'; readonly entryPath: string; readonly range: Range }
  /** `topics.N.id`, key or value; `entryPath` is `topics.N`. */
  | { readonly kind: 'topicId'; readonly entryPath: string; readonly range: Range }
  /** `observed`, `given` or the follow-up of `feedback.N`; `entryPath` is `feedback.N`. */
  | { readonly kind: 'feedback'; readonly entryPath: string; readonly range: Range }
  /** `cadence` in person.yaml. */
  | { readonly kind: 'cadence'; readonly range: Range };

const PATTERNS: readonly { kind: GuidanceNode['kind']; files: readonly LoadedFile['kind'][]; pattern: RegExp }[] = [
  { kind: 'stance', files: ['oneOnOne'], pattern: /^(topics\.\d+)\.stance(?::key)?$/ },
  { kind: 'topicId', files: ['oneOnOne'], pattern: /^(topics\.\d+)\.id(?::key)?$/ },
  { kind: 'feedback', files: ['oneOnOne', 'feedbackLog'], pattern: /^(feedback\.\d+)\.(?:observed|given|followUp(?:\.date)?)(?::key)?$/ },
  { kind: 'cadence', files: ['person'], pattern: /^cadence(?::key)?$/ },
];

/** The explained node under `position` (its end included, so a hover just after a word counts). */
export function guidanceNodeAt(loaded: LoadedFile, position: Position): GuidanceNode | undefined {
  const lineStart = loaded.lineStarts[position.line];
  if (lineStart === undefined) return undefined;
  const offset = lineStart + position.character;
  const patterns = PATTERNS.filter((p) => p.files.includes(loaded.kind));
  let best: { node: GuidanceNode; size: number } | undefined;
  for (const [path, span] of Object.entries(loaded.spans)) {
    if (offset < span[0] || offset > span[1] || (best && span[1] - span[0] >= best.size)) continue;
    for (const { kind, pattern } of patterns) {
      const m = pattern.exec(path);
      if (!m) continue;
      const range = spanToRange(loaded.lineStarts, span);
      const node: GuidanceNode = kind === 'cadence' ? { kind, range } : { kind, entryPath: m[1] as string, range };
      best = { node, size: span[1] - span[0] };
    }
  }
  return best?.node;
}
