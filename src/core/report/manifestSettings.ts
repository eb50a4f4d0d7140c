// The part of package.json made from the rule data: the JSON Schema of the oneOnOneCoach.severity setting
// names every check id (with the check's title and default severity) and no other key, so VS Code marks a
// misspelt id in settings.json and the Settings UI offers the ids. Each id's description is a %key% of
// package.nls.json, where its English words are written too, so that a translation covers them.
// scripts/gen-manifest-settings.mjs (npm run build) writes both files; test/unit/manifestSettings.test.ts
// fails when either is not current.
import { applyEdits, modify, type JSONPath } from 'jsonc-parser';
import type { Rule } from '../checks/rule';
import { SEVERITY_SETTINGS } from '../checks/settingsFromRecord';

export const SEVERITY_SETTING_KEY = 'oneOnOneCoach.severity';

export interface SeverityPropertySchema {
  readonly type: 'string';
  readonly enum: readonly string[];
  readonly description: string;
}

type SeverityRule = Pick<Rule, 'id' | 'title' | 'defaultSeverity'>;

const byId = (rules: readonly SeverityRule[]) => [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The package.nls.json key of a check id's description in the severity setting (VS Code takes letters, digits, `.`, `-` and `_`). */
export function severityWordsKey(id: string): string {
  return `setting.severity.${id.replaceAll('/', '.')}.description`;
}

const SEVERITY_WORDS_KEY = /^setting\.severity\..+\.description$/;

/** One property per check, sorted by id, each taking a severity or off, described by a %key% of package.nls.json. */
export function severityProperties(rules: readonly SeverityRule[]): Record<string, SeverityPropertySchema> {
  return Object.fromEntries(byId(rules).map((rule) => [rule.id, {
    type: 'string',
    enum: [...SEVERITY_SETTINGS],
    description: `%${severityWordsKey(rule.id)}%`,
  }]));
}

/** The English words of each check id's description, by package.nls.json key, sorted by id. */
export function severityWords(rules: readonly SeverityRule[]): Record<string, string> {
  return Object.fromEntries(byId(rules).map((rule) => [severityWordsKey(rule.id), `${rule.title} (by default: ${rule.defaultSeverity})`]));
}

/**
 * package.nls.json's text with the check ids' descriptions made from `rules`, in one sorted run where the
 * first of them was (or at the end); every other key keeps its words and its place.
 */
export function withSeverityWords(nlsText: string, rules: readonly SeverityRule[]): string {
  const entries = Object.entries(JSON.parse(nlsText) as Record<string, string>);
  const first = entries.findIndex(([key]) => SEVERITY_WORDS_KEY.test(key));
  const kept = entries.filter(([key]) => !SEVERITY_WORDS_KEY.test(key));
  const at = first < 0 ? kept.length : first;
  const words = [...kept.slice(0, at), ...Object.entries(severityWords(rules)), ...kept.slice(at)];
  return `${JSON.stringify(Object.fromEntries(words), null, 2)}\n`;
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
export function withSeverityProperties(manifestText: string, rules: readonly SeverityRule[]): string {
  const path = severitySettingPath(JSON.parse(manifestText) as object);
  const options = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };
  const set = (text: string, key: string, value: unknown) => applyEdits(text, modify(text, [...path, key], value, options));
  return set(set(manifestText, 'properties', severityProperties(rules)), 'additionalProperties', false);
}
