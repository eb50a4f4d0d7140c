// Which JSON Schema 1:1 Coach hands the YAML extension for a file: the guide variant (schemaGuide.ts) for
// every file it reads itself (a notes file in the layout of layout.ts, under a notes root), and none for
// anything else, which leaves the file to the static associations in package.json, or to no schema at all.
// An answer here takes precedence over those in yaml-language-server (yamlSchemaService.ts,
// getSchemaForResource), so no mistake in a notes file is reported by both tools.
import { guideSchemaName } from '../schemaGuide';
import { classifyNotesFile } from './layout';

/** The scheme of the schema URIs 1:1 Coach hands out; the YAML extension asks 1:1 Coach for their content. */
export const GUIDE_SCHEMA_SCHEME = 'one-on-one-coach';

const SCHEMA_OF_KIND = { person: 'person.schema.json', oneOnOne: 'one-on-one.schema.json', feedbackLog: 'feedback-log.schema.json' } as const;

const GUIDE_SCHEMA_URI = new RegExp(`^${GUIDE_SCHEMA_SCHEME}://schemas/([a-z-]+\\.guide\\.schema\\.json)$`);

/** The path of a resource inside one of the notes roots, relative to it; URIs as strings, encoded alike. */
export function notesPathOf(resource: string, roots: readonly string[]): string | undefined {
  for (const root of roots) {
    const base = root.endsWith('/') ? root : `${root}/`;
    if (!resource.startsWith(base)) continue;
    try {
      return resource.slice(base.length).split('/').map(decodeURIComponent).join('/');
    } catch {
      return undefined; // not a URI a document has
    }
  }
  return undefined;
}

/** The URI of the guide schema for a resource that 1:1 Coach reads, else undefined. */
export function guideSchemaUriFor(resource: string, roots: readonly string[]): string | undefined {
  const path = notesPathOf(resource, roots);
  const file = path === undefined ? undefined : classifyNotesFile(path);
  return file === undefined || file.kind === 'other' ? undefined : `${GUIDE_SCHEMA_SCHEME}://schemas/${guideSchemaName(SCHEMA_OF_KIND[file.kind])}`;
}

/** The file in `schemas/` that a guide schema URI names, else undefined. */
export function guideSchemaFileOf(uri: string): string | undefined {
  return GUIDE_SCHEMA_URI.exec(uri)?.[1];
}
