// How an archive reaches its requester. A small one is built in the request and downloaded at
// once; above INLINE_ROW_LIMIT rows the web server would hold the request (and a few MB) for
// seconds, so the worker builds it and emails a link instead. Rows are counted before anything is read.

export const INLINE_ROW_LIMIT = 5_000;

/** How long an emailed link downloads its archive; the cleanup job deletes it then. */
export const EXPORT_LINK_DAYS = 7;

/** A queued export the worker never built (its job failed every retry) is given up after this long. */
export const PENDING_EXPORT_GIVE_UP_HOURS = 24;

export type ExportDelivery = "DOWNLOAD" | "EMAIL";

export const deliveryFor = (rowCount: number, inlineRowLimit = INLINE_ROW_LIMIT): ExportDelivery =>
  rowCount > inlineRowLimit ? "EMAIL" : "DOWNLOAD";

export const linkExpiresAt = (readyAt: Date) => new Date(readyAt.getTime() + EXPORT_LINK_DAYS * 86_400_000);

export type ExportState = "PENDING" | "READY" | "EXPIRED";

/** What the page shows: a READY row past its expiry is expired even before the cleanup job ran. */
export function exportStateAt(row: { status: ExportState; expiresAt: Date | null }, now: Date): ExportState {
  if (row.status === "READY" && row.expiresAt && row.expiresAt <= now) return "EXPIRED";
  return row.status;
}
