import { exportRequestResponse } from "~/modules/data-export/server/export-response";

// POST /api/data-export/practices/:slug — the whole practice, for its owner, as a zip or an emailed link.
export async function POST(request: Request, { params }: { params: Promise<{ practiceSlug: string }> }) {
  const { practiceSlug } = await params;
  return exportRequestResponse(request, { practiceSlug, page: `/p/${encodeURIComponent(practiceSlug)}/settings` });
}
