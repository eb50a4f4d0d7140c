// The pictures' colours, all from VS Code's theme variables, so light, dark and high-contrast themes all
// read; and the looks that never rest on colour alone: a shape, filled or hollow, or a word beside it.
// The words are the page's (words.ts has set the language before this module runs).
import * as l10n from '@vscode/l10n';
import type { OneOnOneWeek } from '../../core/pictures/pictureData';

export const colour = {
  red: 'var(--vscode-charts-red)',
  green: 'var(--vscode-charts-green)',
  blue: 'var(--vscode-charts-blue)',
  yellow: 'var(--vscode-charts-yellow)',
  orange: 'var(--vscode-charts-orange)',
  purple: 'var(--vscode-charts-purple)',
  text: 'var(--vscode-charts-foreground)',
  lines: 'var(--vscode-charts-lines)',
  quiet: 'var(--vscode-descriptionForeground)',
  background: 'var(--vscode-editor-background)',
} as const;

export type FeedbackKind = 'positive' | 'corrective';

/** Positive feedback is a green circle, corrective a blue triangle: told apart by colour and by shape. */
export const KIND_LOOK: Record<FeedbackKind, { colour: string; symbol: 'circle' | 'triangle'; word: string }> = {
  positive: { colour: colour.green, symbol: 'circle', word: l10n.t('Positive') },
  corrective: { colour: colour.blue, symbol: 'triangle', word: l10n.t('Corrective') },
};

type WeekState = OneOnOneWeek['state'];

/**
 * A week of the 1:1 strip: held is a quiet filled cell, missed a loud red one with a cross on it, away a
 * dashed outline, not due a faint outline, before and after a person was managed hardly there.
 */
export const WEEK_LOOK: Record<WeekState, { fill: string; fillOpacity: number; stroke: string; word: string }> = {
  held: { fill: colour.green, fillOpacity: 0.55, stroke: 'none', word: l10n.t('1:1 held') },
  missed: { fill: colour.red, fillOpacity: 1, stroke: colour.red, word: l10n.t('missed') },
  away: { fill: 'none', fillOpacity: 1, stroke: colour.quiet, word: l10n.t('away') },
  'not-due': { fill: 'none', fillOpacity: 1, stroke: colour.lines, word: l10n.t('no 1:1 due') },
  before: { fill: colour.lines, fillOpacity: 0.15, stroke: 'none', word: l10n.t('before you managed them') },
  ended: { fill: colour.lines, fillOpacity: 0.15, stroke: 'none', word: l10n.t('after you managed them') },
};

/** Feedback given later is drawn fainter: fresh feedback is worth most. */
export function delayOpacity(delay: number): number {
  return delay <= 2 ? 1 : delay <= 7 ? 0.65 : 0.35;
}

/** The stages of a topic's arc: each its colour and its shape. */
export const STAGE_LOOK: Record<'supportive' | 'socratic' | 'plan' | 'review', { colour: string; symbol: 'circle' | 'diamond' | 'square' | 'star'; word: string }> = {
  supportive: { colour: colour.green, symbol: 'circle', word: l10n.t('supportive') },
  socratic: { colour: colour.yellow, symbol: 'diamond', word: l10n.t('Socratic') },
  plan: { colour: colour.orange, symbol: 'square', word: l10n.t('plan') },
  review: { colour: colour.purple, symbol: 'star', word: l10n.t('plan review') },
};
