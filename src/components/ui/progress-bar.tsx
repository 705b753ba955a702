import { cn } from "~/lib/cn";

/**
 * A labelled progress bar (role="progressbar"): `value` of `max`, capped at full. The label is
 * for screen readers and tests ("Agency owners: 3 of 5"); the visible caption is the caller's.
 */
export function ProgressBar({
  value,
  max,
  label,
  tone = "brand",
  className,
}: {
  value: number;
  max: number;
  label: string;
  tone?: "brand" | "warning" | "done";
  className?: string;
}) {
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
      aria-valuetext={`${value} of ${max}`}
      className={cn("h-2 w-full overflow-hidden rounded-full bg-slate-100", className)}
    >
      <div
        className={cn(
          "h-full rounded-full transition-[width]",
          tone === "brand" && "bg-brand-600",
          tone === "warning" && "bg-amber-500",
          tone === "done" && "bg-emerald-600",
        )}
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
