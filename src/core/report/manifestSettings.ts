// The part of package.json made from the rule data: the JSON Schema of the oneOnOneCoach.severity setting
// names every check id (with the check's title and default severity) and no other key, so VS Code marks a
// misspelt id in settings.json and the Settings UI offers the ids. scripts/gen-manifest-settings.mjs
// (npm run build) writes it; test/unit/manifestSettings.test.ts fails when package.json is not current.
import { applyEdits, modify, type JSONPath } from 'jsonc-parser';
import type { Rule } from '../checks/rule';
import { SEVERITY_SETTINGS } from '../checks/settingsFromRecord';

export const SEVERITY_SETTING_KEY = 'oneOnOneCoach.severity';

export interface SeverityPropertySchema {
  readonly type: 'string';
  readonly enum: readonly string[];
  readonly description: string;
}

/** One property per check, sorted by id, each taking a severity or off. */
export function severityProperties(rules: readonly Pick<Rule, 'id' | 'title' | 'defaultSeverity'>[]): Record<string, SeverityPropertySchema> {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return Object.fromEntries(sorted.map((rule) => [rule.id, {
    type: 'string',
    enum: [...SEVERITY_SETTINGS],
    description: `${rule.title} (by default: ${rule.defaultSeverity})`,
  }]));
}

/** Where the severity setting's schema is in the manifest: its configuration is one category or a list. */
function severitySettingPath(manifest: { contributes?: { configuration?: unknown } }): JSONPath {
  const configuration = manifest.contributes?.configuration;
  const holds = (c: unknown) => typeof c === 'object' && c !== null && SEVERITY_SETTING_KEY in ((c as { properties?: object }).properties ?? {});
  if (Array.isArray(configuration)) {
    const index = configuration.findIndex(holds);
    if (index >= 0) return ['contributes', 'configuration', index, 'properties', SEVERITY_SETTING_KEY];
  } else if (holds(configuration)) {
    return ['contributes', 'configuration', 'properties', SEVERITY_SETTING_KEY];
  }
  throw new Error(`package.json contributes no ${SEVERITY_SETTING_KEY} setting`);
}

/** package.json's text with the severity setting's keys made from `rules`; the rest of the text as it was. */
export function withSeverityProperties(manifestText: string, rules: readonly Pick<Rule, 'id' | 'title' | 'defaultSeverity'>[]): string {
  const path = severitySettingPath(JSON.parse(manifestText) as object);
  const options = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };
  const set = (text: string, key: string, value: unknown) => applyEdits(text, modify(text, [...path, key], value, options));
  return set(set(manifestText, 'properties', severityProperties(rules)), 'additionalProperties', false);
}
