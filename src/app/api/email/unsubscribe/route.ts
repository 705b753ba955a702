import { unsubscribe } from "~/modules/notifications/server/unsubscribe";

// The List-Unsubscribe target. Mail apps POST "List-Unsubscribe=One-Click" here (RFC 8058) with
// no cookies; the confirmation page's button posts a form. A GET (a person, or a scanner
// following the link) only shows that page, so opening the link never unsubscribes anyone.

export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return Response.redirect(new URL(`/email/unsubscribe?token=${encodeURIComponent(token)}`, request.url), 303);
}

export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const done = await unsubscribe(token);
  const body = await request.text().catch(() => "");
  if (body.includes("List-Unsubscribe=One-Click")) {
    return new Response(done ? "Unsubscribed." : "This unsubscribe link is not valid.", { status: done ? 200 : 404 });
  }
  const page = new URL(`/email/unsubscribe?token=${encodeURIComponent(token)}`, request.url);
  if (done) page.searchParams.set("done", "1");
  return Response.redirect(page, 303);
}
