"use client";

import Form from "next/form";
import Link from "next/link";
import { useState } from "react";
import type { CaseloadSort } from "../domain/caseload";
import type { CaseloadInput } from "../schemas";

const SORT_LABELS: Record<CaseloadSort, string> = {
  activity: "Last activity",
  progress: "Progress",
  awaiting: "Awaiting review",
  name: "Name",
};

const control =
  "border-line text-ink focus:border-brand-600 focus:ring-brand-600/20 block h-10 w-full rounded-lg border bg-white px-3 text-sm shadow-sm focus:ring-2 focus:outline-none";

/**
 * A control's value: the URL's, until the person picks another, which it shows while the page
 * catches up. A new value in the URL (a header sorted, Reset) replaces it.
 */
function useUrlValue<T>(fromUrl: T): [T, (value: T) => void] {
  const [picked, setPicked] = useState({ fromUrl, value: fromUrl });
  if (picked.fromUrl !== fromUrl) setPicked({ fromUrl, value: fromUrl });
  return [picked.fromUrl === fromUrl ? picked.value : fromUrl, (value) => setPicked({ fromUrl, value })];
}

/**
 * A GET form, so filtering and sorting end up in the URL. Choosing a coach, a sort or "Stalled
 * only" applies at once; the search applies on Enter. Without script it is a plain form.
 */
export function CaseloadFilters({
  action,
  query,
  sort,
  coaches,
}: {
  action: string;
  query: CaseloadInput;
  sort: CaseloadSort;
  coaches: Array<{ id: string; displayName: string }>;
}) {
  const [search, setSearch] = useUrlValue(query.search ?? "");
  const [coach, setCoach] = useUrlValue(query.coachProfileId ?? "");
  const [sortBy, setSortBy] = useUrlValue<string>(sort);
  const [stalledOnly, setStalledOnly] = useUrlValue(Boolean(query.stalledOnly));
  const apply = (event: React.ChangeEvent<HTMLSelectElement | HTMLInputElement>) => event.target.form?.requestSubmit();
  return (
    <Form
      action={action}
      scroll={false}
      role="search"
      aria-label="Filter the caseload"
      className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_minmax(0,1.3fr)_minmax(0,1.3fr)_auto_auto] lg:items-end"
    >
      <div className="space-y-1.5">
        <label htmlFor="caseload-q" className="text-ink block text-sm font-medium">
          Search by name
        </label>
        <input
          id="caseload-q"
          name="q"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          maxLength={100}
          className={control}
        />
      </div>
      {coaches.length > 0 && (
        <div className="space-y-1.5">
          <label htmlFor="caseload-coach" className="text-ink block text-sm font-medium">
            Coach
          </label>
          <select
            id="caseload-coach"
            name="coach"
            value={coach}
            onChange={(event) => {
              setCoach(event.target.value);
              apply(event);
            }}
            className={control}
          >
            <option value="">Every coach</option>
            {coaches.map((option) => (
              <option key={option.id} value={option.id}>
                {option.displayName}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="space-y-1.5">
        <label htmlFor="caseload-sort" className="text-ink block text-sm font-medium">
          Sort by
        </label>
        <select
          id="caseload-sort"
          name="sort"
          value={sortBy}
          onChange={(event) => {
            setSortBy(event.target.value);
            apply(event);
          }}
          className={control}
        >
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <label className="text-ink flex h-10 items-center gap-2 text-sm font-medium">
        <input
          type="checkbox"
          name="stalled"
          value="1"
          checked={stalledOnly}
          onChange={(event) => {
            setStalledOnly(event.target.checked);
            apply(event);
          }}
          className="accent-brand-700 size-4"
        />
        Stalled only
      </label>
      <Link href={action} className="text-muted flex h-10 items-center text-sm hover:underline">
        Reset
      </Link>
    </Form>
  );
}
