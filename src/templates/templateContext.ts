// What the editor knows about where a template goes: the kind of notes file, the topic entry at a
// line, the stance the coaching model expects there, and whether the person is a professional.
import * as vscode from 'vscode';
import { classifyNotesFile } from '../core/reading/layout';
import { readNotesText, topicEntryAt, type NotesText, type TopicEntryText } from '../core/templates/placement';
import { expectedStanceIn } from '../core/templates/topicStance';
import type { Stance } from '../core/schema';
import type { NotesService } from '../notes/notesService';

export type TemplateContext =
  | { readonly kind: 'other' }
  | { readonly kind: 'feedbackLog'; readonly text: NotesText }
  | {
      readonly kind: 'oneOnOne';
      readonly text: NotesText;
      readonly professional: boolean;
      /** The topic entry at the line, with the stance expected for it. */
      readonly entry?: TopicEntryText & { readonly expected: Stance };
    };

export function templateContext(notes: NotesService, document: vscode.TextDocument, line: number): TemplateContext {
  const where = notes.locate(document.uri);
  const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
  // Outside every notes root (a sample, a draft), the file name still says what the file is.
  const file = classifyNotesFile(where?.file ?? `somebody/${name}`);
  if (file.kind === 'feedbackLog') return { kind: 'feedbackLog', text: readNotesText(document.getText(), 'feedbackLog') };
  if (file.kind !== 'oneOnOne') return { kind: 'other' };
  const text = readNotesText(document.getText(), 'oneOnOne');
  const personNotes = where ? where.root.index.notes(file.personId) : undefined;
  const professional = personNotes?.person.data?.professional === true;
  const entry = topicEntryAt(text, line);
  if (!entry) return { kind: 'oneOnOne', text, professional };
  const settings = where ? notes.contextFor(where.root.folder).settings : { newEpisodeAfterDays: 180 };
  const expected = expectedStanceIn(personNotes, entry.id ?? '', file, settings);
  return { kind: 'oneOnOne', text, professional, entry: { ...entry, expected } };
}
