import { ProgressBar } from "~/components/ui/progress-bar";
import { cn } from "~/lib/cn";
import type { ProjectProgress } from "~/modules/projects/domain/progress";

/** One small bar per track with "done/target" beside it; `compact` for table rows. */
export function TrackBars({ progress, compact = false }: { progress: ProjectProgress; compact?: boolean }) {
  if (progress.tracks.length === 0) return <p className="text-muted text-xs">No tracks yet</p>;
  return (
    <ul className={cn(compact ? "space-y-1" : "space-y-2")}>
      {progress.tracks.map((track) => (
        <li key={track.id} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-2">
          <span className={cn("text-muted truncate", compact ? "text-xs" : "text-sm")}>{track.name}</span>
          <span className={cn("text-muted tabular-nums", compact ? "text-xs" : "text-sm")} aria-hidden="true">
            {track.interviewed}/{track.targetCount}
          </span>
          <ProgressBar
            className={cn("col-span-2", compact && "h-1.5")}
            value={track.interviewed}
            max={track.targetCount}
            label={`${track.name}: ${track.interviewed} of ${track.targetCount} interviews`}
            tone={track.complete ? "done" : "brand"}
          />
        </li>
      ))}
    </ul>
  );
}
