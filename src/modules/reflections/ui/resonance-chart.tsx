import { cn } from "~/lib/cn";

/** One track's resonance: a bar to the average on the 1–5 scale, and a dot per rating beneath. */
export function ResonanceChart({ ratings, average }: { ratings: number[]; average: number | null }) {
  const summary =
    average === null
      ? "No ratings yet"
      : `Average resonance ${average.toFixed(1)} of 5 from ${ratings.length} ${ratings.length === 1 ? "rating" : "ratings"}`;
  return (
    <figure className="space-y-2">
      <div className="flex items-baseline justify-between gap-2">
        <figcaption className="text-muted text-xs font-medium tracking-wide uppercase">Resonance</figcaption>
        <span className="text-sm font-semibold">{average === null ? "—" : `${average.toFixed(1)} / 5`}</span>
      </div>
      <div role="img" aria-label={summary} className="space-y-1.5">
        <div className="h-2 w-full overflow-hidden rounded-full bg-slate-100">
          <div className="bg-brand-600 h-full rounded-full" style={{ width: `${((average ?? 0) / 5) * 100}%` }} />
        </div>
        <div className="grid grid-cols-5 gap-1 text-center" aria-hidden="true">
          {[1, 2, 3, 4, 5].map((value) => {
            const count = ratings.filter((rating) => rating === value).length;
            return (
              <div key={value} className="flex flex-col items-center gap-0.5">
                <div className="flex min-h-3 flex-wrap justify-center gap-0.5">
                  {Array.from({ length: count }, (_, i) => (
                    <span
                      key={i}
                      className={cn("size-2.5 rounded-full", value >= 4 ? "bg-brand-600" : "bg-slate-400")}
                    />
                  ))}
                </div>
                <span className="text-muted text-[10px]">{value}</span>
              </div>
            );
          })}
        </div>
      </div>
    </figure>
  );
}
