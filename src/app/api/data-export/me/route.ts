import { exportRequestResponse } from "~/modules/data-export/server/export-response";

// POST /api/data-export/me — everything held about the signed-in person, as a zip or an emailed link.
export function POST(request: Request) {
  return exportRequestResponse(request, { page: "/profile/data" });
}
