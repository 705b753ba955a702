import { describe, expect, it } from "vitest";
import { USER_AGENT_MAX_LENGTH, sessionDeviceOf } from "./session-device";

describe("sessionDeviceOf", () => {
  it("keeps a browser's header and labels it", () => {
    const firefox = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
    expect(sessionDeviceOf(firefox)).toEqual({ userAgent: firefox, deviceLabel: "Firefox on Linux" });
  });

  it("drops NUL and other control characters, which PostgreSQL text or a page would choke on", () => {
    const { userAgent } = sessionDeviceOf("Mozilla/5.0\u0000 (Windows NT 10.0)\r\n\u001b[31m Firefox/133.0");
    expect(userAgent).toBe("Mozilla/5.0  (Windows NT 10.0) [31m Firefox/133.0");
    expect([...userAgent!].every((character) => character >= " ")).toBe(true);
  });

  it("bounds a huge header", () => {
    const { userAgent, deviceLabel } = sessionDeviceOf(
      `Mozilla/5.0 (Windows NT 10.0) Chrome/131.0 ${"x".repeat(1_000_000)}`,
    );
    expect(userAgent).toHaveLength(USER_AGENT_MAX_LENGTH);
    expect(deviceLabel).toBe("Chrome on Windows");
  });

  it("stores nothing for an absent or blank header", () => {
    expect(sessionDeviceOf(null)).toEqual({ userAgent: null, deviceLabel: "Unknown browser" });
    expect(sessionDeviceOf(" \u0000 ")).toEqual({ userAgent: null, deviceLabel: "Unknown browser" });
  });
});
