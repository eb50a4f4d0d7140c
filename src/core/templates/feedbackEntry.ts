// A feedback item as template text (situation, behaviour, impact): a snippet for the editor, or the
// plain entry the "Log Feedback Now" flow appends to feedback.yaml. Lines are relative to the dash.
import { placeholder, type FeedbackKind } from '../schema';
import { TabStops, TODAY_VARIABLES } from './snippetSyntax';
import { yamlScalar } from './yamlText';

const HINTS = {
  situation: 'where and when it happened',
  positive: { behaviour: 'what they did, as you saw it', impact: 'what it made possible, and for whom' },
  corrective: { behaviour: 'what they did, as facts you saw', impact: 'what it cost, and who paid for it' },
} as const;

/**
 * A feedback item as a snippet. `logged`: for feedback.yaml, where `given` is required (today by
 * default, or not-yet); in a 1:1 file `given` is left out (it means "in this 1:1").
 */
export function feedbackSnippetLines(kind: FeedbackKind, stops: TabStops, logged = false): string[] {
  const lines = [
    `- kind: ${kind}`,
    `  observed: ${stops.placeholder(TODAY_VARIABLES, true)}`,
    ...(logged ? [`  given: ${stops.placeholder(TODAY_VARIABLES, true)}   # or not-yet`] : []),
    `  situation: ${stops.placeholder(placeholder(HINTS.situation))}`,
    `  behaviour: ${stops.placeholder(placeholder(HINTS[kind].behaviour))}`,
    `  impact: ${stops.placeholder(placeholder(HINTS[kind].impact))}`,
  ];
  if (kind === 'corrective') lines.push('  topic:   # a topic id, when this starts or continues a topic');
  return lines;
}

/** What the "Log Feedback Now" flow asks for. */
export interface LoggedFeedbackValues {
  readonly kind: FeedbackKind;
  readonly observed: string;
  /** A date, or `not-yet`. */
  readonly given: string;
  readonly behaviour: string;
  readonly situation?: string;
  readonly impact?: string;
}

/** One feedback.yaml item with the values given, as plain YAML; empty optional texts are left out. */
export function loggedFeedbackLines(v: LoggedFeedbackValues): string[] {
  const lines = [`- kind: ${v.kind}`, `  observed: ${v.observed}`, `  given: ${v.given}`];
  if (v.situation?.trim()) lines.push(`  situation: ${yamlScalar(v.situation.trim())}`);
  lines.push(`  behaviour: ${yamlScalar(v.behaviour.trim())}`);
  if (v.impact?.trim()) lines.push(`  impact: ${yamlScalar(v.impact.trim())}`);
  return lines;
}
