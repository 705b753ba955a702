import { describe, expect, it } from "vitest";
import { canEditReflection, excerptOf, isShared } from "./reflection-state";

describe("reflection state", () => {
  it("freezes only what was shared with the coach", () => {
    expect(canEditReflection(null)).toBe(true);
    expect(canEditReflection({ status: "DRAFT", isPrivate: false })).toBe(true);
    expect(canEditReflection({ status: "SUBMITTED", isPrivate: true })).toBe(true);
    expect(canEditReflection({ status: "SUBMITTED", isPrivate: false })).toBe(false);
    expect(isShared({ status: "REVIEWED", isPrivate: false })).toBe(true);
    expect(isShared({ status: "DRAFT", isPrivate: false })).toBe(false);
  });

  it("takes a one-line excerpt of the first answer with words", () => {
    expect(excerptOf(["", "  Clients\n\nfirst  ", "later"])).toBe("Clients first");
    expect(excerptOf(["a".repeat(300)], 10)).toBe("aaaaaaaaa…");
    expect(excerptOf([])).toBe("");
  });
});
