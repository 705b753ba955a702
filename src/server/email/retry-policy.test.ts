import { describe, expect, it } from "vitest";
import { afterFailedAttempt, DEFAULT_RETRY_POLICY } from "./retry-policy";

const now = new Date("2026-11-23T12:00:00Z");
const delayAfter = (attempts: number) => {
  const decision = afterFailedAttempt(attempts, now);
  return decision.kind === "retry" ? (decision.at.getTime() - now.getTime()) / 1000 : "dead";
};

describe("retry policy", () => {
  it("doubles the wait after each failure", () => {
    expect([1, 2, 3, 4, 5, 6].map(delayAfter)).toEqual([30, 60, 120, 240, 480, 960]);
  });

  it("gives up after the last attempt, into the dead-letter state", () => {
    expect(delayAfter(DEFAULT_RETRY_POLICY.maxAttempts)).toBe("dead");
    expect(delayAfter(DEFAULT_RETRY_POLICY.maxAttempts + 3)).toBe("dead");
  });

  it("never waits longer than the cap", () => {
    const policy = { maxAttempts: 50, baseSeconds: 30, maxDelaySeconds: 600 };
    const decision = afterFailedAttempt(20, now, policy);
    expect(decision).toEqual({ kind: "retry", at: new Date(now.getTime() + 600_000) });
  });
});
