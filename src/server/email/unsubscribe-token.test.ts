import { describe, expect, it } from "vitest";
import { readUnsubscribeToken, unsubscribeToken } from "./unsubscribe-token";

const secret = "test-secret-test-secret-test-secret";
const target = { practiceId: "p1", email: "ana@example.com", category: "weekly-digest" } as const;

describe("unsubscribe tokens", () => {
  it("round-trips what they unsubscribe", () => {
    expect(readUnsubscribeToken(unsubscribeToken(target, secret), secret)).toEqual(target);
  });

  it("refuses a token signed with another secret, or altered", () => {
    const token = unsubscribeToken(target, secret);
    expect(readUnsubscribeToken(token, "another-secret-another-secret-xx")).toBeNull();
    const [, signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify(["p1", "bob@example.com", "weekly-digest"])).toString("base64url");
    expect(readUnsubscribeToken(`${forged}.${signature}`, secret)).toBeNull();
    expect(readUnsubscribeToken(`${token}.x`, secret)).toBeNull();
    expect(readUnsubscribeToken("garbage", secret)).toBeNull();
  });

  it("refuses an essential category even when signed", () => {
    const essential = unsubscribeToken({ ...target, category: "essential" as never }, secret);
    expect(readUnsubscribeToken(essential, secret)).toBeNull();
  });
});
