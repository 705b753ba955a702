import { describe, expect, it } from "vitest";
import { landingAfterSignIn, welcomeLanding } from "./sign-in-landing";

describe("landingAfterSignIn", () => {
  it("takes anyone of one practice to its home", () => {
    expect(landingAfterSignIn([{ slug: "northstar" }])).toBe("/p/northstar");
  });

  it("leaves several practices, or none, to the chooser", () => {
    expect(landingAfterSignIn([{ slug: "northstar" }, { slug: "harbour" }])).toBeNull();
    expect(landingAfterSignIn([])).toBeNull();
  });
});

describe("welcomeLanding", () => {
  it("follows a path inside the practice and nothing else", () => {
    expect(welcomeLanding("/p/northstar/projects/p1", "northstar")).toBe("/p/northstar/projects/p1");
    expect(welcomeLanding("/p/northstar", "northstar")).toBe("/p/northstar");
    for (const forged of [
      "/p/northstar-evil/x",
      "//evil.example",
      "https://evil.example/p/northstar",
      "/app",
      "/p/northstar/\\x",
      null,
    ]) {
      expect(welcomeLanding(forged, "northstar")).toBe("/p/northstar");
    }
  });
});
