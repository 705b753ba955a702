import { describe, expect, it } from "vitest";
import { KNOWN_BROWSER_DAYS, isNewBrowserSignIn, type EarlierSession } from "./new-browser-rule";

const NOW = new Date("2026-12-02T15:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const signedInBefore = (sessions: EarlierSession[]) => ({ lastSignInAt: daysAgo(3), sessions });

describe("isNewBrowserSignIn", () => {
  it("is not news on an account's first sign-in", () => {
    expect(isNewBrowserSignIn("Chrome on macOS", { lastSignInAt: null, sessions: [] }, NOW)).toBe(false);
  });

  it("is news for a browser the person has no session of", () => {
    const chrome = signedInBefore([{ deviceLabel: "Chrome on macOS", expires: daysAgo(-20) }]);
    expect(isNewBrowserSignIn("Firefox on Windows", chrome, NOW)).toBe(true);
  });

  it("is news after the person signed out everywhere, when no session of theirs is left", () => {
    expect(isNewBrowserSignIn("Chrome on macOS", signedInBefore([]), NOW)).toBe(true);
  });

  it("knows a browser with an open session, or one that ended within the window", () => {
    const chrome = (expires: Date) => signedInBefore([{ deviceLabel: "Chrome on macOS", expires }]);
    expect(isNewBrowserSignIn("Chrome on macOS", chrome(daysAgo(-20)), NOW)).toBe(false);
    expect(isNewBrowserSignIn("Chrome on macOS", chrome(daysAgo(KNOWN_BROWSER_DAYS)), NOW)).toBe(false);
    expect(isNewBrowserSignIn("Chrome on macOS", chrome(daysAgo(KNOWN_BROWSER_DAYS + 1)), NOW)).toBe(true);
  });
});
