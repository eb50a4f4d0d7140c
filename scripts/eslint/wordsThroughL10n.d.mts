// Types for the rule's unit test (test/unit/wordsThroughL10n.test.ts); the rule itself is plain JavaScript.
import type { Rule } from 'eslint';

export declare const wordsThroughL10n: Rule.RuleModule;
