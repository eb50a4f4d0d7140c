// Feedback as the overview marks it: each item given in the span at the day it was given, with its
// delay (observed to given, in days); each item not given yet as a hollow mark at the day it was
// observed, with its age (it waits, whenever it was observed). Feedback dated after today is a plan.
import { daysBetween } from '../dates';
import type { FeedbackEntry, PersonNotes } from '../people/personNotes';
import { within } from '../documents/review/reviewScope';
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

/** The marks of one person's feedback over a span ending today, by date. */
export function feedbackMarks(notes: PersonNotes, span: DaySpan): FeedbackMark[] {
  const marks: FeedbackMark[] = [];
  for (const f of notes.feedback) {
    const mark = feedbackMark(f, span);
    if (mark) marks.push(mark);
  }
  return marks.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
