import { describe, expect, it } from "vitest";
import { lastActivePhrase } from "./last-active";

const NOW = new Date("2026-12-02T15:00:00Z");
const before = (ms: number) => new Date(NOW.getTime() - ms);
const MINUTE = 60_000;

describe("lastActivePhrase", () => {
  it("rounds to the unit a person would say", () => {
    expect(lastActivePhrase(before(2 * MINUTE), NOW, "en-GB")).toBe("just now");
    expect(lastActivePhrase(before(12 * MINUTE), NOW, "en-GB")).toBe("12 minutes ago");
    expect(lastActivePhrase(before(125 * MINUTE), NOW, "en-GB")).toBe("2 hours ago");
    expect(lastActivePhrase(before(26 * 60 * MINUTE), NOW, "en-GB")).toBe("yesterday");
    expect(lastActivePhrase(before(15 * 24 * 60 * MINUTE), NOW, "en-GB")).toBe("2 weeks ago");
    expect(lastActivePhrase(before(65 * 24 * 60 * MINUTE), NOW, "en-GB")).toBe("2 months ago");
  });

  it("follows the reader's language", () => {
    expect(lastActivePhrase(before(3 * 60 * MINUTE), NOW, "de")).toBe("vor 3 Stunden");
  });

  it("treats a clock slightly ahead of ours as now", () => {
    expect(lastActivePhrase(new Date(NOW.getTime() + MINUTE), NOW, "en-GB")).toBe("just now");
  });
});
