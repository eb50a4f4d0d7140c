// Every coaching rule, in the order docs/checks.md lists them. Each group lives in its own module.
import { actionRules } from './actions';
import { cadenceRules } from './cadence';
import { coachingContentRules } from './coachingContent';
import { escalationRules } from './escalation';
import { feedbackImmediacyRules } from './feedbackImmediacy';
import { professionalRules } from './professionals';
import { recognitionRules } from './recognition';
import { cultureRules } from './recurringBarrier';
import type { Rule } from './rule';
import { snoozeRules } from './snooze';
import { leadingLanguageRule } from './socraticLanguage';
import { staleFeedbackRules } from './staleFeedback';
import { topicIdRules } from './topicIdTypo';
import { unwrittenEntryRules } from './unwrittenEntry';

export const allRules: readonly Rule[] = [
  ...escalationRules,
  ...topicIdRules,
  leadingLanguageRule,
  ...feedbackImmediacyRules,
  ...staleFeedbackRules,
  ...coachingContentRules,
  ...professionalRules,
  ...recognitionRules,
  ...cadenceRules,
  ...actionRules,
  ...cultureRules,
  ...snoozeRules,
  ...unwrittenEntryRules,
];
