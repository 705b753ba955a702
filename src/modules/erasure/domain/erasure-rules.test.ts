import { describe, expect, it } from "vitest";
import { confirms } from "./confirmation";
import { formatDeletionDate } from "./deletion-date";
import { ACCOUNT_GRACE_DAYS, accountDeletionState, deletionDueAt } from "./grace";
import { soleOwnershipRefusal } from "./ownership";
import { containsPattern, erasedAddressOf, identifiersOf, isErasedAddress } from "./placeholders";
import { practiceDeletionRefusal } from "./practice-deletion";

const at = new Date("2026-12-02T15:40:00Z");
const days = (n: number) => new Date(at.getTime() + n * 86_400_000);

describe("the grace period", () => {
  it("ends fourteen days (in instants, whatever the clocks do) after the request", () => {
    expect(ACCOUNT_GRACE_DAYS).toBe(14);
    expect(deletionDueAt(at).toISOString()).toBe("2026-12-16T15:40:00.000Z");
  });

  it("shows a scheduled deletion, then a cancelled one for as long as the grace would have run", () => {
    expect(accountDeletionState({ deletionDueAt: days(14), deletionCancelledAt: null }, at)).toEqual({
      kind: "scheduled",
      dueAt: days(14),
    });
    const cancelled = { deletionDueAt: null, deletionCancelledAt: at };
    expect(accountDeletionState(cancelled, days(13))).toEqual({ kind: "cancelled", cancelledAt: at });
    expect(accountDeletionState(cancelled, days(14))).toEqual({ kind: "none" });
    expect(accountDeletionState({ deletionDueAt: null, deletionCancelledAt: null }, at)).toEqual({ kind: "none" });
  });
});

describe("confirmation", () => {
  it("takes the value typed in any case, with stray spaces, and nothing else", () => {
    expect(confirms("  Priya@Example.com ", "priya@example.com")).toBe(true);
    expect(confirms("priya@example.co", "priya@example.com")).toBe(false);
    expect(confirms("", "")).toBe(false);
  });
});

describe("ownership", () => {
  it("refuses the only owner of any practice, naming each, and lets a co-owner go", () => {
    expect(soleOwnershipRefusal([{ practiceName: "Northstar", otherOwners: 1 }])).toBeNull();
    const refusal = soleOwnershipRefusal([
      { practiceName: "Northstar", otherOwners: 0 },
      { practiceName: "Harbour", otherOwners: 2 },
      { practiceName: "Summit", otherOwners: 0 },
    ]);
    expect(refusal).toContain("“Northstar”, “Summit”");
    expect(refusal).not.toContain("Harbour");
  });
});

describe("practice deletion", () => {
  it("is possible on the free tier and after the subscription ended, not while anything is billed", () => {
    expect(practiceDeletionRefusal(null)).toBeNull();
    expect(practiceDeletionRefusal({ status: "canceled" })).toBeNull();
    expect(practiceDeletionRefusal({ status: "incomplete_expired" })).toBeNull();
    for (const status of ["active", "trialing", "past_due", "unpaid", "paused", "incomplete"]) {
      expect(practiceDeletionRefusal({ status }), status).toMatch(/Cancel it on the Billing page first/);
    }
  });
});

describe("placeholders", () => {
  it("give unique rows an address that can never receive mail", () => {
    expect(erasedAddressOf("c1")).toBe("erased-c1@erased.invalid");
    expect(isErasedAddress("Erased-c1@ERASED.invalid")).toBe(true);
    expect(isErasedAddress("priya@example.com")).toBe(false);
  });

  it("match people by addresses and names long enough to be telling, never by a placeholder", () => {
    expect(
      identifiersOf({
        emails: ["Priya@Example.com", "priya@example.com", "erased@erased.invalid"],
        names: ["Priya Patel", null, "Al", "Erased person"],
      }),
    ).toEqual({ emails: ["priya@example.com"], names: ["priya patel"] });
  });

  it("take LIKE's wildcards in a name literally", () => {
    expect(containsPattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
  });
});

describe("the deletion date", () => {
  it("is written on the person's clock with their zone named, once", () => {
    expect(formatDeletionDate(at, "UTC")).toBe("Wed, 2 Dec 2026, 15:40 UTC");
    expect(formatDeletionDate(at, "America/New_York")).toBe("Wed, 2 Dec 2026, 10:40 EST (New York)");
  });
});
