// Types for the rule's unit test (test/unit/noDroppedDisposable.test.ts); the rule itself is plain JavaScript.
import type { Rule } from 'eslint';

export declare const noDroppedDisposable: Rule.RuleModule;
