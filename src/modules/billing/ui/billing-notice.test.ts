import { describe, expect, it } from "vitest";
import { billingNotice, type BillingFacts } from "./billing-notice";

const trialEnd = new Date("2026-12-15T12:00:00Z");
const periodEnd = new Date("2027-01-02T12:00:00Z");
const date = (value: Date) => value.toISOString().slice(0, 10);
const facts = (change: Partial<BillingFacts>): BillingFacts => ({
  configured: true,
  status: null,
  practiceName: "Northstar Career Studio",
  trialEnd: null,
  currentPeriodEnd: periodEnd,
  cancelAtPeriodEnd: false,
  freePlan: { coachSeats: 1, activeClients: 3 },
  ...change,
});

const STATES: Record<string, Partial<BillingFacts>> = {
  "payments not switched on, no subscription": { configured: false },
  "payments not switched on, a trial on record": { configured: false, status: "trialing", trialEnd },
  "payments not switched on, a canceled subscription on record": { configured: false, status: "canceled" },
  "free plan": {},
  trial: { status: "trialing", trialEnd },
  "trial that won't continue": { status: "trialing", trialEnd, cancelAtPeriodEnd: true },
  active: { status: "active" },
  "active, set to end": { status: "active", cancelAtPeriodEnd: true },
  "past due": { status: "past_due" },
  canceled: { status: "canceled" },
  unpaid: { status: "unpaid" },
  "trial ended without a card": { status: "paused" },
};

describe("billingNotice", () => {
  it.each(Object.entries(STATES))("speaks to an owner, not an operator, when %s", (_, state) => {
    const notice = billingNotice(facts(state), date);
    const words = notice ? `${notice.title} ${notice.body}` : "";
    expect(words).not.toMatch(/[A-Z]+_[A-Z_]+|environment|variable|webhook|\bAPI\b|README|restart|server/i);
  });

  it("says payments are off and what the practice can do meanwhile, without naming settings", () => {
    expect(billingNotice(facts({ configured: false }), date)).toMatchObject({
      title: "Online payments aren't switched on yet",
      body: expect.stringContaining("Northstar Career Studio is on the Free plan: 1 coach and up to 3 active clients."),
      next: null,
    });
    expect(
      billingNotice(facts(STATES["payments not switched on, a canceled subscription on record"]!), date)?.body,
    ).toMatch(/has ended, so the practice is read-only/);
  });

  it("gives each live state its date and its way out", () => {
    expect(billingNotice(facts(STATES.trial!), date)).toMatchObject({
      title: "Your free trial ends on 2026-12-15",
      body: expect.stringContaining("nothing is charged if you cancel in the billing portal below before 2026-12-15"),
    });
    expect(billingNotice(facts(STATES["active, set to end"]!), date)).toMatchObject({
      title: "Your subscription ends on 2027-01-02 and won't renew",
      tone: "warning",
    });
    expect(billingNotice(facts(STATES["past due"]!), date)).toMatchObject({ tone: "warning", next: "portal" });
    expect(billingNotice(facts(STATES.active!), date)).toBeNull();
    expect(billingNotice(facts({}), date)).toMatchObject({
      title: "Northstar Career Studio is on the Free plan",
      body: expect.stringContaining("It includes 1 coach and up to 3 active clients."),
    });
  });

  it("explains read-only and how to end it: subscribe again, or pay the open invoice", () => {
    const canceled = billingNotice(facts(STATES.canceled!), date);
    expect(canceled).toMatchObject({ tone: "danger", title: "Your subscription has ended", next: "subscribe" });
    expect(canceled?.body).toContain("Nothing has been deleted.");
    expect(billingNotice(facts(STATES.unpaid!), date)).toMatchObject({ next: "portal" });
  });
});
