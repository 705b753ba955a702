import { describe, expect, it } from "vitest";
import { POST } from "~/app/api/stripe/webhook/route";
import { env } from "~/env";
import { prisma } from "~/server/db/client";
import { callerFor, expectTRPCError } from "~/test/callers";
import { createClient, createPractice } from "../../../../prisma/factories";

// A fresh machine has no Stripe keys: every practice is on the free tier, the billing page can
// still be shown, and nothing that would need Stripe crashes.

describe("billing without Stripe keys", () => {
  it("runs every practice on the free tier and says Stripe is not connected", async () => {
    expect(env.STRIPE_SECRET_KEY).toBeUndefined();
    const { practice, owner } = await createPractice(prisma);
    for (let i = 0; i < 3; i++) await createClient(prisma, practice.id, { status: "ACTIVE" });
    const lead = await createClient(prisma, practice.id);
    const api = callerFor(owner);

    const overview = await api.billing.overview({ practiceSlug: practice.slug });
    expect(overview).toMatchObject({
      configured: false,
      standing: { tier: "free", access: "full" },
      plan: { id: "free" },
      seats: { used: 0, paid: 1 },
      clients: { active: 3, limit: 3 },
      invoices: [],
    });
    await expectTRPCError(
      api.clients.setStatus({ practiceSlug: practice.slug, clientId: lead.id, status: "ACTIVE" }),
      "PAYMENT_REQUIRED",
    );
    const checkout = await expectTRPCError(
      api.billing.startCheckout({ practiceSlug: practice.slug, interval: "month" }),
      "BAD_REQUEST",
    );
    expect(checkout.message).toMatch(/not connected to Stripe/);
    await expectTRPCError(api.billing.openPortal({ practiceSlug: practice.slug }), "BAD_REQUEST");

    const webhook = await POST(
      new Request("http://localhost:3000/api/stripe/webhook", {
        method: "POST",
        body: "{}",
        headers: { "stripe-signature": "t=1,v1=x" },
      }),
    );
    expect(webhook.status).toBe(404);
    expect(await prisma.practiceSubscription.count()).toBe(0);
  });
});
