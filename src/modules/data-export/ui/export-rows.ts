import { formatInstant } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";

/** A queued export as the pages list it, in the reader's words and zone. */
export interface ExportRow {
  id: string;
  status: "PENDING" | "READY" | "EXPIRED";
  requestedAt: string;
  /** What to say beside the state: when it expires or expired, or that it is on its way. */
  detail: string;
}

const sizeOf = (bytes: number | null) =>
  bytes === null
    ? ""
    : bytes < 1_000_000
      ? `${Math.max(1, Math.round(bytes / 1000))} KB`
      : `${(bytes / 1_000_000).toFixed(1)} MB`;

export function toExportRows(
  exports: ReadonlyArray<{
    id: string;
    status: ExportRow["status"];
    createdAt: Date;
    expiresAt: Date | null;
    byteSize: number | null;
  }>,
  { zone, reader }: { zone: string; reader: ViewerLocale },
): ExportRow[] {
  return exports.map((row) => {
    const expiresAt = row.expiresAt && formatInstant(row.expiresAt, zone, reader);
    const detail =
      row.status === "PENDING"
        ? "Being prepared. We'll email you a download link."
        : row.status === "READY"
          ? `${sizeOf(row.byteSize)} · the link in your email works until ${expiresAt}.`
          : expiresAt
            ? `The link expired ${expiresAt}; the archive is deleted.`
            : "It could not be prepared. Ask for a new one.";
    return { id: row.id, status: row.status, requestedAt: formatInstant(row.createdAt, zone, reader), detail };
  });
}
