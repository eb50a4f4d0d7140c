// Where one topic conversation stands in the three-stage model, and what the editor says about it:
// the hover on its stance and the lens above it. The counting is the escalation rules' own
// (episodes.ts); whether the entry is ahead of or behind the model is read from their findings, so the
// editor and Problems never disagree. An entry with nothing written yet (planned, see personNotes.ts)
// is not part of its thread; the editor shows it as the conversation it will be once written.
import { STAGE_ESSENTIALS } from '../checks/escalation/emptyStage';
import { episodeSteps, expectedStance, ordinal, topicName, type EpisodeStep } from '../checks/escalation/episodes';
import { settledNotes } from '../checks/escalation/settledIds';
import type { CheckContext } from '../checks/rule';
import type { CheckSettings } from '../checks/settings';
import type { Finding } from '../findings';
import { compareOneOnOnes } from '../reading/layout';
import type { PersonNotes, TopicConversationEntry } from '../people/personNotes';
import type { Stance } from '../schema';
import type { TopicThread } from '../people/topicThreads';
import { ruleLink, type DocTarget } from './ruleLinks';
import { STAGE_IN_SHORT, STAGE_PURPOSE, STANCE_LABELS, stageKeyList } from './stages';

/** One conversation with its thread and its step in the episode. */
export interface ConversationPlace {
  readonly thread: TopicThread;
  readonly step: EpisodeStep;
  /** The newest conversation on the topic so far. */
  readonly isLatest: boolean;
  /** Nothing is written in it yet: it does not count until something is. */
  readonly planned: boolean;
}

/** A planned entry as the conversation it will be: after the written ones of earlier 1:1s on its topic. */
function plannedPlace(notes: PersonNotes, entry: TopicConversationEntry, settings: CheckSettings): ConversationPlace {
  const thread = notes.topicThreads.find((t) => t.topicId === entry.topicId);
  const before = thread?.conversations.filter((c) => compareOneOnOnes(c, entry) < 0) ?? [];
  const asIfWritten: TopicThread = { personId: notes.person.id, topicId: entry.topicId, title: thread?.title, conversations: [...before, entry] };
  const steps = episodeSteps(asIfWritten, settings);
  return { thread: asIfWritten, step: steps[steps.length - 1] as EpisodeStep, isLatest: before.length === (thread?.conversations.length ?? 0), planned: true };
}

/** Every topic conversation in `file`, written or planned, in the order they are written. */
export function conversationsIn(notes: PersonNotes, file: string, settings: CheckSettings): ConversationPlace[] {
  const places: ConversationPlace[] = [];
  // Counted as the escalation rules count: a topic id in doubt with the open topic it most likely belongs to.
  for (const thread of settledNotes(notes).topicThreads) {
    if (!thread.conversations.some((c) => c.file === file)) continue;
    const latest = thread.conversations[thread.conversations.length - 1];
    for (const step of episodeSteps(thread, settings)) {
      if (step.entry.file === file) places.push({ thread, step, isLatest: step.entry === latest, planned: false });
    }
  }
  for (const entry of notes.unwritten.conversations) {
    if (entry.file === file) places.push(plannedPlace(notes, entry, settings));
  }
  return places.sort((a, b) => a.step.entry.range.start.line - b.step.entry.range.start.line);
}

/** The title of the lens above a conversation: `Conversation 2 of 3 · expected: Socratic`. */
export function conversationLensTitle({ step }: ConversationPlace): string {
  if (step.reviewOnly) return `Conversation ${step.n} · review of the plan`;
  return `Conversation ${step.n}${step.n <= 3 ? ' of 3' : ''} · expected: ${STANCE_LABELS[step.expected]}`;
}

/**
 * The stance whose template is worth offering: the expected one, unless the entry already is at that
 * stance with everything the stage needs written (or only records a plan's review).
 */
export function templateToOffer({ step }: ConversationPlace): Stance | undefined {
  if (step.reviewOnly) return undefined;
  const c = step.entry.conversation;
  const complete = STAGE_ESSENTIALS[step.expected].every(({ key }) => {
    const value = c[key];
    return value !== undefined && !(Array.isArray(value) && value.length === 0);
  });
  return step.entry.stance === step.expected && complete ? undefined : step.expected;
}

/** What the findings of the escalation rules on this entry mean, and what to do about them. */
function deviationLines({ step }: ConversationPlace, codes: ReadonlySet<string>, docs: DocTarget): string[] {
  const { entry, expected, n } = step;
  const lines: string[] = [];
  if (codes.has('escalation/skipped-stage')) {
    lines.push(`This entry says \`${entry.stance}\`, ahead of the model. Change it to \`${expected}\`; only a conduct or safety matter that cannot wait skips stages, and then \`exception\` says why. ${ruleLink(docs, 'escalation/skipped-stage')}`);
  } else if (step.excepted && entry.stance !== expected) {
    lines.push('A conduct or safety exception covers this conversation: skipping stages is on purpose here.');
  }
  if (codes.has('escalation/stuck-stage')) {
    const move = n === 2 ? 'move on to open questions' : 'a written plan is due';
    lines.push(`This entry is still \`${entry.stance}\`: ${move}. ${ruleLink(docs, 'escalation/stuck-stage')}`);
  }
  if (codes.has('escalation/empty-stage')) {
    lines.push(`Part of what a \`${entry.stance}\` conversation needs is not written yet. ${ruleLink(docs, 'escalation/empty-stage')}`);
  }
  return lines;
}

/** What comes after the newest conversation on a topic. */
function nextLine(place: ConversationPlace, ctx: CheckContext): string | undefined {
  if (place.planned) return 'Nothing is written here yet, so it does not count as a conversation: write what was said, and it will.';
  if (!place.isLatest) return undefined;
  const next = expectedStance(place.thread, ctx);
  if (!next) {
    return `Resolved here. If it comes back within ${ctx.settings.newEpisodeAfterDays} days, the count goes on; later than that, it starts again with a supportive conversation.`;
  }
  return `If it is still open next time, the ${ordinal(next.n + 1)} conversation ${STAGE_IN_SHORT[next.expected]} (${STANCE_LABELS[next.expected]}).`;
}

/** The rule ids of the findings that lie inside the conversation's entry. */
function codesOnEntry({ step: { entry } }: ConversationPlace, findings: readonly Finding[]): Set<string> {
  const { start, end } = entry.range;
  const inside = (p: Finding['range']['start']) =>
    (p.line > start.line || (p.line === start.line && p.character >= start.character)) && (p.line < end.line || (p.line === end.line && p.character <= end.character));
  return new Set(findings.filter((f) => f.file === entry.file && inside(f.range.start) && inside(f.range.end)).map((f) => f.code));
}

/**
 * The hover on a conversation's stance (Markdown): where it stands in the model, what the stage is
 * for, where it is written, and what to do next, with what the escalation findings on it mean.
 */
export function conversationHover(place: ConversationPlace, ctx: CheckContext, findings: readonly Finding[], docs: DocTarget): string {
  const { step, thread } = place;
  const codes = codesOnEntry(place, findings);
  const where = `${ordinal(step.n)} conversation on ${topicName(thread)}`;
  const paragraphs = step.reviewOnly
    ? [`**${where}**: the review of the plan. Write what it found against the goals and measures, and what happens next.`]
    : [
      `**${where}**: the model expects a **${STANCE_LABELS[step.expected]}** conversation now.`,
      STAGE_PURPOSE[step.expected],
      `Write it under ${stageKeyList(step.expected)}.`,
    ];
  paragraphs.push(...deviationLines(place, codes, docs));
  const next = nextLine(place, ctx);
  if (next) paragraphs.push(next);
  return paragraphs.join('\n\n');
}
