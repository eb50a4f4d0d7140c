// Context keys that say what the notes hold, for `when` clauses: the welcome view stops offering to
// create a notes folder once one exists, and walkthrough steps complete however the step was done
// (`onContext:`), by a command or by hand.
import * as vscode from 'vscode';
import { classifyNotesFile } from '../core/reading/layout';
import type { Feature } from '../services';
import type { NotesService } from './notesService';

/** A notes folder exists in some workspace folder. */
export const HAS_NOTES_FOLDER = 'oneOnOneCoach.hasNotesFolder';
/** Some person folder holds a person.yaml. */
export const HAS_PEOPLE = 'oneOnOneCoach.hasPeople';
/** Some person folder holds a 1:1 file. */
export const HAS_ONE_ON_ONE = 'oneOnOneCoach.hasOneOnOne';

type Keys = Record<typeof HAS_NOTES_FOLDER | typeof HAS_PEOPLE | typeof HAS_ONE_ON_ONE, boolean>;

/** Runs on every notes change: it looks person by person and stops once both kinds are found. */
function keysOf(notes: NotesService): Keys {
  const kinds = new Set<string>();
  search: for (const root of notes.roots()) {
    for (const { id } of root.index.people()) {
      for (const file of root.index.filesOf(id)) {
        kinds.add(classifyNotesFile(file).kind);
        if (kinds.has('person') && kinds.has('oneOnOne')) break search;
      }
    }
  }
  return { [HAS_NOTES_FOLDER]: notes.roots().length > 0, [HAS_PEOPLE]: kinds.has('person'), [HAS_ONE_ON_ONE]: kinds.has('oneOnOne') };
}

export const notesContextKeys: Feature = (context, { notes }) => {
  const set: Partial<Keys> = {};
  const update = () => {
    for (const [key, value] of Object.entries(keysOf(notes)) as [keyof Keys, boolean][]) {
      if (set[key] === value) continue;
      set[key] = value;
      void vscode.commands.executeCommand('setContext', key, value);
    }
  };
  context.subscriptions.push(notes.onDidChangeRoots(update), notes.onDidChange(update));
  void notes.ready.then(update);
};
