// When Red Hat YAML is installed, 1:1 Coach hands it the guide schemas (completion and hover, no mistakes
// reported twice) for the files it reads, wherever `oneOnOneCoach.notesRoot` puts them, through the schema
// API Red Hat YAML exports. Without Red Hat YAML this does nothing (and never activates it).
import * as vscode from 'vscode';
import { GUIDE_SCHEMA_SCHEME, guideSchemaFileOf, guideSchemaUriFor } from '../core/reading/schemaAssociation';
import { YAML_EXTENSION_ID } from '../diagnostics/yamlExtension';
import type { Feature } from '../services';
import { NOTES_ROOT, notesRootOf, SECTION } from '../settings';

/** The part of Red Hat YAML's exported API that 1:1 Coach uses (its schema-extension-api.ts). */
interface YamlSchemaApi {
  registerContributor(
    schema: string,
    requestSchema: (resource: string) => string | undefined,
    requestSchemaContent: (uri: string) => Promise<string> | string,
    label?: string,
  ): boolean;
}

/** The notes root of every workspace folder, as Uri strings, from the same setting the notes are read by. */
function notesRoots(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).flatMap((folder) => notesRootOf(folder)?.toString() ?? []);
}

export const yamlSchemas: Feature = (context, { log }) => {
  let roots = notesRoots();
  let registered = false;
  const register = async () => {
    const extension = vscode.extensions.getExtension<YamlSchemaApi | undefined>(YAML_EXTENSION_ID);
    if (registered || !extension) return;
    registered = true;
    try {
      const api = await extension.activate();
      if (typeof api?.registerContributor !== 'function') {
        log.warn(`${YAML_EXTENSION_ID} exports no registerContributor: its schemas for the notes come from package.json only`);
        return;
      }
      api.registerContributor(
        GUIDE_SCHEMA_SCHEME,
        (resource) => guideSchemaUriFor(resource, roots),
        async (uri) => {
          const file = guideSchemaFileOf(uri);
          if (file === undefined) throw new Error(`no schema ${uri}`);
          return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'schemas', file)));
        },
        vscode.l10n.t('1:1 Coach notes'),
      );
      log.info(`Schemas for the notes handed to ${YAML_EXTENSION_ID}`);
    } catch (e) {
      log.error(`Handing the schemas to ${YAML_EXTENSION_ID} failed`, e);
    }
  };
  void register();
  context.subscriptions.push(
    // Straight from the setting, not after the notes have loaded: Red Hat YAML may ask before that.
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration(`${SECTION}.${NOTES_ROOT}`)) roots = notesRoots(); }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => { roots = notesRoots(); }),
    vscode.extensions.onDidChange(() => void register()),
  );
};
