import { checkReadiness } from "~/server/db/readiness";

// Readiness for load balancers: 200 while this instance should get traffic, 503 (with the reason)
// while its database is unreachable or behind this build's migrations. While the instance drains
// on SIGTERM, scripts/serve.ts answers 503 here before the request reaches the app.
export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness();
  const headers = { "Cache-Control": "no-store" };
  if (readiness.ready) return Response.json({ status: "ready" }, { headers });
  return Response.json({ status: "unavailable", reason: readiness.reason }, { status: 503, headers });
}
