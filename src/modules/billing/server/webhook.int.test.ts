import { stripeDouble, signedWebhookRequest } from "~/test/stripe-env";
import { describe, expect, it } from "vitest";
import { POST } from "~/app/api/stripe/webhook/route";
import { prisma } from "~/server/db/client";
import { callerFor, expectTRPCError } from "~/test/callers";
import { freePractice, subscribe } from "~/test/billing-fixtures";
import { deliverAndReadMailbox } from "~/test/outbox";
import { storeSubscription } from "./subscription-sync";

// Webhooks through the real route handler, signed like Stripe signs them.

const stored = (practiceId: string) => prisma.practiceSubscription.findUniqueOrThrow({ where: { practiceId } });
const send = (event: unknown, options?: Parameters<typeof signedWebhookRequest>[1]) =>
  POST(signedWebhookRequest(event, options));

/** Delivers the queued emails as the worker would, then reads the test's mailbox. */
async function mailTo(address: string, subject: RegExp) {
  return (await deliverAndReadMailbox()).filter(
    (mail) => mail.to.includes(address.toLowerCase()) && subject.test(mail.subject),
  );
}

describe("POST /api/stripe/webhook", () => {
  it("refuses a forged, stale or missing signature with 400 and changes nothing", async () => {
    const { practice, owner } = await freePractice(prisma);
    const { subscription } = await subscribe(practice, owner);
    const before = await stored(practice.id);
    stripeDouble.updateSubscription(subscription.id, { status: "canceled" });
    const event = stripeDouble.eventFor("customer.subscription.deleted", subscription);

    const forged = await send(event, { secret: "whsec_someone_else" });
    expect(forged.status).toBe(400);
    const stale = await send(event, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(stale.status).toBe(400);
    const tampered = signedWebhookRequest(event);
    const body = (await tampered.text()).replace('"canceled"', '"active"');
    const retyped = await POST(
      new Request(tampered.url, { method: "POST", headers: tampered.headers, body: body + " " }),
    );
    expect(retyped.status).toBe(400);
    const unsigned = await POST(new Request(tampered.url, { method: "POST", body: JSON.stringify(event) }));
    expect(unsigned.status).toBe(400);

    expect(await prisma.stripeEvent.count({ where: { id: event.id } })).toBe(0);
    expect(await stored(practice.id)).toEqual(before);
    expect((await send(event)).status).toBe(200); // the genuine delivery still works afterwards
    expect((await stored(practice.id)).status).toBe("canceled");
  });

  it("has one effect for the same event delivered ten times, even at once", async () => {
    const { practice, owner, admin } = await freePractice(prisma);
    const { subscription } = await subscribe(practice, owner);
    stripeDouble.updateSubscription(subscription.id, { status: "past_due" });
    const invoice = stripeDouble.addInvoice(subscription, 2900, "open");
    const event = stripeDouble.eventFor("invoice.payment_failed", invoice);

    const responses = await Promise.all(Array.from({ length: 10 }, () => send(event)));
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200));
    const bodies = await Promise.all(responses.map((response) => response.json() as Promise<{ duplicate?: boolean }>));
    expect(bodies.filter((body) => !body.duplicate)).toHaveLength(1);

    expect(await prisma.stripeEvent.findMany({ where: { id: event.id } })).toEqual([
      expect.objectContaining({ outcome: "processed", practiceId: practice.id, type: "invoice.payment_failed" }),
    ]);
    expect(
      await prisma.auditEvent.count({ where: { practiceId: practice.id, action: "stripe.invoice.payment_failed" } }),
    ).toBe(1);
    expect((await stored(practice.id)).status).toBe("past_due");
    // The admins hear about it once each; the practice keeps working (past_due is a grace period).
    expect(await mailTo(owner.email, /Payment failed/)).toHaveLength(1);
    expect(await mailTo(admin.email, /Payment failed/)).toHaveLength(1);
    const [mail] = await mailTo(admin.email, /Payment failed/);
    expect(mail!.text).toContain(`/p/${practice.slug}/settings/billing`);
    const banner = await callerFor(owner).billing.banner({ practiceSlug: practice.slug });
    expect(banner).toMatchObject({ access: "grace", status: "past_due" });

    // A later event about the same failure (subscription.updated) does not email again.
    await send(stripeDouble.eventFor("customer.subscription.updated", subscription));
    expect(await mailTo(owner.email, /Payment failed/)).toHaveLength(1);
  });

  it("ends in Stripe's current state whatever order the events arrive in", async () => {
    const { practice, owner } = await freePractice(prisma);
    const { subscription } = await subscribe(practice, owner);
    const created = stripeDouble.eventFor("customer.subscription.created", structuredClone(subscription));
    const periodEnd = Math.floor(Date.now() / 1000) + 30 * 86_400;
    stripeDouble.updateSubscription(subscription.id, { status: "active", trial_end: null, quantity: 3, periodEnd });
    const updated = stripeDouble.eventFor("customer.subscription.updated", structuredClone(subscription));
    const paid = stripeDouble.eventFor("invoice.paid", stripeDouble.addInvoice(subscription, 8700, "paid"));

    // Newest first: each event makes the app read the subscription from Stripe, not the event.
    for (const event of [paid, updated, created]) expect((await send(event)).status).toBe(200);
    expect(await stored(practice.id)).toMatchObject({
      status: "active",
      seatQuantity: 3,
      trialEnd: null,
      // Periods come from the subscription item: the subscription object has none in this API version.
      currentPeriodEnd: new Date(periodEnd * 1000),
    });
    expect(await prisma.stripeEvent.count({ where: { practiceId: practice.id, outcome: "processed" } })).toBe(3);
  });

  it("never lets an older read overwrite a newer one", async () => {
    const { practice, owner } = await freePractice(prisma);
    const { subscription } = await subscribe(practice, owner);
    const older = structuredClone(subscription);
    stripeDouble.updateSubscription(subscription.id, { status: "active", quantity: 4 });
    const now = Date.now();
    await storeSubscription({
      practiceId: practice.id,
      subscription: structuredClone(subscription) as never,
      fetchedAt: new Date(now),
    });
    const late = await storeSubscription({
      practiceId: practice.id,
      subscription: older as never,
      fetchedAt: new Date(now - 1000),
    });
    expect(late).toMatchObject({ applied: false, skipped: "stale" });
    expect(await stored(practice.id)).toMatchObject({ status: "active", seatQuantity: 4 });
  });

  it("records and ignores an event for a customer it does not know", async () => {
    const { practice, owner } = await freePractice(prisma);
    await subscribe(practice, owner);
    const before = await prisma.practiceSubscription.findMany({ orderBy: { id: "asc" } });
    const stranger = stripeDouble.createSubscription({
      customer: "cus_not_ours",
      price: "price_test_seat_monthly",
      quantity: 9,
    });
    const event = stripeDouble.eventFor("customer.subscription.updated", stranger);

    const response = await send(event);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ received: true, ignored: "unknown customer" });
    expect(await prisma.stripeEvent.findUnique({ where: { id: event.id } })).toMatchObject({
      outcome: "ignored",
      note: "unknown customer",
      practiceId: null,
    });
    expect(await prisma.practiceSubscription.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await (await send(event)).json()).toMatchObject({ duplicate: true });
  });

  it("makes the practice read-only when the subscription is canceled, and writable again when it pays", async () => {
    const { practice, owner, leads } = await freePractice(prisma, { leads: 1 });
    const { subscription } = await subscribe(practice, owner);
    stripeDouble.updateSubscription(subscription.id, { status: "canceled", ended_at: Math.floor(Date.now() / 1000) });
    await send(stripeDouble.eventFor("customer.subscription.deleted", subscription));

    const api = callerFor(owner);
    const refused = await expectTRPCError(
      api.clients.setStatus({ practiceSlug: practice.slug, clientId: leads[0]!.id, status: "ACTIVE" }),
      "PAYMENT_REQUIRED",
    );
    expect(refused.message).toMatch(/read-only because its subscription was canceled\. Nothing has been deleted\./);
    expect(refused.message).toMatch(/Billing page/);
    expect(await prisma.client.count({ where: { practiceId: practice.id } })).toBe(1);

    // Subscribing again (no second trial) lifts it.
    const again = await subscribe(practice, owner);
    expect(again.subscription.status).toBe("active");
    await api.clients.setStatus({ practiceSlug: practice.slug, clientId: leads[0]!.id, status: "ACTIVE" });
  });

  it("emails the admins once when Stripe says the trial ends soon", async () => {
    const { practice, owner, admin } = await freePractice(prisma);
    const { subscription } = await subscribe(practice, owner);
    const event = stripeDouble.eventFor("customer.subscription.trial_will_end", subscription);
    await send(event);
    await send(event);
    // Stripe may also send the same news as a second event (a new id): the outbox's key catches it.
    const again = stripeDouble.eventFor("customer.subscription.trial_will_end", subscription);
    expect(again.id).not.toBe(event.id);
    expect((await send(again)).status).toBe(200);
    expect(await mailTo(owner.email, /trial .* ends soon/)).toHaveLength(1);
    const queued = await prisma.emailMessage.findMany({
      where: { practiceId: practice.id, template: "billing-notice" },
    });
    // One row per owner or admin, each keyed by notice, subscription and period.
    const key = new RegExp(`^billing:trial_ending:${subscription.id}:\\d{4}-\\d{2}-\\d{2}:`);
    expect(queued.map((row) => row.to).sort()).toEqual([owner.email, admin.email].map((e) => e.toLowerCase()).sort());
    for (const row of queued) expect(row.dedupeKey).toMatch(key);
  });

  it("answers 200 and records an event type it does not act on, once", async () => {
    const event = stripeDouble.eventFor("customer.created", { id: "cus_x", object: "customer" });
    const response = await send(event);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, duplicate: false, ignored: "event type not handled" });
    expect(await prisma.stripeEvent.findMany({ where: { id: event.id } })).toMatchObject([
      { type: "customer.created", outcome: "ignored", note: "event type not handled", practiceId: null },
    ]);
    expect(await (await send(event)).json()).toMatchObject({ duplicate: true });
    expect(await prisma.stripeEvent.count({ where: { id: event.id } })).toBe(1);
  });
});
