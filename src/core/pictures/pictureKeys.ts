// The keys of the pictures' choices: the overview's orders and a history's ranges. Plain lists, so the
// panel and the page's state can use them without the schemas.
export const SORT_KEYS = ['urgency', 'name'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const TIMELINE_RANGES = ['3m', '6m', '1y', 'all'] as const;
export type TimelineRange = (typeof TIMELINE_RANGES)[number];
