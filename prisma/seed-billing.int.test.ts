import { describe, expect, it } from "vitest";
import { prisma } from "~/server/db/client";
import { callerFor } from "~/test/callers";
import { addMember, createPractice } from "./factories";
import { seedDemoTrial } from "./seed-billing";

// The demo's team (two coaches, more than three active clients) must fit its plan.

async function demoLikePractice() {
  const { practice, owner } = await createPractice(prisma);
  for (const role of ["COACH", "COACH"] as const) await addMember(prisma, practice.id, role);
  const clients = [];
  for (let n = 0; n < 4; n++) {
    clients.push(
      await prisma.client.create({
        data: { practiceId: practice.id, name: `Client ${n}`, email: `client${n}-${practice.id}@example.com` },
      }),
    );
  }
  return { practice, owner, clients };
}

describe("seedDemoTrial", () => {
  it("puts a two-coach practice on a trial with a seat per coach, so its team fits the plan", async () => {
    const { practice, owner, clients } = await demoLikePractice();
    const now = new Date("2026-11-23T09:00:00Z");
    await seedDemoTrial(prisma, practice.id, { stripeConfigured: false, now });

    const api = callerFor(owner);
    const overview = await api.billing.overview({ practiceSlug: practice.slug });
    expect(overview).toMatchObject({
      standing: { tier: "paid", access: "full" },
      status: "trialing",
      seats: { used: 2, paid: 2 },
      clients: { limit: null },
      trialEnd: new Date("2026-12-07T09:00:00Z"),
    });
    // Four active clients: the free plan would refuse the fourth.
    for (const client of clients) {
      await api.clients.setStatus({ practiceSlug: practice.slug, clientId: client.id, status: "ACTIVE" });
    }
    expect(await prisma.client.count({ where: { practiceId: practice.id, status: "ACTIVE" } })).toBe(4);
  });

  it("renews the demo's trial on a reseed, and leaves a real subscription and a Stripe-backed server alone", async () => {
    const { practice } = await demoLikePractice();
    await seedDemoTrial(prisma, practice.id, { stripeConfigured: false, now: new Date("2026-11-01T00:00:00Z") });
    await seedDemoTrial(prisma, practice.id, { stripeConfigured: false, now: new Date("2026-11-23T00:00:00Z") });
    expect(await prisma.practiceSubscription.findMany({ where: { practiceId: practice.id } })).toMatchObject([
      { trialEnd: new Date("2026-12-07T00:00:00Z"), stripeCustomerId: `cus_demo_${practice.id}` },
    ]);

    const real = await demoLikePractice();
    await prisma.practiceSubscription.create({
      data: { practiceId: real.practice.id, stripeCustomerId: "cus_real", status: "active", seatQuantity: 5 },
    });
    await seedDemoTrial(prisma, real.practice.id, { stripeConfigured: false });
    expect(await prisma.practiceSubscription.findUnique({ where: { practiceId: real.practice.id } })).toMatchObject({
      stripeCustomerId: "cus_real",
      status: "active",
      seatQuantity: 5,
    });

    const withStripe = await demoLikePractice();
    expect(await seedDemoTrial(prisma, withStripe.practice.id, { stripeConfigured: true })).toBeNull();
    expect(await prisma.practiceSubscription.count({ where: { practiceId: withStripe.practice.id } })).toBe(0);
  });
});
