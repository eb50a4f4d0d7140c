import * as vscode from 'vscode';
import { features } from './features';
import { NotesService } from './notes/notesService';
import type { Services } from './services';
import { sidebarApi, type SidebarApi } from './sidebar/sidebarApi';

/** What the extension hands to other extensions and to its own tests. */
export interface CoachApi {
  readonly notes: NotesService;
  /** The side bar's trees, badge and status bar item, for the extension's own tests. */
  readonly sidebar?: SidebarApi;
}

export function activate(context: vscode.ExtensionContext): CoachApi {
  const log = vscode.window.createOutputChannel('1:1 Coach', { log: true });
  const version = String(context.extension.packageJSON.version ?? '');
  const notes = new NotesService(context.globalStorageUri, version, log);
  context.subscriptions.push(log, notes);
  const services: Services = { log, notes };
  for (const feature of features) feature(context, services);
  log.info(`1:1 Coach ${version} activated`);
  return { notes, sidebar: sidebarApi(context) };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
