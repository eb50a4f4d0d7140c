// Everything a NotesIndex answers, as plain data for deepEqual: entries with their ranges, without
// the LoadedFile references (those differ by identity only).
import type { NotesIndex } from '../../src/core/people/notesIndex';

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, function (this: unknown, key: string, v: unknown) {
    if (key === 'loaded') return undefined;
    if (v !== null && typeof v === 'object' && 'loaded' in v && 'range' in v) return { ...v, range: (v as { range: unknown }).range };
    return v;
  }));
}

export function indexSnapshot(index: NotesIndex): unknown {
  return plain({
    files: index.files(),
    findings: index.findings(),
    people: index.people().map((p) => ({
      p,
      oneOnOnes: index.oneOnOnes(p.id),
      feedback: index.feedback(p.id),
      threads: index.topicThreads(p.id),
      actions: index.actions(p.id),
    })),
  });
}
