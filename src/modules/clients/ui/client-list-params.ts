import { CLIENT_STATUSES, type ClientListInput } from "../schemas";
import { one, type SearchParams } from "./caseload-params";

// The clients page keeps its search, status filter and page in the URL, like the caseload:
// the filter is a plain GET form, and a filtered page can be bookmarked or shared.

type StatusFilter = NonNullable<ClientListInput["status"]>;

export function clientListQueryFrom(params: SearchParams): Required<ClientListInput> {
  const status = one(params.status).toUpperCase();
  const page = Number.parseInt(one(params.page), 10);
  return {
    search: one(params.q).slice(0, 100),
    status: (CLIENT_STATUSES as readonly string[]).includes(status) ? (status as StatusFilter) : "ALL",
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, 10_000) : 1,
  };
}

export function clientListHref(base: string, query: Required<ClientListInput>, change: Partial<ClientListInput> = {}) {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.search) params.set("q", next.search);
  if (next.status !== "ALL") params.set("status", next.status.toLowerCase());
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}
