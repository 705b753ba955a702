// Liveness for load balancers and process supervisors: the process answers. It touches nothing
// else, so a database outage never gets healthy instances restarted (that is /api/ready's job).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
