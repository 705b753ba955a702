// Every block on a home page has the same shape: how many things wait in all, and the first few
// of them, in the order the block's rule puts them. The home is a list of what to do next, not a
// report: the rest is one "see all" link away.

export const BLOCK_ROWS = 5;

/** How far back "recent" reaches: a coach's comments for the client, check-ins for the coach. */
export const RECENT_DAYS = 14;

const DAY_MS = 86_400_000;

export interface Block<Row> {
  count: number;
  rows: Row[];
}

/** The first rows of an ordered list, with the count of all of them (a query may have counted beyond the rows). */
export function blockOf<Row>(rows: readonly Row[], count: number = rows.length): Block<Row> {
  return { count: Math.max(count, Math.min(rows.length, BLOCK_ROWS)), rows: rows.slice(0, BLOCK_ROWS) };
}

/** The instant `days` whole days before `now`. */
export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);
