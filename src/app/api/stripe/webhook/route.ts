import { handleStripeWebhook } from "~/modules/billing/server/webhook.service";

// Stripe signs the exact bytes it sends, so the body is read as text and verified before
// anything parses it. Not a tRPC route: no session, no same-origin check — the signature is the check.
export async function POST(request: Request) {
  const result = await handleStripeWebhook(await request.text(), request.headers.get("stripe-signature"));
  return Response.json(result.body, { status: result.status });
}
