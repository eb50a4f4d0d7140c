// Escalation findings wait while a topic id is in doubt (a likely slip for an open topic's id, see
// ../topicIdTypo.ts). The rules see the person's threads as they will be once the id is renamed:
// the doubtful conversation is counted with the open topic it most likely belongs to, so the
// conversations after it count right; and nothing is said about the doubtful conversation itself.
import type { Finding, Range } from '../../findings';
import type { PersonNotes, TopicConversationEntry } from '../../people/personNotes';
import { compareOneOnOnes } from '../../reading/layout';
import type { Rule } from '../rule';
import { suspectedTypos, type SuspectedTypo } from '../topicIdTypo';

/** The person's notes with each doubtful conversation moved into the thread it most likely belongs to. */
function withSettledIds(notes: PersonNotes, typos: readonly SuspectedTypo[]): PersonNotes {
  const doubtful = new Set(typos.map((t) => t.entry.topicId));
  const topicThreads = notes.topicThreads
    .filter((t) => !doubtful.has(t.topicId))
    .map((thread) => {
      const joining = typos.filter((t) => t.meant === thread).map((t) => t.entry);
      if (joining.length === 0) return thread;
      return { ...thread, conversations: [...thread.conversations, ...joining].sort(compareOneOnOnes) };
    });
  return { ...notes, topicThreads };
}

/** The person's notes as the escalation rules see them: with the doubtful conversations moved, if any. */
export function settledNotes(notes: PersonNotes): PersonNotes {
  const typos = suspectedTypos(notes);
  return typos.length === 0 ? notes : withSettledIds(notes, typos);
}

const inside = (r: Range, outer: Range): boolean =>
  (r.start.line > outer.start.line || (r.start.line === outer.start.line && r.start.character >= outer.start.character)) &&
  (r.end.line < outer.end.line || (r.end.line === outer.end.line && r.end.character <= outer.end.character));

const onEntry = (f: Finding, entries: readonly TopicConversationEntry[]): boolean => entries.some((e) => e.file === f.file && inside(f.range, e.range));

/** The rule, waiting while an id is in doubt (see above). */
export function waitingForSettledIds(rule: Rule): Rule {
  return {
    ...rule,
    check(notes, ctx) {
      const typos = suspectedTypos(notes);
      if (typos.length === 0) return rule.check(notes, ctx);
      const entries = typos.map((t) => t.entry);
      return rule.check(settledNotes(notes), ctx).filter((f) => !onEntry(f, entries));
    },
  };
}
