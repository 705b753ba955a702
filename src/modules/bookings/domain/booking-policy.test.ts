import { describe, expect, it } from "vitest";
import { blockedRange, canChange, canRecordOutcome } from "./booking-policy";
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
  it("are unguessable without the secret, reproducible with it, and stored only as a hash", () => {
    const uid = newBookingUid();
    expect(Buffer.from(uid, "base64url")).toHaveLength(16);
    const token = manageTokenFor(uid, "secret-one-that-is-long-enough-000");
    expect(manageTokenFor(uid, "secret-one-that-is-long-enough-000")).toBe(token);
    expect(manageTokenFor(uid, "another-secret-that-is-long-enough")).not.toBe(token);
    const stored = hashManageToken(token);
    expect(stored).not.toContain(token);
    expect(manageTokenMatches(token, stored)).toBe(true);
    expect(manageTokenMatches(`${token}x`, stored)).toBe(false);
  });
});
