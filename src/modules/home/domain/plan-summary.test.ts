import { describe, expect, it } from "vitest";
import { standingOf } from "~/lib/plan-standing";
import { planSummary, type PlanFacts } from "./plan-summary";

const now = new Date("2026-11-23T12:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const facts = (status: string | null, overrides: Partial<PlanFacts> = {}): PlanFacts => ({
  standing: standingOf({ status }),
  trialEnd: null,
  currentPeriodEnd: null,
  cancelAtPeriodEnd: false,
  coachesInUse: 1,
  activeClients: 2,
  ...overrides,
});

describe("planSummary", () => {
  it("shows the free plan's use, and asks for an upgrade once a limit is reached", () => {
    expect(planSummary(facts(null), now)).toMatchObject({
      tone: "neutral",
      title: "Free plan",
      detail: "1 of 1 coach seat and 2 of 3 active clients used.",
    });
    expect(planSummary(facts(null, { activeClients: 3 }), now)).toMatchObject({
      tone: "warning",
      detail: "1 of 1 coach seat and 3 of 3 active clients used. Upgrade to add more.",
    });
    expect(planSummary(facts(null, { coachesInUse: 2 }), now).tone).toBe("warning");
  });

  it("counts down a trial, warning in its last days", () => {
    expect(planSummary(facts("trialing", { trialEnd: days(12) }), now)).toMatchObject({
      tone: "brand",
      title: "Free trial",
      detail: "The trial ends in 12 days.",
    });
    expect(planSummary(facts("trialing", { trialEnd: days(0.5) }), now)).toMatchObject({
      tone: "warning",
      detail: "The trial ends tomorrow. Check the payment method so the plan carries on.",
    });
    expect(planSummary(facts("trialing", { trialEnd: days(-0.1) }), now).detail).toMatch(/^The trial ends today\./);
  });

  it("warns when a trial or a subscription will not carry on", () => {
    expect(planSummary(facts("trialing", { trialEnd: days(9), cancelAtPeriodEnd: true }), now).tone).toBe("warning");
    expect(planSummary(facts("active", { currentPeriodEnd: days(20), cancelAtPeriodEnd: true }), now)).toMatchObject({
      tone: "warning",
      title: "Paid plan, cancelling",
      detail: "The subscription ends in 20 days. Resume it to keep your coaches and clients.",
    });
  });

  it("says a live subscription renews", () => {
    expect(planSummary(facts("active", { currentPeriodEnd: days(20) }), now)).toMatchObject({
      tone: "success",
      title: "Paid plan",
      detail: "Active. It renews in 20 days.",
      action: "Manage billing",
    });
  });

  it("puts a failed payment and a lapsed plan first, with what to do", () => {
    expect(planSummary(facts("past_due", { trialEnd: days(3) }), now)).toMatchObject({
      tone: "danger",
      action: "Update the payment method",
    });
    expect(planSummary(facts("canceled"), now)).toMatchObject({
      tone: "danger",
      title: "Read-only",
      detail: "This practice is read-only because its subscription was canceled. Nothing has been deleted.",
      action: "Restore the subscription",
    });
  });
});
