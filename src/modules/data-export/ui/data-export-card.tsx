import { Button } from "~/components/ui/button";
import { Alert, Badge, Card, CardHeader } from "~/components/ui/surface";
import type { ExportRow } from "./export-rows";

// A plain form: the route handler answers with the file (the browser saves it and stays on the
// page) or sends the browser back here with `?export=queued|limited`. Works without JavaScript.

const STATES = {
  PENDING: { label: "Preparing", tone: "warning" },
  READY: { label: "Ready", tone: "success" },
  EXPIRED: { label: "Expired", tone: "neutral" },
} as const;

const OUTCOMES = {
  queued: {
    tone: "success",
    text: "That is a large archive, so we are preparing it. We'll email you a link to download it, usually within a few minutes.",
  },
  limited: {
    tone: "warning",
    text: "You have asked for several exports in the last hour. Use the newest one, or try again later.",
  },
} as const;

export function DataExportCard({
  title,
  description,
  action,
  buttonLabel,
  contents,
  leftOut,
  exports,
  outcome,
}: {
  title: string;
  description: string;
  /** The route handler the form posts to. */
  action: string;
  buttonLabel: string;
  /** What the archive holds, one phrase each. */
  contents: readonly string[];
  /** What the archive deliberately does not hold, when the reader could expect it. */
  leftOut?: string;
  exports: ExportRow[];
  outcome: string | undefined;
}) {
  const notice = outcome === "queued" || outcome === "limited" ? OUTCOMES[outcome] : null;
  return (
    <Card>
      <CardHeader title={title} description={description} />
      <div className="space-y-4 px-5 py-4">
        {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
        <div>
          <p className="text-ink text-sm font-medium">The archive holds</p>
          <ul className="text-muted mt-1 list-disc space-y-0.5 pl-5 text-sm">
            {contents.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p className="text-muted mt-2 text-sm">
            One .zip file: a JSON file for programs, spreadsheets (CSV) and the reflections to read (Markdown). A small
            archive downloads at once; a large one is emailed to you as a link that works for 7 days.
          </p>
          {leftOut && <p className="text-muted mt-2 text-sm">{leftOut}</p>}
        </div>
        <form method="post" action={action}>
          <Button type="submit">{buttonLabel}</Button>
        </form>
      </div>
      {exports.length > 0 && (
        <div className="border-line border-t">
          <h3 className="text-ink px-5 pt-4 text-sm font-semibold">Emailed exports</h3>
          <ul className="divide-line divide-y">
            {exports.map((row) => (
              <li key={row.id} className="flex flex-wrap items-start justify-between gap-2 px-5 py-3">
                <div className="min-w-0">
                  <p className="text-ink text-sm">Asked for {row.requestedAt}</p>
                  <p className="text-muted text-sm">{row.detail}</p>
                </div>
                <Badge tone={STATES[row.status].tone}>{STATES[row.status].label}</Badge>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
