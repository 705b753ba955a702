"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { TextAreaField } from "~/components/ui/labelled-controls";
import { Alert, Badge, Card, CardHeader } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { LimitAwareAlert } from "~/modules/billing/ui/limit-alert";
import { useTRPC } from "~/trpc/react";
import { FILE_TOO_LARGE, IMPORT_LIMITS, type PlannedRow, type RowOutcome } from "../domain/client-import";

const OUTCOME: Record<RowOutcome, { label: string; tone: "success" | "neutral" | "danger" }> = {
  create: { label: "New client", tone: "success" },
  skip: { label: "Skipped", tone: "neutral" },
  error: { label: "Not imported", tone: "danger" },
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The CSV import: a file (or pasted text) → a preview computed by the server with the same rule
 * the import uses → the import of the new rows, all at once. Changing the text drops the preview,
 * so what is imported is always what was previewed.
 */
export function ClientImport({ practiceSlug, billingHref }: { practiceSlug: string; billingHref: string | null }) {
  const trpc = useTRPC();
  const fileHint = useId();
  const [csv, setCsv] = useState("");
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const preview = useMutation(trpc.clients.previewImport.mutationOptions());
  const run = useMutation(trpc.clients.import.mutationOptions({ onSuccess: () => preview.reset() }));
  const csvError = errorDetails(preview.error).fields.csv;

  const replaceText = (text: string) => {
    setCsv(text);
    preview.reset();
    run.reset();
  };

  async function readFile(file: File | undefined) {
    setFileProblem(null);
    if (!file) return;
    if (file.size > IMPORT_LIMITS.characters) {
      setFileProblem(FILE_TOO_LARGE);
      return;
    }
    replaceText(await file.text());
    setFileName(file.name);
  }

  const plan = preview.data;
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="1. Choose the file"
          description={`A CSV with a first line naming the columns: name and email, and optionally time_zone, coach (their email or booking-page name) and note. Up to ${IMPORT_LIMITS.rows} rows per file.`}
        />
        <form
          noValidate
          className="space-y-4 px-5 py-4"
          onSubmit={(event) => {
            event.preventDefault();
            run.reset();
            preview.mutate({ practiceSlug, csv });
          }}
        >
          <div className="space-y-1.5">
            <label htmlFor={`${fileHint}-file`} className="text-ink block text-sm font-medium">
              CSV file
            </label>
            <input
              id={`${fileHint}-file`}
              type="file"
              accept=".csv,text/csv"
              aria-describedby={fileHint}
              onChange={(event) => {
                void readFile(event.target.files?.[0]);
                // Emptied, so choosing the same file again (after fixing it) reads it again.
                event.target.value = "";
              }}
              className="file:border-line file:text-ink block w-full min-w-0 text-sm file:mr-3 file:rounded-lg file:border file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
            />
            <p id={fileHint} className="text-muted text-xs">
              {fileName
                ? `Read ${fileName}: its text is below.`
                : "Export it from your spreadsheet or your old tool as “CSV (UTF-8)”."}
            </p>
            {fileProblem && <Alert tone="danger">{fileProblem}</Alert>}
          </div>
          <TextAreaField
            label="Or paste its text"
            name="csv"
            rows={6}
            value={csv}
            onChange={(event) => {
              setFileName(null);
              replaceText(event.target.value);
            }}
            placeholder={"name,email,time_zone,coach,note\nAda Lovell,ada@example.com,Europe/London,,Met at the fair"}
            className="font-mono text-xs"
            error={csvError}
          />
          {preview.error && !csvError && <Alert tone="danger">{errorDetails(preview.error).message}</Alert>}
          <Button type="submit" pending={preview.isPending} disabled={!csv.trim()}>
            Preview
          </Button>
        </form>
      </Card>

      {run.data && (
        <Alert tone="success" title="Import finished">
          {run.data.created > 0
            ? `${plural(run.data.created, "client was", "clients were")} added and emailed a link to sign in.`
            : "Nothing new was added: every row is already a client or has a problem."}{" "}
          {run.data.skipped > 0 && `${plural(run.data.skipped, "row was", "rows were")} skipped (already clients). `}
          {run.data.refused > 0 && `${plural(run.data.refused, "row had", "rows had")} problems and were left out. `}
          <Link href={`/p/${practiceSlug}/clients`} className="font-medium underline">
            See your clients
          </Link>
        </Alert>
      )}

      {plan && (
        <Card>
          <CardHeader
            title="2. Check the preview"
            description={`${plural(plan.counts.create, "new client", "new clients")}, ${plural(plan.counts.skip, "already a client", "already clients")}, ${plural(plan.counts.error, "row with a problem", "rows with problems")}.`}
          />
          <div className="space-y-4 px-5 py-4">
            {plan.ignoredColumns.length > 0 && <Alert>Columns not imported: {plan.ignoredColumns.join(", ")}.</Alert>}
            {plan.room !== null && plan.counts.create > plan.room && (
              <Alert tone="warning">
                The free plan has room for {plan.room} more active {plan.room === 1 ? "client" : "clients"}, so this
                file cannot be imported as it is. Remove rows, or upgrade first.
              </Alert>
            )}
            <PreviewRows rows={plan.rows} />
            {run.error && <LimitAwareAlert error={run.error} billingHref={billingHref} />}
            {plan.counts.create > 0 ? (
              <Button pending={run.isPending} onClick={() => run.mutate({ practiceSlug, csv })}>
                Import {plural(plan.counts.create, "client", "clients")}
              </Button>
            ) : (
              <p className="text-sm font-medium">Nothing new to import.</p>
            )}
          </div>
        </Card>
      )}
    </div>
  );
}

function PreviewRows({ rows }: { rows: PlannedRow[] }) {
  return (
    <ol className="divide-line border-line divide-y rounded-lg border" aria-label="Rows of the file">
      {rows.map((row) => {
        const outcome = OUTCOME[row.outcome];
        return (
          <li
            key={row.row}
            className="grid gap-x-4 gap-y-1 px-3 py-2 text-sm sm:grid-cols-[4rem_minmax(0,1fr)_minmax(0,1fr)_auto]"
          >
            <span className="text-muted">Row {row.row}</span>
            <span className="min-w-0">
              <span className="font-medium break-words">{row.name || "(no name)"}</span>{" "}
              <span className="text-muted break-all">{row.email}</span>
            </span>
            <span className="text-muted min-w-0 break-words">
              {[row.coachName, row.timeZone].filter(Boolean).join(" · ")}
            </span>
            <span>
              <Badge tone={outcome.tone}>{outcome.label}</Badge>
            </span>
            {row.reasons.length > 0 && (
              <ul className="text-muted sm:col-span-3 sm:col-start-2">
                {row.reasons.map((reason) => (
                  <li key={reason} className={row.outcome === "error" ? "text-red-700" : undefined}>
                    {reason}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
