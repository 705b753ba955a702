import { Button } from "~/components/ui/button";
import { cn } from "~/lib/cn";

/** The small submit-and-cancel row that ends the workspace's inline forms. */
export function SubmitOrCancel({
  label,
  pending,
  onCancel,
  className,
}: {
  label: string;
  pending: boolean;
  onCancel: () => void;
  className?: string;
}) {
  return (
    <div className={cn("flex flex-wrap gap-2", className)}>
      <Button type="submit" size="sm" pending={pending}>
        {label}
      </Button>
      <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
