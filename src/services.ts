import * as vscode from 'vscode';

/** What every feature module receives besides the extension context. */
export interface Services {
  readonly log: vscode.LogOutputChannel;
}

/** A feature wires itself into VS Code; everything it registers goes to context.subscriptions. */
export type Feature = (context: vscode.ExtensionContext, services: Services) => void;
