import { describe, expect, it } from "vitest";
import { landingAfterSignIn, welcomeLanding } from "./sign-in-landing";

describe("landingAfterSignIn", () => {
  const client = [{ slug: "northstar", role: "CLIENT" as const }];

  it("takes a client of one practice to their one project, their projects, or the practice", () => {
    expect(landingAfterSignIn(client, ["p1"])).toBe("/p/northstar/projects/p1");
    expect(landingAfterSignIn(client, ["p1", "p2"])).toBe("/p/northstar/projects");
    expect(landingAfterSignIn(client, [])).toBe("/p/northstar");
  });

  it("takes staff to their practice and leaves several practices (or none) to the chooser", () => {
    expect(landingAfterSignIn([{ slug: "northstar", role: "COACH" }], ["p1"])).toBe("/p/northstar");
    expect(landingAfterSignIn([...client, { slug: "harbour", role: "OWNER" }], ["p1"])).toBeNull();
    expect(landingAfterSignIn([], [])).toBeNull();
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
