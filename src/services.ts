import type * as vscode from 'vscode';
import type { NotesService } from './notes/notesService';

/** What every feature module receives besides the extension context. */
export interface Services {
  readonly log: vscode.LogOutputChannel;
  readonly notes: NotesService;
}

/** A feature wires itself into VS Code; everything it registers goes to context.subscriptions. */
export type Feature = (context: vscode.ExtensionContext, services: Services) => void;
