import { describe, expect, it } from "vitest";
import { KNOWN_BROWSER_DAYS, isNewBrowserSignIn } from "./new-browser-rule";

const NOW = new Date("2026-12-02T15:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

describe("isNewBrowserSignIn", () => {
  it("is not news on an account's first sign-in", () => {
    expect(isNewBrowserSignIn("Chrome on macOS", [], NOW)).toBe(false);
  });

  it("is news for a browser the person has no session of", () => {
    expect(
      isNewBrowserSignIn("Firefox on Windows", [{ deviceLabel: "Chrome on macOS", expires: daysAgo(-20) }], NOW),
    ).toBe(true);
  });

  it("knows a browser with an open session, or one that ended within the window", () => {
    const chrome = (expires: Date) => [{ deviceLabel: "Chrome on macOS", expires }];
    expect(isNewBrowserSignIn("Chrome on macOS", chrome(daysAgo(-20)), NOW)).toBe(false);
    expect(isNewBrowserSignIn("Chrome on macOS", chrome(daysAgo(KNOWN_BROWSER_DAYS)), NOW)).toBe(false);
    expect(isNewBrowserSignIn("Chrome on macOS", chrome(daysAgo(KNOWN_BROWSER_DAYS + 1)), NOW)).toBe(true);
  });
});
