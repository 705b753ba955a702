import { describe, expect, it } from "vitest";
import { cleanDisplayName, fromCoach, fromHeader, fromPractice } from "./sender";

describe("cleanDisplayName", () => {
  it.each([
    ["Maya Chen", "Maya Chen"],
    ["  Maya \t Chen\n", "Maya Chen"],
    ["Evil\r\nBcc: x@example.com", "Evil Bcc: x@example.com"],
    ['Maya "The Coach" Chen', "Maya The Coach Chen"],
    ["Maya <maya@evil.example>", "Maya maya@evil.example"],
    ["back\\slash", "back slash"],
    ["\u202eoc.lapyap", "oc.lapyap"], // a right-to-left override would show it reversed
    ["\u0000\u0007", ""],
  ])("makes %j one safe line: %j", (raw, clean) => {
    expect(cleanDisplayName(raw)).toBe(clean);
  });

  it("keeps at most 100 characters", () => {
    expect(cleanDisplayName("a".repeat(300))).toHaveLength(100);
  });
});

describe("who an email is from", () => {
  it("names the coach via the practice, or whichever of the two there is", () => {
    expect(fromCoach("Maya Chen", "Northstar Career Studio")).toBe("Maya Chen via Northstar Career Studio");
    expect(fromCoach("", "Northstar Career Studio")).toBe("Northstar Career Studio");
    expect(fromCoach("Northstar Career Studio", "Northstar Career Studio")).toBe("Northstar Career Studio");
    expect(fromCoach("Maya Chen", " ")).toBe("Maya Chen");
    expect(fromCoach("Maya\r\nChen", "North<star>")).toBe("Maya Chen via North star");
    expect(fromPractice(' "Northstar"\n')).toBe("Northstar");
  });

  it("keeps EMAIL_FROM's address and puts the chosen name in front of it", () => {
    const configured = "Fieldnotes <no-reply@fieldnotes.example>";
    expect(fromHeader(configured, "Maya Chen via Northstar")).toEqual({
      name: "Maya Chen via Northstar",
      address: "no-reply@fieldnotes.example",
    });
    expect(fromHeader(configured)).toEqual({ name: "Fieldnotes", address: "no-reply@fieldnotes.example" });
    expect(fromHeader(configured, "\r\n")).toEqual({ name: "Fieldnotes", address: "no-reply@fieldnotes.example" });
    expect(fromHeader("no-reply@fieldnotes.example", "Northstar")).toEqual({
      name: "Northstar",
      address: "no-reply@fieldnotes.example",
    });
    expect(fromHeader('"Fieldnotes, Inc." <hello@fieldnotes.example>')).toEqual({
      name: "Fieldnotes, Inc.",
      address: "hello@fieldnotes.example",
    });
  });
});
