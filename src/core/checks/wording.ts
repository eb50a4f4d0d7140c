// Small pieces of the messages the coaching checks write.

/** `1 day`, `9 days`. */
export function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** A day count relative to today: `today`, `yesterday`, `4 days ago`, `tomorrow`, `in 3 days`. */
export function daysAgo(n: number): string {
  if (n === 0) return 'today';
  if (n === 1) return 'yesterday';
  if (n === -1) return 'tomorrow';
  return n > 0 ? `${n} days ago` : `in ${-n} days`;
}

/** What the documentation of each check that counts days says about time away. */
export const PAUSED_WHILE_AWAY =
  'Time away written in person.yaml (`away:`) pauses it: quiet while the person is away, and the days away do not '
  + 'count once they are back.';

/** `once`, `twice`, `3 times`. */
export function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** A text in quotes, cut to its first `max` characters (and one line) for a one-line message. */
export function quoted(text: string, max = 60): string {
  const line = text.split(/\r?\n/, 1)[0]?.trim() ?? '';
  return `"${line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line}"`;
}

/** `, not counting 14 days away` when days away were left out of a count; '' otherwise. */
export function notCountingAway(n: number): string {
  return n > 0 ? `, not counting ${days(n)} away` : '';
}
