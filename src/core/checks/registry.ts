// Every coaching rule, in the order docs/checks.md lists them. Each group lives in its own module.
import type { Rule } from './rule';

export const allRules: readonly Rule[] = [
];
