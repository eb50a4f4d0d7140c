import * as vscode from 'vscode';
import { features } from './features';
import type { Services } from './services';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('1:1 Coach', { log: true });
  context.subscriptions.push(log);
  const services: Services = { log };
  for (const feature of features) feature(context, services);
  log.info('1:1 Coach activated');
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
