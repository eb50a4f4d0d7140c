// Every coaching rule, in the order docs/checks.md lists them. Each group lives in its own module.
import { escalationRules } from './escalation';
import type { Rule } from './rule';
import { leadingLanguageRule } from './socraticLanguage';

export const allRules: readonly Rule[] = [
  ...escalationRules,
  leadingLanguageRule,
];
