import { describe, expect, it } from "vitest";
import {
  checkActivateClient,
  checkAddCoach,
  checkSeatChange,
  checkWrite,
  noticesForTransition,
  seatQuantityAfterChange,
  shouldAdoptSubscription,
  standingOf,
  trialAvailable,
} from "./entitlements";
import { planForPrice } from "./plans";

const sub = (status: string | null, seatQuantity = 1) => ({ status, seatQuantity });

describe("standingOf", () => {
  it.each([
    [null, "free", "full"],
    ["incomplete", "free", "full"],
    ["trialing", "paid", "full"],
    ["active", "paid", "full"],
    ["past_due", "paid", "grace"],
    ["unpaid", "lapsed", "read_only"],
    ["canceled", "lapsed", "read_only"],
    ["incomplete_expired", "lapsed", "read_only"],
    ["paused", "lapsed", "read_only"],
    ["some_future_status", "paid", "full"],
  ])("%s → %s / %s", (status, tier, access) => {
    expect(standingOf(sub(status))).toMatchObject({ tier, access });
  });

  it("is the free tier without any subscription row", () => {
    expect(standingOf(null)).toEqual({ tier: "free", access: "full" });
  });
});

describe("limits", () => {
  const free = standingOf(null);
  const paid = standingOf(sub("active", 2));
  const lapsed = standingOf(sub("canceled"));

  it("lets the free tier have one coach, counting pending invitations", () => {
    expect(checkAddCoach(free, { coachesInUse: 0, pendingCoachInvitations: 0 })).toEqual({ ok: true });
    const full = checkAddCoach(free, { coachesInUse: 1, pendingCoachInvitations: 0 });
    expect(full).toMatchObject({ ok: false, reason: expect.stringContaining("free plan includes 1 coach") });
    expect(checkAddCoach(free, { coachesInUse: 0, pendingCoachInvitations: 1 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("invitations not yet accepted"),
    });
  });

  it("adds seats on paid plans and refuses everything on a lapsed plan", () => {
    expect(checkAddCoach(paid, { coachesInUse: 7, pendingCoachInvitations: 3 })).toEqual({ ok: true });
    expect(checkAddCoach(lapsed, { coachesInUse: 0, pendingCoachInvitations: 0 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("read-only because its subscription was canceled"),
    });
  });

  it("caps active clients at three on the free tier only", () => {
    expect(checkActivateClient(free, { activeClients: 2 })).toEqual({ ok: true });
    expect(checkActivateClient(free, { activeClients: 3 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("up to 3 active clients"),
    });
    expect(checkActivateClient(paid, { activeClients: 300 })).toEqual({ ok: true });
    expect(checkActivateClient(standingOf(sub("past_due")), { activeClients: 300 })).toEqual({ ok: true });
  });

  it("keeps access while past due and says nothing is deleted when read-only", () => {
    expect(checkWrite(standingOf(sub("past_due")))).toEqual({ ok: true });
    expect(checkWrite(standingOf(sub("unpaid")))).toMatchObject({
      ok: false,
      reason: expect.stringContaining("Nothing has been deleted"),
    });
  });
});

describe("limits for every subscription status", () => {
  // One coach already and three active clients: both free-tier limits are reached, so only a
  // paid standing (trialing, active, or past_due's grace period) may add more.
  const atFreeLimits = { coaches: { coachesInUse: 1, pendingCoachInvitations: 0 }, clients: { activeClients: 3 } };
  const FREE = /free plan includes/;
  const READ_ONLY = /read-only because/;
  it.each([
    [null, FREE],
    ["incomplete", FREE],
    ["trialing", "ok"],
    ["active", "ok"],
    ["past_due", "ok"],
    ["unpaid", READ_ONLY],
    ["canceled", READ_ONLY],
    ["incomplete_expired", READ_ONLY],
    ["paused", READ_ONLY],
  ] as const)("%s: adding a coach or activating a client is %s", (status, verdict) => {
    const standing = standingOf(sub(status, 3));
    for (const result of [
      checkAddCoach(standing, atFreeLimits.coaches),
      checkActivateClient(standing, atFreeLimits.clients),
    ]) {
      if (verdict === "ok") expect(result).toEqual({ ok: true });
      else expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(verdict) });
    }
  });
});

describe("seats", () => {
  it("refuses a seat count below the coaches in use, with the reason", () => {
    expect(checkSeatChange(3, 3)).toEqual({ ok: true });
    expect(checkSeatChange(2, 3)).toMatchObject({ ok: false, reason: expect.stringContaining("has 3 coaches") });
    expect(checkSeatChange(0, 0)).toMatchObject({ ok: false });
    expect(checkSeatChange(501, 0)).toMatchObject({ ok: false });
  });

  it("follows membership: a new coach uses a spare seat or adds one; a leaving coach removes one", () => {
    expect(seatQuantityAfterChange({ paid: 2, usedBefore: 2, usedAfter: 3 })).toBe(3);
    expect(seatQuantityAfterChange({ paid: 5, usedBefore: 2, usedAfter: 3 })).toBe(5);
    expect(seatQuantityAfterChange({ paid: 3, usedBefore: 3, usedAfter: 2 })).toBe(2);
    expect(seatQuantityAfterChange({ paid: 5, usedBefore: 3, usedAfter: 2 })).toBe(4);
    expect(seatQuantityAfterChange({ paid: 1, usedBefore: 1, usedAfter: 0 })).toBe(1);
  });
});

describe("syncing from Stripe", () => {
  it("adopts the tracked subscription, or a live one over an ended one, never an old ended one over a live one", () => {
    expect(shouldAdoptSubscription({ subscriptionId: null, status: null }, { id: "sub_a", status: "trialing" })).toBe(
      true,
    );
    expect(
      shouldAdoptSubscription({ subscriptionId: "sub_a", status: "active" }, { id: "sub_a", status: "canceled" }),
    ).toBe(true);
    expect(
      shouldAdoptSubscription({ subscriptionId: "sub_b", status: "active" }, { id: "sub_a", status: "canceled" }),
    ).toBe(false);
    expect(
      shouldAdoptSubscription({ subscriptionId: "sub_a", status: "canceled" }, { id: "sub_b", status: "active" }),
    ).toBe(true);
  });

  it("emails admins once, on entering past_due", () => {
    expect(noticesForTransition("active", "past_due")).toEqual(["payment_failed"]);
    expect(noticesForTransition("past_due", "past_due")).toEqual([]);
    expect(noticesForTransition("past_due", "active")).toEqual([]);
  });

  it("offers a trial only before the first subscription and maps prices to plans", () => {
    expect(trialAvailable(null)).toBe(true);
    expect(trialAvailable({ subscriptionId: "sub_a" })).toBe(false);
    const prices = { month: "price_m", year: "price_y" };
    expect(planForPrice("price_y", prices)?.interval).toBe("year");
    expect(planForPrice("price_other", prices)).toBeNull();
  });
});
