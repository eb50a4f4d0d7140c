// Red Hat YAML, as far as 1:1 Coach needs to know of it: whether it is there, and whether it checks a file.
import * as vscode from 'vscode';

/** The id of Red Hat's YAML extension (redhat.vscode-yaml). */
export const YAML_EXTENSION_ID = 'redhat.vscode-yaml';

/** Whether Red Hat YAML is installed and enabled, and its `yaml.validate` is on for the file: then it reports the file's YAML mistakes. */
export function yamlExtensionReportsSyntax(uri: vscode.Uri): boolean {
  return vscode.extensions.getExtension(YAML_EXTENSION_ID) !== undefined && vscode.workspace.getConfiguration('yaml', uri).get<boolean>('validate', true) !== false;
}
