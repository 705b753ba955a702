import { projectExportResponse } from "~/modules/reflections/server/export-download";

// GET /p/:slug/projects/:id/export/markdown | csv — the project as a file (see export-download.ts).
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ practiceSlug: string; projectId: string; format: string }> },
) {
  return projectExportResponse(await params);
}
