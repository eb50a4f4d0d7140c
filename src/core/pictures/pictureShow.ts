// What the pictures' panel shows: which picture, whose history over which range, and the overview's
// order. The page keeps it in its state, so that the panel shows the same after a reload.
import { SORT_KEYS, TIMELINE_RANGES, type SortKey, type TimelineRange } from './pictureKeys';

export const PICTURE_VIEWS = ['overview', 'timeline', 'habits'] as const;
export type PictureView = (typeof PICTURE_VIEWS)[number];

export interface PictureShow {
  readonly view: PictureView;
  readonly personId?: string;
  readonly range: TimelineRange;
  readonly sort: SortKey;
}

/** The first picture: the team, most urgent first; a history opens on six months. */
export const FIRST_SHOW: PictureShow = { view: 'overview', range: '6m', sort: 'urgency' };

const oneOf = <T extends string>(list: readonly T[], value: unknown): T | undefined => (list as readonly unknown[]).includes(value) ? (value as T) : undefined;

/** What the page kept of what it showed (its state, as VS Code hands it back after a reload); anything odd gives the first picture. */
export function showFromState(state: unknown): PictureShow {
  const show = typeof state === 'object' && state !== null ? (state as { show?: unknown }).show : undefined;
  if (typeof show !== 'object' || show === null) return FIRST_SHOW;
  const s = show as Record<string, unknown>;
  const personId = typeof s.personId === 'string' && s.personId.length > 0 && s.personId.length <= 1000 ? s.personId : undefined;
  return {
    view: oneOf(PICTURE_VIEWS, s.view) ?? FIRST_SHOW.view,
    ...(personId !== undefined ? { personId } : {}),
    range: oneOf(TIMELINE_RANGES, s.range) ?? FIRST_SHOW.range,
    sort: oneOf(SORT_KEYS, s.sort) ?? FIRST_SHOW.sort,
  };
}
