import { CASELOAD_SORTS, type CaseloadSort, type SortDirection } from "../domain/caseload";
import type { CaseloadInput } from "../schemas";

// The caseload's state lives in the URL (so sorting, filtering and paging work without
// JavaScript and links can be shared). Unknown or malformed values fall back to defaults.
// Column headers sort through small GET forms, so they are real buttons and still need no script.

export type SearchParams = Record<string, string | string[] | undefined>;

/** A search param's first value, trimmed; "" when absent. */
export const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

export function caseloadQueryFrom(params: SearchParams): CaseloadInput {
  const sort = one(params.sort);
  const direction = one(params.dir);
  const page = Number.parseInt(one(params.page), 10);
  const coach = one(params.coach);
  return {
    sort: (CASELOAD_SORTS as readonly string[]).includes(sort) ? (sort as CaseloadSort) : "activity",
    direction: direction === "asc" || direction === "desc" ? direction : undefined,
    stalledOnly: one(params.stalled) === "1",
    search: one(params.q).slice(0, 100),
    coachProfileId: coach && coach.length <= 64 ? coach : undefined,
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, 10_000) : 1,
  };
}

/** The page's URL with some of its state changed; defaults are left out to keep links short. */
export function caseloadHref(base: string, query: CaseloadInput, change: Partial<CaseloadInput> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.sort && next.sort !== "activity") params.set("sort", next.sort);
  if (next.direction) params.set("dir", next.direction);
  if (next.stalledOnly) params.set("stalled", "1");
  if (next.search) params.set("q", next.search);
  if (next.coachProfileId) params.set("coach", next.coachProfileId);
  if (next.page && next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}

/** Clicking a column: sort by it, or flip the direction when it is already the sort. */
export function sortHref(
  base: string,
  query: CaseloadInput,
  current: { sort: CaseloadSort; direction: SortDirection },
  column: CaseloadSort,
): string {
  const direction: SortDirection | undefined =
    current.sort === column ? (current.direction === "asc" ? "desc" : "asc") : undefined;
  return caseloadHref(base, query, { sort: column, direction, page: 1 });
}

/** A caseload URL as the GET form that goes there: its action and the hidden fields it submits. */
export function formTargetOf(href: string): { action: string; fields: Array<[name: string, value: string]> } {
  const [action = href, search = ""] = href.split("?", 2);
  return { action, fields: [...new URLSearchParams(search)] };
}
