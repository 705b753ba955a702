import { describe, expect, it } from "vitest";
import { UNKNOWN_DEVICE_LABEL, deviceLabelOf } from "./device-label";

// Real headers, as the browsers named send them.
const AGENTS = {
  "Chrome on macOS":
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  "Edge on Windows":
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86",
  "Firefox on Linux": "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
  "Safari on iPhone":
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
  "Chrome on iPad":
    "Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
  "Samsung Internet on Android":
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
  "Chrome on Android":
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
  "Opera on Windows":
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0",
  "Safari on macOS":
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
  "Chrome on ChromeOS":
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
} as const;

describe("deviceLabelOf", () => {
  it.each(Object.entries(AGENTS))("reads %s", (label, userAgent) => {
    expect(deviceLabelOf(userAgent)).toBe(label);
  });

  it("says what it can when only one half is known", () => {
    expect(deviceLabelOf("Mozilla/5.0 (Windows NT 10.0) SomeKiosk/1.0")).toBe("A browser on Windows");
    expect(deviceLabelOf("Mozilla/5.0 Firefox/133.0")).toBe("Firefox");
  });

  it("names no browser for scripts and an absent header", () => {
    expect(deviceLabelOf("curl/8.5.0")).toBe(UNKNOWN_DEVICE_LABEL);
    expect(deviceLabelOf("")).toBe(UNKNOWN_DEVICE_LABEL);
    expect(deviceLabelOf(null)).toBe(UNKNOWN_DEVICE_LABEL);
  });

  it("keeps the same label across a browser update", () => {
    const older = AGENTS["Chrome on macOS"].replace("Chrome/131", "Chrome/120");
    expect(deviceLabelOf(older)).toBe(deviceLabelOf(AGENTS["Chrome on macOS"]));
  });
});
