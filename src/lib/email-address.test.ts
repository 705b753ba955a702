import { describe, expect, it } from "vitest";
import { emailAddressSchema, normalizeEmailAddress } from "./email-address";

describe("normalizeEmailAddress", () => {
  it.each([
    ["  Maya.Chen@Example.COM ", "maya.chen@example.com"],
    ["a+tag@sub.example.org", "a+tag@sub.example.org"],
    ["O'Neil@Example.ie", "o'neil@example.ie"], // an apostrophe is an ordinary character of a name
  ])("accepts and normalises %s", (raw, expected) => {
    expect(normalizeEmailAddress(raw)).toEqual({ ok: true, email: expected });
  });

  it.each([
    ["", /Enter your email/],
    ['"evil@attacker.com"@example.com', /Quoted or unusual/],
    ["user@example.com(comment)", /Quoted or unusual/],
    ["a@b@example.com", /valid email/],
    ["user@pаypal.com", /plain Latin/], // Cyrillic а
    ["usér@example.com", /plain Latin/],
    ["user@xn--exmple-4nf.com", /plain Latin/], // what a browser sends for exаmple.com
    ["user@localhost", /valid email/],
    ["user..name@example.com", /valid email/],
    [".user@example.com", /valid email/],
    ["user @example.com", /Quoted or unusual/],
    [`${"a".repeat(250)}@example.com`, /too long/],
  ])("refuses %j", (raw, message) => {
    const result = normalizeEmailAddress(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("works as a zod field with a message", () => {
    expect(emailAddressSchema.parse(" A@Example.com")).toBe("a@example.com");
    const failed = emailAddressSchema.safeParse("nope");
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.message).toMatch(/valid email/);
  });
});
