import { exportDownloadResponse } from "~/modules/data-export/server/export-response";

// GET /exports/:token — the emailed link to a queued archive; only its requester, signed in, gets the file.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  return exportDownloadResponse((await params).token);
}
