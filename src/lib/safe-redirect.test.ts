import { describe, expect, it } from "vitest";
import { safeRedirectUrl, safeRelativePath } from "./safe-redirect";

describe("safeRelativePath", () => {
  it.each([
    ["/p/northstar", "/p/northstar"],
    ["/invite/abc?x=1#y", "/invite/abc?x=1#y"],
  ])("keeps the site path %s", (input, expected) => expect(safeRelativePath(input)).toBe(expected));

  it.each(["https://evil.com", "//evil.com", "/\\evil.com", "javascript:alert(1)", "evil.com", "/ok\\..\\x", "", null])(
    "refuses %j",
    (input) => expect(safeRelativePath(input as string | null)).toBe("/app"),
  );
});

describe("safeRedirectUrl", () => {
  const base = "http://localhost:3000";
  it("keeps same-origin URLs", () =>
    expect(safeRedirectUrl("http://localhost:3000/p/a", base)).toBe("http://localhost:3000/p/a"));
  it("drops foreign URLs", () =>
    expect(safeRedirectUrl("https://evil.com/p/a", base)).toBe("http://localhost:3000/app"));
  it("drops protocol-relative paths", () =>
    expect(safeRedirectUrl("//evil.com", base)).toBe("http://localhost:3000/app"));
});
