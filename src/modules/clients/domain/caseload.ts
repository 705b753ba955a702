// The caseload's rules: when a project counts as stalled, and how rows are sorted, filtered and
// paged. Data in, data out; the service loads the numbers with a fixed number of queries.

const DAY_MS = 86_400_000;

export const STALLED_DAYS = { min: 1, max: 60, default: 7 } as const;
const CASELOAD_PAGE_SIZE = 50;
export const CASELOAD_SORTS = ["activity", "progress", "awaiting", "name"] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];
export type SortDirection = "asc" | "desc";

/** The direction each column sorts in first: what needs attention on top. */
export const DEFAULT_DIRECTION: Record<CaseloadSort, SortDirection> = {
  activity: "asc",
  progress: "asc",
  awaiting: "desc",
  name: "asc",
};

export interface CaseloadRowData {
  clientName: string;
  /** Interviews done over the project's target (0–1), null without an active project. */
  progress: number | null;
  lastActivityAt: Date | null;
  awaitingReview: number;
  stalled: boolean;
}

/** Whole days since the last outreach or reflection. */
export function daysIdle(lastActivityAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - lastActivityAt.getTime()) / DAY_MS));
}

/** No outreach or reflection for `stalledAfterDays` days or more. */
export function isStalled(lastActivityAt: Date, now: Date, stalledAfterDays: number): boolean {
  return now.getTime() - lastActivityAt.getTime() >= stalledAfterDays * DAY_MS;
}

// One collator for every comparison: localeCompare with options builds one per call (50 ms for 500 rows).
const NAME_ORDER = new Intl.Collator("en", { sensitivity: "base" });
const byName = (a: CaseloadRowData, b: CaseloadRowData) => NAME_ORDER.compare(a.clientName, b.clientName);

// Rows without a value (no project yet) go last in either direction: they have nothing to compare.
function compareNullable(a: number | null, b: number | null, direction: SortDirection): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return direction === "asc" ? a - b : b - a;
}

export function sortCaseload<Row extends CaseloadRowData>(
  rows: readonly Row[],
  sort: CaseloadSort,
  direction: SortDirection,
): Row[] {
  const value = (row: Row): number | null => {
    if (sort === "activity") return row.lastActivityAt?.getTime() ?? null;
    if (sort === "progress") return row.progress;
    return row.awaitingReview;
  };
  return [...rows].sort((a, b) => {
    if (sort === "name") return direction === "asc" ? byName(a, b) : byName(b, a);
    return compareNullable(value(a), value(b), direction) || byName(a, b);
  });
}

export interface Page<Row> {
  items: Row[];
  page: number;
  pageCount: number;
  total: number;
}

/** One page of rows; a page past the end shows the last page rather than nothing. */
export function paginate<Row>(rows: readonly Row[], page: number, size = CASELOAD_PAGE_SIZE): Page<Row> {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  return { items: rows.slice((current - 1) * size, current * size), page: current, pageCount, total: rows.length };
}

const RELATIVE = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["day", DAY_MS],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "3 days ago", "yesterday", "in 2 hours", "just now". */
export function relativeTime(instant: Date, now: Date): string {
  const diff = instant.getTime() - now.getTime();
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size) return RELATIVE.format(Math.trunc(diff / size), unit);
  }
  return "just now";
}
