import { stripeDouble, TEST_PRICES } from "~/test/stripe-env";
import { describe, expect, it } from "vitest";
import { addMember, createBookableCoach, createUser } from "../../../../prisma/factories";
import { acceptInvitation } from "~/modules/practices/server/invitations.service";
import { prisma } from "~/server/db/client";
import { hashToken } from "~/lib/tokens";
import { callerFor, expectTRPCError } from "~/test/callers";
import { freePractice, subscribe } from "~/test/billing-fixtures";
import { runQueuedJobs } from "~/test/jobs";
import { seatSyncJobHandler } from "./seat-sync";

// The admin's side of billing through the tRPC procedures, with the real Stripe SDK talking
// to the local double; each test checks what the product sent to "Stripe".

const stored = (practiceId: string) => prisma.practiceSubscription.findUniqueOrThrow({ where: { practiceId } });
const since = (mark: number) => stripeDouble.requests.slice(mark);

describe("checkout and the customer", () => {
  it("creates the practice's Stripe customer once and starts Checkout with the plan's price, seats and return URLs", async () => {
    const { practice, owner, admin } = await freePractice(prisma);
    await createBookableCoach(prisma, practice.id);
    const mark = stripeDouble.requests.length;

    const first = await callerFor(owner).billing.startCheckout({ practiceSlug: practice.slug, interval: "year" });
    expect(first.url).toMatch(new RegExp(`^${stripeDouble.url}/checkout/cs_test_`));
    const second = await callerFor(admin).billing.startCheckout({
      practiceSlug: practice.slug,
      interval: "month",
      seats: 2,
    });

    const customers = since(mark).filter((r) => r.method === "POST" && r.path === "/v1/customers");
    expect(customers).toHaveLength(1);
    expect(customers[0]).toMatchObject({
      body: { name: practice.name, metadata: { practiceId: practice.id, practiceSlug: practice.slug } },
      idempotencyKey: `fieldnotes-customer-${practice.id}`,
      authorization: "Bearer sk_test_double",
    });
    const customerId = (await stored(practice.id)).stripeCustomerId;
    expect(customerId).toMatch(/^cus_/);

    const sessions = since(mark).filter((r) => r.path === "/v1/checkout/sessions");
    expect(sessions).toHaveLength(2);
    const billingUrl = `http://localhost:3000/p/${practice.slug}/settings/billing`;
    expect(sessions[0]!.body).toEqual({
      mode: "subscription",
      customer: customerId,
      client_reference_id: practice.id,
      line_items: [{ price: TEST_PRICES.year, quantity: "1" }],
      subscription_data: { metadata: { practiceId: practice.id }, trial_period_days: "14" },
      metadata: { practiceId: practice.id },
      success_url: `${billingUrl}?checkout=success&session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${billingUrl}?checkout=cancelled`,
    });
    expect(sessions[0]!.idempotencyKey).toMatch(
      new RegExp(`^fieldnotes-checkout-${practice.id}-${TEST_PRICES.year}-1-`),
    );
    expect(sessions[1]!.body).toMatchObject({
      customer: customerId,
      line_items: [{ price: TEST_PRICES.month, quantity: "2" }],
    });
    expect(second.url).not.toBe(first.url);
    const sent = since(mark);
    expect(sent.length).toBeGreaterThan(2);
    expect(sent.filter((r) => r.stripeVersion === null)).toEqual([]);
  });

  it("syncs at once on the return from Checkout, so the new limits apply before any webhook", async () => {
    const { practice, owner, leads } = await freePractice(prisma, { activeClients: 3, leads: 1 });
    const api = callerFor(owner);
    const limited = await expectTRPCError(
      api.clients.setStatus({ practiceSlug: practice.slug, clientId: leads[0]!.id, status: "ACTIVE" }),
      "PAYMENT_REQUIRED",
    );
    expect(limited.message).toBe(
      "The free plan includes up to 3 active clients, and this practice has 3. Upgrade to a paid plan to activate more. You can upgrade on the Billing page (Settings → Billing).",
    );

    const { subscription } = await subscribe(practice, owner);
    expect(await stored(practice.id)).toMatchObject({
      stripeSubscriptionId: subscription.id,
      status: "trialing",
      seatQuantity: 1,
      stripePriceId: TEST_PRICES.month,
      trialEnd: expect.any(Date),
      currentPeriodEnd: expect.any(Date),
    });
    expect(await prisma.stripeEvent.count({ where: { practiceId: practice.id } })).toBe(0); // no webhook involved
    await api.clients.setStatus({ practiceSlug: practice.slug, clientId: leads[0]!.id, status: "ACTIVE" });

    const overview = await api.billing.overview({ practiceSlug: practice.slug });
    expect(overview).toMatchObject({
      configured: true,
      status: "trialing",
      plan: { id: "practice-monthly", interval: "month" },
      seats: { used: 0, paid: 1 },
      clients: { active: 4, limit: null },
      trialAvailable: false,
      nextInvoiceAt: expect.any(Date),
    });
    expect(overview.invoices).toEqual([
      expect.objectContaining({ status: "paid", url: expect.stringContaining("/invoices/") }),
    ]);

    // Checkout already done: a second one is refused, and only a session of this practice syncs.
    await expectTRPCError(api.billing.startCheckout({ practiceSlug: practice.slug, interval: "month" }), "CONFLICT");
    const other = await freePractice(prisma);
    const { sessionId } = await subscribe(other.practice, other.owner);
    await expectTRPCError(api.billing.syncCheckout({ practiceSlug: practice.slug, sessionId }), "NOT_FOUND");
  });

  it("opens the customer portal for the practice's customer, returning to the billing page", async () => {
    const { practice, owner } = await freePractice(prisma);
    await expectTRPCError(callerFor(owner).billing.openPortal({ practiceSlug: practice.slug }), "BAD_REQUEST");
    const { customerId } = await subscribe(practice, owner);
    const mark = stripeDouble.requests.length;
    const { url } = await callerFor(owner).billing.openPortal({ practiceSlug: practice.slug });
    expect(url).toMatch(new RegExp(`^${stripeDouble.url}/portal/`));
    expect(since(mark)).toEqual([
      expect.objectContaining({
        path: "/v1/billing_portal/sessions",
        body: { customer: customerId, return_url: `http://localhost:3000/p/${practice.slug}/settings/billing` },
      }),
    ]);
  });
});

describe("plan and seat changes", () => {
  it("previews a change with Stripe's proration, applies exactly that, and refuses fewer seats than coaches", async () => {
    const { practice, owner } = await freePractice(prisma);
    await createBookableCoach(prisma, practice.id);
    const { subscription } = await subscribe(practice, owner);
    await addMember(prisma, practice.id, "COACH");
    const api = callerFor(owner);

    const refused = await expectTRPCError(
      api.billing.previewChange({ practiceSlug: practice.slug, interval: "month", seats: 1 }),
      "BAD_REQUEST",
    );
    expect(refused.message).toBe(
      "This practice has 2 coaches, so it needs at least 2 seats. Remove a coach on the People page first.",
    );

    const mark = stripeDouble.requests.length;
    const preview = await api.billing.previewChange({ practiceSlug: practice.slug, interval: "year", seats: 3 });
    expect(preview).toMatchObject({ currency: "usd", seats: 3, interval: "year" });
    // The double prorates like Stripe: the unused part of the old plan is credited against the new one.
    expect(preview.prorationCents).toBeGreaterThan(0);
    expect(preview.nextInvoiceCents).toBe(preview.prorationCents + 3 * 29000);
    const item = subscription.items.data[0]!;
    expect(since(mark)).toEqual([
      expect.objectContaining({
        path: "/v1/invoices/create_preview",
        body: {
          customer: (await stored(practice.id)).stripeCustomerId,
          subscription: subscription.id,
          subscription_details: {
            items: [{ id: item.id, price: TEST_PRICES.year, quantity: "3" }],
            proration_behavior: "create_prorations",
            proration_date: String(preview.prorationDate),
          },
        },
      }),
    ]);

    await api.billing.changePlan({
      practiceSlug: practice.slug,
      interval: "year",
      seats: 3,
      prorationDate: preview.prorationDate,
    });
    const update = stripeDouble.requestsTo("POST", `/v1/subscriptions/${subscription.id}`).at(-1)!;
    expect(update.body).toEqual({
      items: [{ id: item.id, price: TEST_PRICES.year, quantity: "3" }],
      proration_behavior: "create_prorations",
      proration_date: String(preview.prorationDate),
    });
    expect(update.idempotencyKey).toBe(
      `fieldnotes-plan-${subscription.id}-${TEST_PRICES.year}-3-${preview.prorationDate}`,
    );
    expect(await stored(practice.id)).toMatchObject({ seatQuantity: 3, stripePriceId: TEST_PRICES.year });
    expect((await api.billing.overview({ practiceSlug: practice.slug })).plan.id).toBe("practice-yearly");
    expect(await prisma.auditEvent.count({ where: { practiceId: practice.id, action: "billing.changePlan" } })).toBe(1);
  });

  it("moves the seat count with coach memberships, with proration", async () => {
    const { practice, owner } = await freePractice(prisma);
    const { subscription } = await subscribe(practice, owner, { seats: 1 });
    const api = callerFor(owner);
    const seatUpdates = () => stripeDouble.requestsTo("POST", `/v1/subscriptions/${subscription.id}`);

    // An invited coach accepts: the first coach fits the one paid seat.
    await api.members.invite({ practiceSlug: practice.slug, email: "first.coach@example.com", role: "COACH" });
    const invitation = await prisma.invitation.findFirstOrThrow({ where: { email: "first.coach@example.com" } });
    await prisma.invitation.update({
      where: { id: invitation.id },
      data: { tokenHash: hashToken("first-coach-token-0123456789") },
    });
    await acceptInvitation("first-coach-token-0123456789", new Date());
    await runQueuedJobs(seatSyncJobHandler);
    expect(seatUpdates()).toHaveLength(0);

    // A client becomes a coach: a second seat, prorated.
    const client = await addMember(prisma, practice.id, "CLIENT");
    await api.members.changeRole({ practiceSlug: practice.slug, membershipId: client.membership.id, role: "COACH" });
    await runQueuedJobs(seatSyncJobHandler);
    expect(seatUpdates().at(-1)).toMatchObject({
      body: { items: [{ id: subscription.items.data[0]!.id, quantity: "2" }], proration_behavior: "create_prorations" },
      idempotencyKey: expect.stringMatching(new RegExp(`^fieldnotes-seats-${subscription.id}-`)),
    });
    expect((await stored(practice.id)).seatQuantity).toBe(2);

    // That coach is removed: back to one seat.
    await api.members.remove({ practiceSlug: practice.slug, membershipId: client.membership.id });
    await runQueuedJobs(seatSyncJobHandler);
    expect(seatUpdates().at(-1)!.body).toMatchObject({ items: [{ quantity: "1" }] });
    const overview = await api.billing.overview({ practiceSlug: practice.slug });
    expect(overview.seats).toMatchObject({ used: 1, paid: 1 });
  });
});

describe("free tier limits", () => {
  it("allows one coach, counting invitations, with a message that says what to do", async () => {
    const { practice, owner, admin } = await freePractice(prisma);
    await callerFor(owner).members.invite({
      practiceSlug: practice.slug,
      email: "coach.one@example.com",
      role: "COACH",
    });
    const refused = await expectTRPCError(
      callerFor(admin).members.invite({ practiceSlug: practice.slug, email: "coach.two@example.com", role: "COACH" }),
      "PAYMENT_REQUIRED",
    );
    expect(refused.message).toBe(
      "The free plan includes 1 coach (counting invitations not yet accepted). Upgrade to a paid plan to add more coaches. You can upgrade on the Billing page (Settings → Billing).",
    );
    // Clients and admins never take a seat.
    await callerFor(owner).members.invite({
      practiceSlug: practice.slug,
      email: "a.client@example.com",
      role: "CLIENT",
    });
    const client = await addMember(prisma, practice.id, "CLIENT");
    await expectTRPCError(
      callerFor(owner).members.changeRole({
        practiceSlug: practice.slug,
        membershipId: client.membership.id,
        role: "COACH",
      }),
      "PAYMENT_REQUIRED",
    );
  });

  it("tells a coach to ask an admin, and refuses a coach invitation accepted after the seat was taken", async () => {
    const { practice, owner, leads } = await freePractice(prisma, { activeClients: 3, leads: 1 });
    const coach = await createBookableCoach(prisma, practice.id);
    await prisma.client.update({ where: { id: leads[0]!.id }, data: { coachProfileId: coach.profile.id } });
    const refused = await expectTRPCError(
      callerFor(coach.user).clients.setStatus({
        practiceSlug: practice.slug,
        clientId: leads[0]!.id,
        status: "ACTIVE",
      }),
      "PAYMENT_REQUIRED",
    );
    expect(refused.message).toMatch(/Ask an owner or admin of the practice to upgrade the plan\.$/);

    const invitee = await createUser(prisma);
    await prisma.invitation.create({
      data: {
        practiceId: practice.id,
        email: invitee.email,
        role: "COACH",
        tokenHash: hashToken("late-coach-token-0123456789"),
        invitedById: owner.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    await expect(acceptInvitation("late-coach-token-0123456789", new Date())).rejects.toThrow(/no free coach seat/);
    expect(await prisma.membership.count({ where: { practiceId: practice.id, userId: invitee.id } })).toBe(0);
  });
});
