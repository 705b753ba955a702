import { Button } from "~/components/ui/button";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";

/**
 * The foot of a connect form: its button, what happens while the first read runs (a connect reads the calendar
 * once, which can take seconds), and the server's answer when no field of the form carries it.
 */
export function ConnectSubmit({
  label,
  pending,
  error,
  fields,
}: {
  label: string;
  pending: boolean;
  error: unknown;
  /** The form's own fields: an error on one of them is shown beside it instead. */
  fields: readonly string[];
}) {
  const details = errorDetails(error);
  const besideAField = Object.keys(details.fields).some((field) => fields.includes(field));
  return (
    <div className="space-y-3">
      {error && !besideAField ? (
        <Alert tone="danger" title="Not connected">
          {details.message}
        </Alert>
      ) : null}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-3">
        <Button type="submit" pending={pending} className="w-full sm:w-auto">
          {pending ? "Connecting…" : label}
        </Button>
        <p className="text-muted text-sm" aria-live="polite">
          {pending ? "Reading your calendar once to check it works. This can take a few seconds." : ""}
        </p>
      </div>
    </div>
  );
}
