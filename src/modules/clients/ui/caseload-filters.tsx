import Link from "next/link";
import { Button } from "~/components/ui/button";
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

/** A plain GET form: filtering and sorting work without JavaScript and end up in the URL. */
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
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label="Filter the caseload"
      className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_minmax(0,1.3fr)_minmax(0,1.3fr)_auto_auto] lg:items-end"
    >
      <div className="space-y-1.5">
        <label htmlFor="caseload-q" className="text-ink block text-sm font-medium">
          Search by name
        </label>
        <input id="caseload-q" name="q" type="search" defaultValue={query.search} maxLength={100} className={control} />
      </div>
      {coaches.length > 0 && (
        <div className="space-y-1.5">
          <label htmlFor="caseload-coach" className="text-ink block text-sm font-medium">
            Coach
          </label>
          <select id="caseload-coach" name="coach" defaultValue={query.coachProfileId ?? ""} className={control}>
            <option value="">Every coach</option>
            {coaches.map((coach) => (
              <option key={coach.id} value={coach.id}>
                {coach.displayName}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="space-y-1.5">
        <label htmlFor="caseload-sort" className="text-ink block text-sm font-medium">
          Sort by
        </label>
        <select id="caseload-sort" name="sort" defaultValue={sort} className={control}>
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
          defaultChecked={query.stalledOnly}
          className="accent-brand-700 size-4"
        />
        Stalled only
      </label>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary">
          Apply
        </Button>
        <Link href={action} className="text-muted text-sm hover:underline">
          Reset
        </Link>
      </div>
    </form>
  );
}
