// Feedback as the overview marks it: each item given in the span at the day it was given, with its
// delay (observed to given, in days); each item not given yet as a hollow mark at the day it was
// observed, with its age (it waits, whenever it was observed). Feedback dated after today is a plan.
import { daysBetween } from '../dates';
import type { FeedbackEntry, PersonNotes } from '../people/personNotes';
import { within } from '../documents/review/reviewScope';
import type { Finding } from '../findings';
import { needsAttention } from '../workspace/attention';
import { isTeamFinding, rowLabel } from '../workspace/attentionGroups';
import { findingsOn } from '../workspace/sidebarModel';
import { mostUrgent } from './personUrgency';
import { locationOf } from './itemLocation';
import type { DaySpan, FeedbackMark } from './pictureData';

/** One feedback item as a mark, or undefined when it belongs to no mark of the span. */
export function feedbackMark(f: FeedbackEntry, span: DaySpan): FeedbackMark | undefined {
  const { kind, observed } = f.item;
  if (f.given === undefined) {
    return observed <= span.to ? { state: 'waiting', kind, date: observed, observed, age: daysBetween(observed, span.to), at: locationOf(f) } : undefined;
  }
  if (!within(f.given, span)) return undefined;
  return { state: 'given', kind, date: f.given, observed, delay: daysBetween(observed, f.given), at: locationOf(f) };
}

/** The marks of one person's feedback over a span ending today, by date; `findings` are the person's. */
export function feedbackMarks(notes: PersonNotes, span: DaySpan, findings: readonly Finding[] = []): FeedbackMark[] {
  // Only findings that need attention can name a mark: those, by file, so each item looks at a few.
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!needsAttention(finding) || isTeamFinding(finding)) continue;
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  const marks: FeedbackMark[] = [];
  for (const f of notes.feedback) {
    const mark = feedbackMark(f, span);
    if (!mark) continue;
    const near = byFile.get(f.file);
    const { top } = near ? mostUrgent(findingsOn(f, near), notes) : { top: undefined };
    marks.push(top ? { ...mark, attention: rowLabel(top.finding) } : mark);
  }
  return marks.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
