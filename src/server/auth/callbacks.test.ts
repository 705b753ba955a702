import { describe, expect, it } from "vitest";
import { authCallbacks } from "./callbacks";

describe("auth callbacks", () => {
  const user = {
    id: "u1",
    name: "Maya",
    email: "maya@example.com",
    emailVerified: null,
    timeZone: "Europe/London",
    timeFormat: "H24",
  };

  it("builds the session from the database user only, ignoring what the browser sends", () => {
    const browserSent = {
      user: { id: "someone-else", email: "admin@evil.example", role: "OWNER", practiceId: "p-other" },
      expires: "2099-01-01T00:00:00.000Z",
    };
    const session = authCallbacks.session({
      session: { ...browserSent, sessionToken: "t", userId: "u1" },
      user,
      newSession: { role: "OWNER", practiceId: "p-other", email: "admin@evil.example" },
      trigger: "update",
    } as never);
    expect(session).toEqual({
      expires: "2099-01-01T00:00:00.000Z",
      user: { id: "u1", name: "Maya", email: "maya@example.com", timeZone: "Europe/London", timeFormat: "H24" },
    });
  });

  it("only redirects within the site", () => {
    const base = "http://localhost:3000";
    expect(authCallbacks.redirect({ url: "/p/northstar", baseUrl: base })).toBe(`${base}/p/northstar`);
    expect(authCallbacks.redirect({ url: "https://evil.example/x", baseUrl: base })).toBe(`${base}/app`);
  });
});
