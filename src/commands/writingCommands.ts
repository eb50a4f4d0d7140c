// The commands that write notes (log feedback, a new 1:1, templates, a person, the notes folder, time
// away): registered at activation, their code and the templates they write loaded on the first run of
// any of them (commandHandlers.ts; the extension's build ships them as dist/commands.js).
import * as vscode from 'vscode';
import type { Feature } from '../services';
import type { FeedbackArgument } from './logFeedback';
import type { PersonArgument } from './addPerson';
import { commandHandlers } from './commandHandlers';
import { whenTrusted } from './trusted';

export const logFeedbackCommand: Feature = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('oneOnOneCoach.logFeedback', whenTrusted((person?: unknown, feedback?: FeedbackArgument) => commandHandlers().logFeedback(services, person, feedback))),
  );
};

export const newOneOnOneCommand: Feature = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('oneOnOneCoach.newOneOnOne', whenTrusted((person?: unknown, options?: unknown) => commandHandlers().newOneOnOne(services, person, options))),
  );
};

export const insertTemplateCommand: Feature = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('oneOnOneCoach.insertTemplate', whenTrusted((templateId?: unknown) => commandHandlers().insertTemplate(services, templateId))),
  );
};

export const insertTemplateAtCommand: Feature = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('oneOnOneCoach.insertTemplateAt', whenTrusted((uri?: unknown, line?: unknown, stance?: unknown) => commandHandlers().insertTemplateAt(services, uri, line, stance))),
  );
};

export const addPersonCommand: Feature = (context, services) => {
  context.subscriptions.push(vscode.commands.registerCommand('oneOnOneCoach.addPerson', whenTrusted((arg?: PersonArgument) => commandHandlers().addPerson(services, arg))));
};

export const createNotesFolderCommand: Feature = (context, services) => {
  context.subscriptions.push(vscode.commands.registerCommand('oneOnOneCoach.createNotesFolder', whenTrusted((arg?: unknown) => commandHandlers().createNotesFolder(services, arg))));
};

export const markTimeAwayCommand: Feature = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('oneOnOneCoach.markTimeAway', whenTrusted((person?: unknown, away?: unknown) => commandHandlers().markTimeAway(services, person, away))),
  );
};
