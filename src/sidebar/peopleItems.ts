// The items of the People view: one notes root (only shown when there are several), a person, the
// groups under a person, and their entries. Words come from core/workspace/sidebarModel.ts; this file only
// turns them into TreeItems.
import * as vscode from 'vscode';
import { severityIcon } from '../convert';
import { attentionCount } from '../core/workspace/attention';
import { topicName } from '../core/checks/escalation/episodes';
import type { CheckContext } from '../core/checks/rule';
import type { Severity } from '../core/findings';
import type { Located } from '../core/people/located';
import { isHeld, type PersonNotes } from '../core/people/personNotes';
import {
  actionDescription, awaitingFollowUp, feedbackDescription, findingsOn, lastOneOnOne, oneLine, oneOnOneLabel, openActions, openTopics,
  personDescription, recentOneOnOnes, relativeDay, topicDescription, worse, worstSeverity,
} from '../core/workspace/sidebarModel';
import type { NotesRoot } from '../notes/notesRoot';
import { openAtStart } from './openAt';

export interface RootNode {
  readonly kind: 'root';
  readonly root: NotesRoot;
}

export interface PersonNode {
  readonly kind: 'person';
  readonly root: NotesRoot;
  readonly personId: string;
}

export type GroupName = 'topics' | 'feedback' | 'oneOnOnes' | 'actions';

export interface GroupNode {
  readonly kind: 'group';
  readonly person: PersonNode;
  readonly group: GroupName;
  /** The entries, built with the group (its count is their number). */
  readonly entries: readonly EntryNode[];
}

/**
 * A topic, feedback item, 1:1 or action: built whole when its group is, no lookups later. While the
 * entries under a person stay in place, a change gives the node its new item (peopleTree.ts).
 */
export interface EntryNode {
  readonly kind: 'entry';
  item: vscode.TreeItem;
  /** What the item shows and where it leads, as one string: the same for items that show the same. */
  look: string;
}

export type PeopleNode = RootNode | PersonNode | GroupNode | EntryNode;

/** What is open comes first, expanded; the history of 1:1s last, collapsed. */
const GROUPS: Record<GroupName, { label: () => string; icon: string; expanded: boolean }> = {
  topics: { label: () => vscode.l10n.t('Open topics'), icon: 'comment-discussion', expanded: true },
  feedback: { label: () => vscode.l10n.t('Feedback awaiting follow-up'), icon: 'feedback', expanded: true },
  actions: { label: () => vscode.l10n.t('Open action items'), icon: 'checklist', expanded: true },
  oneOnOnes: { label: () => vscode.l10n.t('Recent 1:1s'), icon: 'calendar', expanded: false },
};

/** The worst severity of the findings on a person's files. */
export function personSeverity(root: NotesRoot, personId: string): Severity | undefined {
  return worstSeverity(root.notes.findingsOfPerson(personId));
}

export function rootItem(node: RootNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.root.folder.name, vscode.TreeItemCollapsibleState.Expanded);
  item.id = node.root.uri.toString();
  item.iconPath = new vscode.ThemeIcon('root-folder');
  const people = node.root.index.people().length;
  item.description = people === 1 ? vscode.l10n.t('1 person') : vscode.l10n.t('{0} people', people);
  item.tooltip = node.root.uri.fsPath || node.root.uri.toString();
  return item;
}

export function personItem(node: PersonNode, today: string): vscode.TreeItem {
  const notes = node.root.index.notes(node.personId);
  const item = new vscode.TreeItem(notes?.person.name ?? node.personId, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `${node.root.uri.toString()}#${node.personId}`;
  item.contextValue = 'person';
  item.resourceUri = node.root.uriOf(node.personId);
  item.iconPath = severityIcon(personSeverity(node.root, node.personId));
  if (notes) item.description = personDescription(notes, today);
  // No command: a click expands the person (a command would run instead of expanding).
  return item;
}

/** What a person's row shows (name, description, severity), as one string: the same for rows that show the same. */
export function personLook(node: PersonNode, today: string): string {
  const notes = node.root.index.notes(node.personId);
  return [notes?.person.name ?? node.personId, notes && personDescription(notes, today), personSeverity(node.root, node.personId)].join('\u0000');
}

/** The hover of a person, built only when the pointer rests on them. */
export function personTooltip(node: PersonNode, ctx: CheckContext): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  const notes = node.root.index.notes(node.personId);
  if (!notes) return md;
  md.appendMarkdown('**').appendText(notes.person.name).appendMarkdown('**');
  if (notes.person.data?.role) md.appendText(` · ${notes.person.data.role}`);
  const last = lastOneOnOne(notes, ctx.today);
  md.appendMarkdown('\n\n').appendText(last ? vscode.l10n.t('Last 1:1 on {0} ({1})', last.date, relativeDay(last.date, ctx.today)) : vscode.l10n.t('No 1:1 yet'));
  const topics = openTopics(notes, ctx).length;
  const feedback = awaitingFollowUp(notes).length;
  const actions = openActions(notes).length;
  const counts = [
    topics === 1 ? vscode.l10n.t('1 open topic') : vscode.l10n.t('{0} open topics', topics),
    feedback === 1 ? vscode.l10n.t('1 feedback item awaiting follow-up') : vscode.l10n.t('{0} feedback items awaiting follow-up', feedback),
    actions === 1 ? vscode.l10n.t('1 open action item') : vscode.l10n.t('{0} open action items', actions),
  ];
  md.appendMarkdown('\n\n').appendText(counts.join(' · '));
  const urgent = attentionCount(node.root.notes.findingsOfPerson(node.personId));
  if (urgent) md.appendMarkdown(`\n\n$(warning) ${urgent === 1 ? vscode.l10n.t('1 finding needs attention') : vscode.l10n.t('{0} findings need attention', urgent)}`);
  return md;
}

/** The groups under a person, leaving out empty ones, each with its entries. */
export function personGroups(person: PersonNode, notes: PersonNotes, ctx: CheckContext): GroupNode[] {
  const { root: notesRoot, personId } = person;
  const today = ctx.today;
  const uriOf = (file: string) => notesRoot.uriOf(file);
  const severityOn = (entry: Located) => worstSeverity(findingsOn(entry, notesRoot.notes.findingsFor(entry.file)));
  const entry = (id: string, label: string, description: string, severity: Severity | undefined, at: Located, tooltip?: string): EntryNode => {
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `${notesRoot.uri.toString()}#${personId}#${id}`;
    item.description = description;
    item.iconPath = severityIcon(severity);
    item.tooltip = tooltip ?? `${label}\n${description}`;
    item.command = openAtStart(uriOf(at.file), at.range);
    const { line, character } = at.range.start;
    return { kind: 'entry', item, look: [label, description, severity, item.tooltip, at.file, line, character].join('\u0000') };
  };

  const topics = openTopics(notes, ctx).map((t) => {
    const severity = t.thread.conversations.reduce<Severity | undefined>((w, c) => worse(w, severityOn(c)), undefined);
    const held = t.held === 1
      ? vscode.l10n.t('1 conversation so far, the latest on {0} ({1}).', t.latest.date, t.latest.status)
      : vscode.l10n.t('{0} conversations so far, the latest on {1} ({2}).', t.held, t.latest.date, t.latest.status);
    const next = t.plan ? vscode.l10n.t('Plan: {0}.', topicDescription(t, today)) : vscode.l10n.t('Next: {0}.', topicDescription(t, today));
    const tooltip = `${topicName(t.thread)}\n${held}\n${next}`;
    return entry(`topic:${t.thread.topicId}`, topicName(t.thread), topicDescription(t, today), severity, t.latest, tooltip);
  });
  const feedback = awaitingFollowUp(notes).map((f) =>
    entry(`feedback:${f.file}:${f.path}`, oneLine(f.item.behaviour), feedbackDescription(f, today), severityOn(f), f));
  const oneOnOnes = recentOneOnOnes(notes).map((o) => {
    const severity = worstSeverity(notesRoot.notes.findingsFor(o.file));
    const agenda = o.data?.agenda.join(', ');
    const when = isHeld(o, today) ? relativeDay(o.date, today) : vscode.l10n.t('{0}, planned', relativeDay(o.date, today));
    const description = agenda ? `${when} · ${agenda}` : when;
    const tooltip = agenda ? vscode.l10n.t('1:1 on {0}\nAgenda: {1}', oneOnOneLabel(o), agenda) : vscode.l10n.t('1:1 on {0}', oneOnOneLabel(o));
    return entry(`1on1:${o.file}`, oneOnOneLabel(o), description, severity, o, tooltip);
  });
  const name = notes.person.name;
  const actions = openActions(notes).map((a) =>
    entry(`action:${a.file}:${a.path}`, oneLine(a.item.text), actionDescription(a, name, today), severityOn(a), a));

  const groups: [GroupName, EntryNode[]][] = [['topics', topics], ['feedback', feedback], ['actions', actions], ['oneOnOnes', oneOnOnes]];
  return groups.filter(([, entries]) => entries.length > 0).map(([group, entries]) => ({ kind: 'group', person, group, entries }));
}

export function groupItem(node: GroupNode): vscode.TreeItem {
  const { label, icon, expanded } = GROUPS[node.group];
  const item = new vscode.TreeItem(label(), expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `${node.person.root.uri.toString()}#${node.person.personId}#${node.group}`;
  item.iconPath = new vscode.ThemeIcon(icon);
  item.description = String(node.entries.length);
  return item;
}
