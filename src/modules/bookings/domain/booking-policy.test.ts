import { describe, expect, it } from "vitest";
import { blockedRange, bookerCanChange, canChange, canRecordOutcome } from "./booking-policy";
import { hashManageToken, manageTokenFor, manageTokenMatches, newBookingUid } from "./manage-token";

const now = new Date("2026-11-23T12:00:00Z");
const future = new Date("2026-11-24T12:00:00Z");
const past = new Date("2026-11-22T12:00:00Z");

describe("booking policy", () => {
  it("lets only future confirmed sessions change", () => {
    expect(canChange({ status: "CONFIRMED", startAt: future }, now).ok).toBe(true);
    expect(canChange({ status: "CONFIRMED", startAt: past }, now)).toMatchObject({
      ok: false,
      reason: /already started/,
    });
    expect(canChange({ status: "CANCELLED", startAt: future }, now)).toMatchObject({
      ok: false,
      reason: /already cancelled/,
    });
    expect(canChange({ status: "COMPLETED", startAt: past }, now).ok).toBe(false);
  });

  it("keeps the booker out of the change window, and says who to ask instead", () => {
    const startAt = new Date("2026-11-24T00:00:00Z"); // 12 hours after now
    const confirmed = { status: "CONFIRMED" as const, startAt };
    expect(bookerCanChange(confirmed, 12, now)).toEqual({ ok: true });
    expect(bookerCanChange(confirmed, 12, new Date(now.getTime() + 1))).toEqual({
      ok: false,
      reason: "Changes within 12 hours of the start go through your coach.",
      changeWindow: true,
    });
    expect(bookerCanChange(confirmed, 1, new Date("2026-11-23T23:30:00Z"))).toMatchObject({
      reason: "Changes within 1 hour of the start go through your coach.",
    });
    expect(bookerCanChange(confirmed, 0, new Date("2026-11-23T23:59:00Z"))).toEqual({ ok: true });
    // A session that can change for nobody says so, not that the coach could change it.
    expect(bookerCanChange({ status: "CANCELLED", startAt }, 12, new Date("2026-11-23T23:00:00Z"))).toMatchObject({
      reason: /already cancelled/,
      changeWindow: false,
    });
  });

  it("records outcomes only once a session has started", () => {
    expect(canRecordOutcome({ status: "CONFIRMED", startAt: past }, now).ok).toBe(true);
    expect(canRecordOutcome({ status: "NO_SHOW", startAt: past }, now).ok).toBe(true);
    expect(canRecordOutcome({ status: "CONFIRMED", startAt: future }, now).ok).toBe(false);
    expect(canRecordOutcome({ status: "CANCELLED", startAt: past }, now).ok).toBe(false);
  });

  it("widens the session by its buffers", () => {
    const start = new Date("2026-12-01T10:00:00Z");
    const end = new Date("2026-12-01T10:20:00Z");
    expect(blockedRange(start, end, 5, 10)).toEqual({
      blockedFrom: new Date("2026-12-01T09:55:00Z"),
      blockedUntil: new Date("2026-12-01T10:30:00Z"),
    });
  });
});

describe("manage tokens", () => {
  const secret = "secret-one-that-is-long-enough-000";

  it("are unguessable without the secret and reproducible with it", () => {
    const uid = newBookingUid();
    expect(Buffer.from(uid, "base64url")).toHaveLength(16);
    expect(newBookingUid()).not.toBe(uid);
    const token = manageTokenFor(uid, secret);
    expect(manageTokenFor(uid, secret)).toBe(token);
    expect(manageTokenFor(uid, "another-secret-that-is-long-enough")).not.toBe(token);
    expect(manageTokenFor(newBookingUid(), secret)).not.toBe(token);
  });

  it("keep the links already in people's inboxes working (known answers)", () => {
    const token = manageTokenFor("q2x7Hn0bR1m8ZtWc4dUe9A", secret);
    expect(token).toBe("1rqAuKH4NGRWW0em4wWxFHixd3nNCkxOq5-6Y120Y88");
    expect(hashManageToken(token)).toBe("e1e0888cab3250c4c29ca25ef699b0099182537b6e1a0037ce3cce82fcb4820d");
  });

  it("are stored only as a hash, which does not itself open the booking", () => {
    const token = manageTokenFor(newBookingUid(), secret);
    const stored = hashManageToken(token);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(manageTokenMatches(token, stored)).toBe(true);
    expect(manageTokenMatches(stored, stored)).toBe(false); // what someone reading the database has
    expect(manageTokenMatches(`${token}x`, stored)).toBe(false);
    expect(manageTokenMatches(token.slice(0, -1), stored)).toBe(false);
  });
});
