// The settings package.json contributes, by key, whether its configuration is one category or a list of them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// out/test/unit/ → project root
const root = join(__dirname, '..', '..', '..');

export interface ConfigurationCategory {
  readonly id?: string;
  readonly title: string;
  readonly order?: number;
  readonly properties: Readonly<Record<string, Record<string, unknown>>>;
}

/** package.json's configuration categories, as a list. */
export function configurationCategories(manifest: { contributes: { configuration: ConfigurationCategory | ConfigurationCategory[] } }): ConfigurationCategory[] {
  return [manifest.contributes.configuration].flat();
}

/** Every contributed setting's JSON Schema, by key. */
export function settingSchemas(manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))): Record<string, Record<string, unknown>> {
  return Object.assign({}, ...configurationCategories(manifest).map((c) => c.properties));
}
