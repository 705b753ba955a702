import { describe, expect, it } from "vitest";
import { viewerZone } from "./viewer-zone";

const practice = { timeZone: "America/New_York" };

describe("viewerZone", () => {
  it("takes the zone on the reader's account", () => {
    expect(viewerZone({ timeZone: "Asia/Kolkata" }, practice)).toBe("Asia/Kolkata");
  });

  it("falls back to the practice's zone when the account has none", () => {
    expect(viewerZone({ timeZone: null }, practice)).toBe("America/New_York");
    expect(viewerZone({}, practice)).toBe("America/New_York");
    expect(viewerZone(null, practice)).toBe("America/New_York");
  });

  it("ignores a zone the runtime cannot format in", () => {
    expect(viewerZone({ timeZone: "Mars/Olympus_Mons" }, practice)).toBe("America/New_York");
    expect(viewerZone({ timeZone: "" }, practice)).toBe("America/New_York");
  });
});
